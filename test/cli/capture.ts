import type { Io } from '../../packages/cli/src/io.js';

/**
 * An `Io` that records what a command writes, for tests that call `execute` in process. English
 * unless the test sets `PLAN_EXTRACT_LANG` (tests of the Vietnamese output do), so that tests about
 * behaviour read the same as the code's comments.
 */
export function capture(options: { tty?: boolean; env?: Record<string, string | undefined> } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    isTTY: { stdout: options.tty ?? false, stderr: options.tty ?? false },
    env: { PLAN_EXTRACT_LANG: 'en', ...options.env },
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
