/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

/** A bad flag, a missing argument: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** Where a command writes. Tests pass their own to capture output. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress bars) and stdout (colour). */
  isTTY: { stdout: boolean; stderr: boolean };
  env: Record<string, string | undefined>;
  /** Whether writing to stdout failed (a closed pipe, a full disk): the run then ends with exit code 2. */
  outputFailed?(): boolean;
}

/** Why stdout could not be written, in the one line the user sees. */
function writeFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'EPIPE':
      return 'the program reading it stopped (EPIPE)';
    case 'ENOSPC':
      return 'no space left on the device (ENOSPC)';
    default:
      return `${error.code ?? error.message}`;
  }
}

/**
 * The process's stdout and stderr. A write error on stdout (`validate … | head` closing the pipe,
 * `> /dev/full`) arrives as an 'error' event, which unhandled would print a stack trace: here it
 * prints one line on stderr, stops further output and sets exit code 2 (also when it arrives
 * after the command has returned). Errors on stderr itself are dropped: there is nowhere to say them.
 */
export function defaultIo(): Io {
  let failed = false;
  process.stderr.on('error', () => undefined);
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (failed) return;
    failed = true;
    process.stderr.write(`plan-extract: cannot write the output: ${writeFailure(error)}\n`);
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
  };
}
