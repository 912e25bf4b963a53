import { describe, expect, it } from 'vitest';
import { createProgress } from '../../packages/cli/src/batch/progress.js';
import { capture } from './capture.js';

describe('progress', () => {
  it('redraws a bar in place on a terminal and ends the line', () => {
    const c = capture({ tty: true });
    const progress = createProgress(c.io, 40, { quiet: false, intervalMs: 0 });
    for (let done = 1; done <= 40; done++) progress.update(done);
    progress.end();
    const err = c.stderr();
    expect(err.startsWith('\r[')).toBe(true);
    expect(err).toContain('40/40 100%');
    expect(err.endsWith('\n')).toBe(true);
    expect(err.split('\n')).toHaveLength(2);
  });

  it('prints plain lines off a terminal, and nothing for short batches or --quiet', () => {
    const plain = capture();
    const progress = createProgress(plain.io, 40, { quiet: false, intervalMs: 0, lang: 'en' });
    for (let done = 1; done <= 40; done++) progress.update(done);
    progress.end();
    expect(plain.stderr().split('\n').filter(Boolean).every((l) => /^plan-extract: validated \d+\/40 files/.test(l))).toBe(true);
    const vi = capture();
    const inVietnamese = createProgress(vi.io, 40, { quiet: false, intervalMs: 0, lang: 'vi' });
    inVietnamese.update(40);
    expect(vi.stderr()).toMatch(/^plan-extract: đã kiểm tra 40\/40 tệp \(100%, \d+,\d tệp\/giây\)\n$/);
    for (const [total, quiet] of [[5, false], [40, true]] as const) {
      const silent = capture({ tty: true });
      const p = createProgress(silent.io, total, { quiet, intervalMs: 0 });
      for (let done = 1; done <= total; done++) p.update(done);
      p.end();
      expect(silent.stderr()).toBe('');
    }
  });
});
