import { describe, expect, it } from 'vitest';
import { execute } from '../../packages/cli/src/main.js';
import type { Io } from '../../packages/cli/src/io.js';

function capture(): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
    isTTY: { stdout: false, stderr: false },
    env: {},
  };
  return io;
}

describe('plan-extract', () => {
  it('prints help for --help, for each command, and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['extract', '--help'], ['diff', '-h'], ['validate', 'x.pdf', '--help']]) {
      const io = capture();
      expect(await execute(argv, io)).toBe(0);
      expect(io.out).toContain('Usage:');
    }
  });

  it('takes --help after -- as a file name, not a flag', async () => {
    const io = capture();
    expect(await execute(['extract', '--', '--help'], io)).not.toBe(0);
    expect(io.out).not.toContain('Usage:');
  });

  it('exits 2 with usage on no command or an unknown one', async () => {
    const none = capture();
    expect(await execute([], none)).toBe(2);
    const unknown = capture();
    expect(await execute(['frobnicate'], unknown)).toBe(2);
    expect(unknown.err).toBe("plan-extract: unknown command 'frobnicate' (try --help)\n");
  });

  it('prints the version', async () => {
    const io = capture();
    expect(await execute(['--version'], io)).toBe(0);
    expect(io.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
