import { describe, expect, it } from 'vitest';
import { execute } from '../../packages/cli/src/main.js';
import { capture } from './capture.js';

describe('plan-extract', () => {
  it('prints help for --help, for each command, and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['extract', '--help'], ['diff', '-h'], ['validate', 'x.pdf', '--help']]) {
      const io = capture();
      expect(await execute(argv, io.io)).toBe(0);
      expect(io.stdout()).toContain('Usage:');
    }
  });

  it('takes --help after -- as a file name, not a flag', async () => {
    const io = capture();
    expect(await execute(['extract', '--', '--help'], io.io)).not.toBe(0);
    expect(io.stdout()).not.toContain('Usage:');
  });

  it('exits 2 with usage on no command or an unknown one', async () => {
    const none = capture();
    expect(await execute([], none.io)).toBe(2);
    const unknown = capture();
    expect(await execute(['frobnicate'], unknown.io)).toBe(2);
    expect(unknown.stderr()).toBe("plan-extract: there is no command 'frobnicate'; the commands are extract, diff, validate (see: plan-extract --help)\n");
    const typo = capture();
    expect(await execute(['valdiate', 'plans/'], typo.io)).toBe(2);
    expect(typo.stderr()).toBe("plan-extract: there is no command 'valdiate'; did you mean 'validate'? (see: plan-extract --help)\n");
  });

  it('prints the version', async () => {
    const io = capture();
    expect(await execute(['--version'], io.io)).toBe(0);
    expect(io.stdout()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
