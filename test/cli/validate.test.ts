/**
 * `plan-extract validate` end to end, through the built bin (the worker pool runs built code):
 * a batch of clean plans, copies of a clean plan with one injected defect each, and broken files.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ValidationReport } from '@plan-extract/core';

const root = new URL('../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/plan-extract.js');
const fixture = (path: string) => join(root, 'fixtures', path);
const haLang = readFileSync(fixture('corpus/ha-lang-2025-action-month.txt'), 'utf8');

// Asynchronous on purpose: a blocking spawn starves vitest's worker of its heartbeat.
function cli(args: string[], cwd = root, lang = 'en'): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, NO_COLOR: '1', PLAN_EXTRACT_LANG: lang };
    execFile(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Copies of ha-lang with one defect each: file name → [the edit, the rule it must trigger]. */
const DEFECTS: Record<string, [(t: string) => string, string]> = {
  'type-code.txt': [(t) => t.replace('Số: /KH-UBND', 'Số: 15/QĐ-UBND'), 'document-number/type-code'],
  'number-shape.txt': [(t) => t.replace('Số: /KH-UBND', 'Số: 15-KH-UBND'), 'document-number/shape'],
  'year-mismatch.txt': [(t) => t.replace('Triển khai Tháng hành động vì trẻ em năm 2025', 'Triển khai Tháng hành động vì trẻ em năm 2024'), 'year/inconsistent'],
  'no-citation.txt': [(t) => t.replace(/Thực hiện Kế hoạch số 1420\/KH-UBND ngày 16\/5\/2025 của Ủy ban nhân dân tỉnh Cao Bằng về việc triển khai Tháng hành động vì trẻ em năm 2025, /, ''), 'implements/missing'],
  'cited-after.txt': [(t) => t.replace('Hạ Lang, ngày tháng 5 năm 2025', 'Hạ Lang, ngày 10 tháng 5 năm 2025'), 'implements/dated-after'],
  'old-theme.txt': [(t) => t.replace('*Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em*', 'Chung tay giảm thiểu tổn hại trẻ em'), 'theme/not-national'],
  'no-theme.txt': [(t) => t.replace(/^1\. Chủ đề:.*$/m, ''), 'theme/missing'],
  'june-31.txt': [(t) => t.replace('đến ngày 30/6/2025', 'đến ngày 31/6/2025'), 'period/impossible-date'],
  'period-reversed.txt': [(t) => t.replace('Từ ngày 01/6/2025 đến ngày 30/6/2025', 'Từ ngày 30/6/2025 đến ngày 01/6/2025'), 'period/end-before-start'],
  'period-2024.txt': [(t) => t.replace('Từ ngày 01/6/2025 đến ngày 30/6/2025', 'Từ ngày 01/6/2024 đến ngày 30/6/2024'), 'period/wrong-year'],
  'no-slogans.txt': [(t) => t.replace(/^III\. THÔNG DIỆP[\s\S]*?(?=^IV\. )/m, ''), 'slogans/missing'],
  'early-report.txt': [(t) => t.replace('*trước ngày 10/7/2025*', '*trước ngày 20/6/2025*'), 'deadlines/report-before-period-end'],
  'may-32.txt': [(t) => t.replace('*trước ngày 21/5/2025*', '*trước ngày 32/5/2025*'), 'deadlines/impossible-date'],
  'no-implementation.txt': [(t) => t.replace(/^V\. TỔ CHỨC THỰC HIỆN[\s\S]*?(?=^VI\. )/m, ''), 'responsibilities/missing'],
  'no-signer.txt': [(t) => t.replace(/\*\*KT\. CHỦ TỊCH[\s\S]*$/, ''), 'signer/missing'],
  'no-recipients.txt': [(t) => t.replace(/^Nơi nhận:[\s\S]*?(?=^\*\*KT)/m, ''), 'recipients/missing'],
  'typo.txt': [(t) => t.replace('phồn vinh', 'phồng vinh'), 'spelling/confusable'],
};
const CLEAN = [
  'corpus/ha-lang-2025-action-month.txt', 'corpus/ha-lang-2025-action-month.docx', 'corpus/ha-lang-2025-action-month.pdf',
  'corpus/bac-kan-2026-action-month.docx', 'corpus/quang-tri-ward1-2024-action-month.pdf',
  'province/cao-bang-2025-action-month.pdf', 'province/quang-ngai-2025-annual.docx', 'province/lang-son-2025-annual.txt',
];

let dir: string;
let report: ValidationReport;
let code: number | null;

beforeAll(async () => {
  if (!existsSync(join(root, 'packages/cli/dist/main.js'))) throw new Error('build first: npx pnpm@10.34.8 run build');
  dir = mkdtempSync(join(tmpdir(), 'plan-extract-validate-'));
  for (const [name, [edit]] of Object.entries(DEFECTS)) {
    const text = edit(haLang);
    if (text === haLang) throw new Error(`the edit for ${name} changed nothing`);
    writeFileSync(join(dir, name), text);
  }
  for (const path of CLEAN) copyFileSync(fixture(path), join(dir, `clean-${path.replace('/', '-')}`));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'truncated.pdf'), readFileSync(fixture('corpus/ha-lang-2025-action-month.pdf')).subarray(0, 3000));
  writeFileSync(join(dir, 'picture.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  writeFileSync(join(dir, 'letter.txt'), 'ỦY BAN NHÂN DÂN\nSố: 12/UBND-VX\nV/v cử cán bộ dự họp\nKính gửi: Phòng Y tế.\nĐề nghị cử 01 cán bộ dự họp.\n');
  const run = await cli(['validate', dir, '--format', 'json', '--concurrency', '2']);
  code = run.code;
  report = JSON.parse(run.stdout) as ValidationReport;
}, 120_000);

const file = (name: string) => report.files.find((f) => f.path.endsWith(`/${name}`));

describe('validate a batch', () => {
  it('lists every input file, in a stable order, and exits 1', () => {
    expect(report.files).toHaveLength(Object.keys(DEFECTS).length + CLEAN.length + 4);
    const paths = report.files.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(code).toBe(1);
  });

  it.each(Object.entries(DEFECTS))('%s is reported on its field', (name, [, ruleId]) => {
    const found = file(name)?.findings.map((f) => f.ruleId);
    expect(found).toContain(ruleId);
  });

  it.each(CLEAN)('clean plan %s has no error', (path) => {
    const errors = file(`clean-${path.replace('/', '-')}`)?.findings.filter((f) => f.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('reports empty, corrupt and non-plan files with their reason', () => {
    expect(file('empty.txt')).toMatchObject({ status: 'unreadable', code: 'E_EMPTY' });
    expect(file('truncated.pdf')).toMatchObject({ status: 'unreadable', code: 'E_CORRUPT' });
    expect(file('picture.txt')).toMatchObject({ status: 'unreadable', code: 'E_UNSUPPORTED' });
    // Not a plan: that finding alone (no spelling or missing-part findings after it), and no plan kind.
    expect(file('letter.txt')).toMatchObject({ status: 'invalid', kind: null });
    expect(file('letter.txt')?.findings.map((f) => f.ruleId)).toEqual(['document/not-a-plan']);
  });

  it('summarizes by status and rule', () => {
    const s = report.summary;
    expect(s.files).toBe(report.files.length);
    expect(s.valid + s.invalid + s.unreadable).toBe(s.files);
    expect(s.byRule['period/impossible-date']).toBeGreaterThanOrEqual(1);
  });
});

describe('validate options', () => {
  const one = () => fixture('corpus/ha-lang-2025-action-month.txt');

  it('exits 0 on a plan with warnings only, and 1 past --max-warnings', async () => {
    expect((await cli(['validate', one()])).code).toBe(0);
    const strict = await cli(['validate', one(), '--max-warnings', '0']);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('more than --max-warnings 0');
  });

  it('gives the same report with one worker and with several', async () => {
    const a = await cli(['validate', fixture('corpus'), '--format', 'json', '--concurrency', '1']);
    const b = await cli(['validate', fixture('corpus'), '--format', 'json', '--concurrency', 'auto']);
    expect(JSON.parse(a.stdout)).toEqual(JSON.parse(b.stdout));
  });

  it('reads a configuration file, and refuses a bad one with exit 2', async () => {
    const cfg = join(dir, 'config.json');
    writeFileSync(cfg, JSON.stringify({ rules: { 'references/malformed': 'error' } }));
    const run = await cli(['validate', one(), '--config', cfg, '--format', 'json']);
    expect(run.code).toBe(1);
    writeFileSync(cfg, JSON.stringify({ rules: { 'references/malformed': 'loud' } }));
    const bad = await cli(['validate', one(), '--config', cfg]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('checks against the upper plan', async () => {
    const run = await cli(['validate', one(), '--against', fixture('province/cao-bang-2025-action-month.pdf'), '--format', 'json']);
    const found = (JSON.parse(run.stdout) as ValidationReport).files[0]?.findings.map((f) => f.ruleId);
    expect(found).toContain('diff/deadline-conflict');
  });

  it('writes --output and keeps stdout empty; usage errors exit 2 in one line', async () => {
    const out = join(dir, 'report.sarif');
    const run = await cli(['validate', one(), '--format', 'sarif', '--output', out]);
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).version).toBe('2.1.0');
    for (const args of [['validate'], ['validate', one(), '--format', 'xml'], ['validate', one(), '--format', 'toString'], ['validate', one(), '--concurrency', 'many'], ['validate', one(), '--bogus']]) {
      const bad = await cli(args);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('prints plain progress lines on a long batch when stderr is not a terminal', async () => {
    const run = await cli(['validate', dir, '--format', 'json']);
    expect(run.stderr).toMatch(/validated \d+\/\d+ files/);
    expect((await cli(['validate', dir, '--format', 'json', '--quiet'])).stderr).toBe('');
  });
});

describe('collectInputs', () => {
  it('walks folders for plan files only, expands globs, keeps missing paths and order', async () => {
    const { collectInputs } = await import('../../packages/cli/src/batch/inputs.js');
    const inputs = await collectInputs(['fixtures/province', 'fixtures/corpus/*.pdf', 'nowhere.pdf', 'fixtures/province/cao-bang-2025-action-month.txt'], root);
    const paths = inputs.map((i) => i.path);
    expect(paths.some((p) => p.endsWith('README.md'))).toBe(false);
    expect(paths.filter((p) => p.startsWith('fixtures/province/'))).toHaveLength(15);
    expect(paths.filter((p) => p.startsWith('fixtures/corpus/'))).toHaveLength(5);
    expect(inputs.find((i) => i.path === 'nowhere.pdf')).toEqual({ path: 'nowhere.pdf', problem: { code: 'E_NOT_FOUND', reason: 'no such file', detail: { id: 'error:no-such-file', params: {} } } });
    expect(new Set(paths).size).toBe(paths.length);
  });
});

describe('the corpus plans', () => {
  it("reports the real plans' own mistakes as warnings: misspellings and the decree number without its year", async () => {
    const run = await cli(['validate', fixture('corpus'), '--format', 'json', '--concurrency', '1']);
    const report = JSON.parse(run.stdout) as ValidationReport;
    const found = (name: string, ruleId: string) =>
      report.files.filter((f) => f.path.includes(name) && f.path.endsWith('.txt')).flatMap((f) => f.findings.filter((x) => x.ruleId === ruleId));
    expect(found('bac-kan', 'spelling/confusable').map((f) => [f.actual, f.severity])).toEqual([['đuổi nước', 'warning'], ['Cùng cố', 'warning']]);
    expect(found('quang-tri', 'spelling/confusable').map((f) => f.actual?.replace(/\s+/g, ' '))).toEqual(['phồng vinh', 'Tháng hành đồng']);
    expect(found('ha-lang', 'references/malformed').map((f) => [f.actual, f.expected, f.severity])).toEqual([['56/NĐ-CP', '56/2017/NĐ-CP', 'warning']]);
  });
});
