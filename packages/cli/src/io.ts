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
}

export function defaultIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: { stdout: Boolean(process.stdout.isTTY), stderr: Boolean(process.stderr.isTTY) },
    env: process.env,
  };
}
