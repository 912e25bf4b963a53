import type { Io } from '../../packages/cli/src/io.js';

/** An `Io` that records what a command writes, for tests that call `execute` in process. */
export function capture(options: { tty?: boolean; env?: Record<string, string | undefined> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: { stdout: options.tty ?? false, stderr: options.tty ?? false },
    env: options.env ?? {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
