/** `--ocr auto|off|force` and the OCR progress line (no OCR is run here: see test/core/read/ocr.test.ts). */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createProgress } from '../../packages/cli/src/batch/progress.js';
import { execute } from '../../packages/cli/src/main.js';
import { createOcrProgress } from '../../packages/cli/src/ocr.js';
import { COMMANDS } from '../../packages/cli/src/options.js';
import { capture } from './capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCAN = join(ROOT, 'fixtures/scans/ha-lang-scan.pdf');

describe('--ocr', () => {
  it('takes auto (the default), off and force, in every command', () => {
    for (const spec of Object.values(COMMANDS)) expect(spec.options['ocr']).toMatchObject({ choices: ['auto', 'off', 'force'], defaultValue: 'auto' });
  });

  it('is a usage error (exit 2) with a bad value, in every command', async () => {
    for (const args of [['extract', SCAN], ['diff', SCAN, SCAN], ['validate', SCAN]]) {
      const c = capture();
      expect(await execute([...args, '--ocr', 'maybe', '--lang', 'en'], c.io)).toBe(2);
      expect(c.stderr()).toMatch(/^plan-extract \w+: --ocr does not take 'maybe' \(one of auto, off, force\) \(see: plan-extract \w+ --help\)\n$/);
    }
  });

  it('off: a scan is unreadable, in one line that says OCR is off (extract exit 1, validate reports it)', async () => {
    const c = capture();
    expect(await execute(['extract', SCAN, '--ocr', 'off', '--lang', 'en'], c.io)).toBe(1);
    expect(c.stderr()).toBe(`plan-extract: ${SCAN}: the PDF has no text layer (a scan?) and OCR is off (E_NO_TEXT)\n`);
    const vi = capture();
    expect(await execute(['extract', SCAN, '--ocr', 'off', '--lang', 'vi'], vi.io)).toBe(1);
    expect(vi.stderr()).toBe(`plan-extract: ${SCAN}: tệp PDF không có lớp chữ (bản quét?) và chức năng nhận dạng chữ (OCR) đang tắt (E_NO_TEXT)\n`);
    const v = capture();
    expect(await execute(['validate', SCAN, '--ocr', 'off', '--format', 'json'], v.io)).toBe(1);
    const report = JSON.parse(v.stdout()) as { files: Array<{ status: string; code: string }> };
    expect(report.files[0]).toMatchObject({ status: 'unreadable', code: 'E_NO_TEXT' });
  });

  it('extract: each page read by OCR extends the time budget of the worker the document runs in', async () => {
    // Three scanned pages take ≈ 18 s in a fresh worker (engines warming up): over 10 s, within 10 s + 3 × 10 s.
    const c = capture();
    expect(await execute(['extract', SCAN, '--timeout', '10', '--lang', 'en'], c.io)).toBe(0);
    const plan = JSON.parse(c.stdout()) as { source: { ocr?: boolean; ocrPages?: unknown[] } };
    expect(plan.source.ocr).toBe(true);
    expect(plan.source.ocrPages).toHaveLength(3);
  }, 120_000);

  it('is in the help of every command, in both languages', async () => {
    for (const command of ['extract', 'diff', 'validate']) {
      const en = capture();
      await execute([command, '--help', '--lang', 'en'], en.io);
      expect(en.stdout()).toContain('--ocr');
      expect(en.stdout()).toContain('auto reads them by OCR');
      const vi = capture();
      await execute([command, '--help', '--lang', 'vi'], vi.io);
      expect(vi.stdout()).toContain('nhận dạng chữ (OCR tiếng Việt');
    }
  });
});

describe('OCR progress', () => {
  it('redraws one line on a terminal and clears it at the end', () => {
    const c = capture({ tty: true });
    const progress = createOcrProgress(c.io, { lang: 'en' });
    const onPage = progress.for('scan.pdf');
    onPage({ stage: 'ocr', page: 1, pages: 3 });
    onPage({ stage: 'ocr', page: 3, pages: 3 });
    progress.end();
    expect(c.stderr()).toBe('\r\u001b[Kplan-extract: scan.pdf: OCR of page 1 of 3\r\u001b[Kplan-extract: scan.pdf: OCR of page 3 of 3\r\u001b[K');
  });

  it('off a terminal, prints a line at most every few seconds once the run has lasted that long', () => {
    const c = capture();
    let clock = 0;
    const progress = createOcrProgress(c.io, { intervalMs: 5000, now: () => clock, lang: 'en' });
    const onPage = progress.for('scan.pdf');
    // Pages 4 s apart: the first page is too early, the second is due, the third too soon after it.
    for (let page = 1; page <= 4; page++) {
      onPage({ stage: 'ocr', page, pages: 4 });
      clock += page === 1 ? 5000 : 4000;
    }
    progress.end();
    expect(c.stderr()).toBe('plan-extract: scan.pdf: OCR of page 2 of 4\nplan-extract: scan.pdf: OCR of page 4 of 4\n');
  });

  it('shows OCR on the batch bar, or as lines of its own in a short batch, and nothing with --quiet', () => {
    const bar = capture({ tty: true });
    const long = createProgress(bar.io, 40, { quiet: false, intervalMs: 0, lang: 'en' });
    long.update(3);
    long.ocrPage('plans/scan.pdf', { stage: 'ocr', page: 2, pages: 6 });
    long.end();
    expect(bar.stderr()).toContain('3/40 7% ');
    expect(bar.stderr()).toContain(' · plans/scan.pdf: OCR of page 2 of 6');

    const short = capture({ tty: true });
    const few = createProgress(short.io, 3, { quiet: false, intervalMs: 0, lang: 'en' });
    few.ocrPage('plans/scan.pdf', { stage: 'ocr', page: 1, pages: 6 });
    few.end();
    expect(short.stderr()).toBe('\r\u001b[Kplan-extract: plans/scan.pdf: OCR of page 1 of 6\r\u001b[K');

    const quiet = capture({ tty: true });
    const q = createProgress(quiet.io, 40, { quiet: true });
    q.ocrPage('plans/scan.pdf', { stage: 'ocr', page: 1, pages: 6 });
    q.end();
    expect(quiet.stderr()).toBe('');
  });
});
