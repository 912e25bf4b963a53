import type { Lang } from '@plan-extract/core/messages';

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
}

/** What every command is given besides its arguments. */
export interface Context {
  /** The language of everything the command prints. */
  lang: Lang;
  /** Show stack traces of internal errors. */
  debug: boolean;
}

export function defaultIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    env: process.env,
  };
}
