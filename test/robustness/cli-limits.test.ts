/** The limit flags of extract, diff and validate, and their exit codes (in-process, through `execute`). */
import { describe, expect, it } from 'vitest';
import { execute } from '../../packages/cli/src/main.js';
import { parseLimitFlags } from '../../packages/cli/src/limits.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largePlanText, ROOT } from './helpers.js';
import { capture } from '../cli/capture.js';

const PLAN = `${ROOT}fixtures/corpus/ha-lang-2025-action-month`;

describe('parseLimitFlags', () => {
  it('reads sizes with binary suffixes, pages and seconds', () => {
    expect(parseLimitFlags({ 'max-bytes': '20M', 'max-pages': '3', timeout: '1.5' }, 'en')).toEqual({ maxBytes: 20 * 1024 * 1024, maxPages: 3, timeoutMs: 1500 });
    expect(parseLimitFlags({ 'max-bytes': '512' })).toEqual({ maxBytes: 512 });
    expect(parseLimitFlags({ 'max-bytes': '2KiB' })).toEqual({ maxBytes: 2048 });
    expect(parseLimitFlags({})).toEqual({});
  });
  it.each([{ 'max-bytes': 'lots' }, { 'max-bytes': '0' }, { 'max-pages': '1.5' }, { 'max-pages': '' }, { timeout: '0' }, { timeout: '-3' }, { timeout: 'soon' }])('refuses %j', (flags) => {
    expect(() => parseLimitFlags(flags, 'en')).toThrow(/takes/);
    expect(() => parseLimitFlags(flags, 'vi')).toThrow(/nhận/);
  });
});

describe('limits on the command line', () => {
  it('extract: a file over --max-bytes is unreadable (E_TOO_LARGE, exit 1), in one line', async () => {
    const c = capture();
    expect(await execute(['extract', `${PLAN}.txt`, '--max-bytes', '100'], c.io)).toBe(1);
    expect(c.stderr()).toMatch(/^plan-extract: .*ha-lang-2025-action-month\.txt: the file is \d+ bytes, over the limit of 100 \(E_TOO_LARGE\)\n$/);
    expect(c.stdout()).toBe('');
  });

  it('extract: a PDF over --max-pages is unreadable (E_TOO_LARGE, exit 1)', async () => {
    const c = capture();
    expect(await execute(['extract', `${PLAN}.pdf`, '--max-pages', '1'], c.io)).toBe(1);
    expect(c.stderr()).toMatch(/pages, over the limit of 1 \(E_TOO_LARGE\)\n$/);
  });

  it('extract: a PDF over a tiny --timeout is unreadable (E_TIMEOUT, exit 1)', async () => {
    const c = capture();
    expect(await execute(['extract', `${PLAN}.pdf`, '--timeout', '0.001'], c.io)).toBe(1);
    expect(c.stderr()).toMatch(/: processing took longer than 0\.001 s; stopped \(E_TIMEOUT\)\n$/);
  });

  // Exit codes are one table for every command now: a file that cannot be read, missing or not, is 1.
  it('extract: a missing file is unreadable (exit 1), a bad limit a usage error (exit 2)', async () => {
    const missing = capture();
    expect(await execute(['extract', `${ROOT}no-such-plan.pdf`], missing.io)).toBe(1);
    expect(missing.stderr()).toMatch(/no-such-plan\.pdf: no such file \(E_NOT_FOUND\)\n$/);
    const bad = capture();
    expect(await execute(['extract', `${PLAN}.txt`, '--timeout', 'never'], bad.io)).toBe(2);
    expect(bad.stderr()).toMatch(/--timeout takes a number of seconds/);
  });

  it('diff: limits apply to both sides; an unreadable side is exit 1, as a missing one', async () => {
    const c = capture();
    expect(await execute(['diff', `${PLAN}.txt`, `${PLAN}.docx`, '--max-bytes=1K'], c.io)).toBe(1);
    expect(c.stderr()).toMatch(/over the limit of 1024 \(E_TOO_LARGE\)\n$/);
    expect(c.stderr().trimEnd().split('\n')).toHaveLength(1);
    const bad = capture();
    expect(await execute(['diff', `${PLAN}.txt`, `${PLAN}.txt`, '--max-pages', 'x'], bad.io)).toBe(2);
  });

  // With --concurrency 1 too the file runs in a worker that its budget ends. Before, a 1-second file
  // passed a 0.25-second budget.
  it('validate --concurrency 1: a file that ran over --timeout is E_TIMEOUT even though it finished', async () => {
    const slow = join(mkdtempSync(join(tmpdir(), 'plan-slow-')), 'slow.txt');
    writeFileSync(slow, largePlanText());
    const c = capture();
    expect(await execute(['validate', slow, '--timeout', '0.25', '--format', 'json', '--concurrency', '1', '--quiet'], c.io)).toBe(1);
    const report = JSON.parse(c.stdout()) as { files: Array<{ status: string; code?: string }> };
    expect(report.files).toMatchObject([{ status: 'unreadable', code: 'E_TIMEOUT' }]);
  });

  it('validate: --max-bytes makes an unreadable row, not a failed run', async () => {
    const c = capture();
    const code = await execute(['validate', `${PLAN}.txt`, '--max-bytes', '100', '--format', 'json', '--concurrency', '1', '--quiet'], c.io);
    expect(code).toBe(1);
    const report = JSON.parse(c.stdout()) as { files: Array<{ path: string; status: string; findings: Array<{ ruleId: string; message: string }> }> };
    expect(report.files).toHaveLength(1);
    expect(report.files[0]?.status).toBe('unreadable');
    expect(JSON.stringify(report.files[0])).toContain('E_TOO_LARGE');
  });
});
