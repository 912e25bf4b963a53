import { DEFAULT_LANG, t, type Lang } from '@plan-extract/core/messages';
import { terminalLine } from './formatters/escape.js';

/**
 * Exit codes shared by every command (the README has the same table):
 * 0 done, no error-level finding; 1 error-level findings, or an input that cannot be read or is
 * not a plan (validate: also more warnings than --max-warnings); 2 the command line cannot be
 * carried out as written (an unknown command or flag, a bad value, an invalid --config, an
 * --output that cannot be written, an unreadable --against plan); 3 an internal error (a bug).
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

/** The command line cannot be carried out as written: one line (already in the user's language), exit code 2. */
export class UsageError extends Error {}

/** The output could not be written after all (a full disk): one line, exit code 2, no pointer to --help. */
export class OutputError extends UsageError {}

/** Where a command writes. Tests pass their own to capture output. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress bars) and stdout (colour). */
  isTTY: { stdout: boolean; stderr: boolean };
  env: Record<string, string | undefined>;
  /** Whether writing to stdout failed (a closed pipe, a full disk): the run then ends with exit code 2. */
  outputFailed?(): boolean;
  /** The language of what the Io itself says (a failed write), once the command line has chosen it. */
  setLang?(lang: Lang): void;
}

/** What every command is given besides its arguments. */
export interface Context {
  /** The language of everything the command prints. */
  lang: Lang;
  /** Show stack traces of internal errors. */
  debug: boolean;
}

/**
 * The process's stdout and stderr. A write error on stdout (`validate … | head` closing the pipe,
 * `> /dev/full`) arrives as an 'error' event, which unhandled would print a stack trace: here it
 * prints one line on stderr (in the language `setLang` chose), stops further output and sets exit
 * code 2 (also when it arrives after the command has returned). Errors on stderr itself are
 * dropped: there is nowhere to say them.
 */
export function defaultIo(): Io {
  let failed = false;
  let lang: Lang = DEFAULT_LANG;
  process.stderr.on('error', () => undefined);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    process.stderr.write(`plan-extract: ${terminalLine(t(lang, 'cli:stdout-failed', { code: error.code ?? error.message }))}\n`);
    process.exitCode = EXIT.usage;
  });
  return {
    stdout: (text) => {
      if (!failed) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    env: process.env,
    outputFailed: () => failed,
    setLang: (chosen) => {
      lang = chosen;
    },
  };
}
