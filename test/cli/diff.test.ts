import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffPlans, extractFile, PlanDiff } from '@plan-extract/core';
import { execute } from '../../packages/cli/src/main.js';
import { formatDiffHtml } from '../../packages/cli/src/formatters/diff-html.js';
import { html as escapeHtml } from '../../packages/cli/src/formatters/escape.js';
import { formatDiffMarkdown } from '../../packages/cli/src/formatters/diff-markdown.js';
import { formatDiffText } from '../../packages/cli/src/formatters/diff-text.js';
import { district, g, province } from '../core/diff/build.js';
import { capture } from './capture.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (path: string) => join(ROOT, 'fixtures', path);
// Error-level findings (a report deadline the district cannot meet): exit 1.
const CAO_BANG = fixture('province/cao-bang-2025-action-month.txt');
const HA_LANG = fixture('corpus/ha-lang-2025-action-month.txt');
// Warnings and notes only (a draft upper plan, a longer period, a missing slogan): exit 0.
const QUANG_TRI_TOWN = fixture('province/quang-tri-town-2024-action-month.txt');
const QUANG_TRI_WARD = fixture('corpus/quang-tri-ward1-2024-action-month.txt');

describe('plan-extract diff: exit codes', () => {
  it('exits 1 when the lower plan has error-level findings', async () => {
    const c = capture();
    expect(await execute(['diff', CAO_BANG, HA_LANG], c.io)).toBe(1);
    expect(c.stdout()).toContain('diff/deadline-conflict');
    expect(c.stderr()).toBe('');
  });

  it('exits 0 with warnings and notes only', async () => {
    const c = capture();
    expect(await execute(['diff', QUANG_TRI_TOWN, QUANG_TRI_WARD, '--format', 'json'], c.io)).toBe(0);
    const diff = PlanDiff.parse(JSON.parse(c.stdout()));
    expect(diff.findings.some((f) => f.severity === 'error')).toBe(false);
    expect(diff.findings.map((f) => f.ruleId)).toContain('diff/upper-draft');
  });

  it('reads either side from DOCX or PDF', async () => {
    const c = capture();
    const pdf = fixture('province/cao-bang-2025-action-month.pdf');
    const docx = fixture('corpus/ha-lang-2025-action-month.docx');
    expect(existsSync(pdf) && existsSync(docx)).toBe(true);
    expect(await execute(['diff', pdf, docx, '--format=json'], c.io)).toBe(1);
    const diff = PlanDiff.parse(JSON.parse(c.stdout()));
    expect(diff.upper.documentNumber).toBe('1420/KH-UBND');
    expect(diff.deadlines.conflicts).toHaveLength(1);
  });

  it('reads an extraction saved as JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diff-json-'));
    const saved = join(dir, 'cao-bang.json');
    writeFileSync(saved, JSON.stringify((await extractFile(CAO_BANG)).value));
    const c = capture();
    expect(await execute(['diff', saved, HA_LANG, '--format', 'json'], c.io)).toBe(1);
    expect(PlanDiff.parse(JSON.parse(c.stdout())).implements.status).toBe('match');
  });
});

describe('plan-extract diff: usage errors (exit 2) and unusable input (exit 1), one line, no stack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'diff-bad-'));
  const corrupt = join(dir, 'broken.pdf');
  writeFileSync(corrupt, '%PDF-1.7\nnot really a pdf\n');
  const notPlan = join(dir, 'not-a-plan.json');
  writeFileSync(notPlan, JSON.stringify({ hello: 'world' }));
  const missing = join(dir, 'missing.docx');
  const readme = join(dir, 'README.txt');
  writeFileSync(readme, 'plan-extract\n\nA tool that reads plans. Run it with --help to see what it does.\n');

  const cases: Array<[string, string[], number, RegExp]> = [
    ['no paths', ['diff'], 2, /diff needs <upper plan> <lower plan>, not 0 paths/],
    ['one path', ['diff', CAO_BANG], 2, /not 1 path \(/],
    ['three paths', ['diff', CAO_BANG, HA_LANG, HA_LANG], 2, /not 3 paths/],
    ['an unknown format', ['diff', CAO_BANG, HA_LANG, '--format', 'pdf'], 2, /--format does not take 'pdf' \(one of text, json, markdown, html\)/],
    ['a mistyped format', ['diff', CAO_BANG, HA_LANG, '--format', 'htlm'], 2, /did you mean 'html'\?/],
    ['a flag without its value', ['diff', CAO_BANG, HA_LANG, '--output'], 2, /--output needs a value/],
    ['an unknown option', ['diff', CAO_BANG, HA_LANG, '--colour'], 2, /there is no option --colour/],
    ['a mistyped option', ['diff', CAO_BANG, HA_LANG, '--fromat', 'html'], 2, /there is no option --fromat; did you mean --format\?/],
    ['a missing file', ['diff', CAO_BANG, missing], 1, /missing\.docx: no such file \(E_NOT_FOUND\)/],
    ['a corrupt PDF', ['diff', corrupt, HA_LANG], 1, /broken\.pdf: .*\(E_CORRUPT\)/],
    ['JSON that is not an extraction', ['diff', notPlan, HA_LANG], 1, /not-a-plan\.json: not a plan extraction/],
    ['a file that is not a plan', ['diff', CAO_BANG, readme], 1, /README\.txt: not a plan: .*\(document\/not-a-plan\)/],
  ];
  for (const [name, argv, code, message] of cases) {
    it(name, async () => {
      const c = capture();
      expect(await execute(argv, c.io)).toBe(code);
      expect(c.stderr()).toMatch(message);
      expect(c.stderr().trimEnd().split('\n')).toHaveLength(1);
      expect(c.stderr()).not.toMatch(/\n\s+at /);
      expect(c.stdout()).toBe('');
    });
  }

  it('refuses an output in a folder that does not exist, before reading the plans', async () => {
    const c = capture();
    expect(await execute(['diff', CAO_BANG, missing, '--output', join(dir, 'no', 'such', 'dir.html')], c.io)).toBe(2);
    expect(c.stderr()).toMatch(/--output .*dir\.html: the folder .* does not exist/);
    expect(c.stderr()).not.toContain('missing.docx');
  });
});

describe('plan-extract diff: formats', () => {
  it('text: colour on a terminal only, and not with NO_COLOR', async () => {
    const plain = capture();
    await execute(['diff', CAO_BANG, HA_LANG], plain.io);
    expect(plain.stdout()).toContain('Slogans  9 kept, 2 changed, 1 missing, 1 added');
    expect(plain.stdout()).toMatch(/\[- ?và đúng lịch ?-\]/);
    expect(plain.stdout()).not.toContain('\u001b[');
    const tty = capture({ tty: true });
    await execute(['diff', CAO_BANG, HA_LANG], tty.io);
    expect(tty.stdout()).toContain('\u001b[');
    const noColor = capture({ tty: true, env: { NO_COLOR: '1' } });
    await execute(['diff', CAO_BANG, HA_LANG, '--format', 'text'], noColor.io);
    expect(noColor.stdout()).not.toContain('\u001b[');
  });

  it('markdown: a summary table and each section side by side', async () => {
    const c = capture();
    await execute(['diff', CAO_BANG, HA_LANG, '--format', 'markdown'], c.io);
    const md = c.stdout();
    expect(md).toMatch(/^# Does the lower plan carry out the upper plan\?/);
    expect(md).toContain('| Slogans | 9 kept, 2 changed, 1 missing, 1 added |');
    // Every deadline pair checked, with who owes it to whom and the time it leaves (i16's pairs and margins).
    expect(md).toContain('| Chain | Lower plan | Upper plan | Time left |');
    expect(md).toContain(
      '| collected from units | Các Phòng, Ban ngành, đoàn thể huyện, UBND các xã, thị trấn → Văn Phòng HĐND-UBND huyện: trước ngày 10/7/2025 | UBND các huyện, thành phố → Sở Y tế: trước ngày 05/7/2025 | **5 days late** (Error) |',
    );
    expect(md).toMatch(/\| collected from units \| .*trước ngày 21\/5\/2025 \| .*trước ngày 25\/5\/2025 \| 4 days to compile \|/);
    expect(md).toMatch(/\| Health \| Sở Y tế \| \*\*no counterpart\*\* \|/);
    // The space before a struck run stays outside the markers, so the words do not run together.
    expect(md).toContain('đầy đủ ~~và đúng lịch~~ |');
    expect(md).not.toMatch(/\S~~và/);
  });

  it('html to --output: one self-contained page, nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diff-html-'));
    const out = join(dir, 'report.html');
    const c = capture();
    expect(await execute(['diff', CAO_BANG, HA_LANG, '--format', 'html', '--output', out], c.io)).toBe(1);
    expect(c.stdout()).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(html).toContain('1 error, 2 warnings, 6 notes');
    expect(html).toMatch(/<del> ?và đúng lịch ?<\/del>/);
    expect(html).toContain('<th scope="col">Upper plan</th>');
  });

  it('shows every deadline pair of the reporting chain with its role and margin, in Vietnamese by default', async () => {
    const chain = (name: string) => fixture(`chain/${name}-2024-annual.txt`);
    const c = capture({ env: { PLAN_EXTRACT_LANG: 'vi' } });
    expect(await execute(['diff', chain('yen-bai'), chain('van-yen')], c.io)).toBe(1);
    const text = c.stdout();
    expect(text).toContain('Thời hạn  đối chiếu 5 thời hạn, 2 không kịp');
    expect(text).toContain('  = gửi lên cấp trên: đúng hạn');
    expect(text).toContain('  = các đơn vị gửi về: còn 8 ngày tổng hợp');
    expect(text).toContain('  ~ các đơn vị gửi về: trùng hạn, không còn thời gian tổng hợp');
    expect(text).toContain('  ! các đơn vị gửi về: chậm 2 ngày\n    Kế hoạch cấp dưới: Phòng Lao động - Thương binh và Xã hội → UBND huyện, trước ngày 22/12/2024\n');
    expect(text).toContain(
      'Kế hoạch cấp dưới yêu cầu Phòng Lao động - Thương binh và Xã hội gửi báo cáo trước ngày 22/12/2024, chậm 2 ngày so với hạn 20/12/2024 của kế hoạch cấp trên: không kịp tổng hợp, báo cáo lên cấp trên.',
    );
    const page = formatDiffHtml(diffPlans((await extractFile(chain('yen-bai'))).value, (await extractFile(chain('van-yen'))).value));
    expect(page).toContain('<th scope="col">Chiều</th><th scope="col">Kế hoạch cấp dưới</th><th scope="col">Kế hoạch cấp trên</th><th scope="col">Thời gian còn lại</th>');
    expect(page).toContain('<span class="conflict">trước ngày 22/12/2024</span>');
    expect(page).toContain('<span class="badge error">chậm 2 ngày</span>');
    expect(page).toContain('<span class="badge warning">trùng hạn, không còn thời gian tổng hợp</span>');
    expect(page.match(/<span class="badge ok">còn 8 ngày tổng hợp<\/span>/g)).toHaveLength(2);
  });

  it('html escapes every text from the plans', () => {
    const hostile = '<script>alert("x")</script> & “quotes”';
    const diff = diffPlans(
      province({ theme: g('Chủ đề'), slogans: [g(hostile)] }),
      district({ theme: g(`${hostile} khác`), slogans: [g('<b>riêng</b>')] }),
    );
    const html = formatDiffHtml(diff);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>riêng</b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “quotes”');
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
    // Markdown and text keep the plans' text but cannot be broken by it.
    expect(formatDiffMarkdown(diff)).toContain('\\<script\\>');
    expect(formatDiffText(diff)).toContain(hostile);
  });
});

describe('plan-extract diff (built bin)', () => {
  const bin = join(ROOT, 'packages/cli/bin/plan-extract.js');
  it.skipIf(!existsSync(join(ROOT, 'packages/cli/dist/commands/diff.js')))('runs end to end with its exit code', () => {
    const run = spawnSync(process.execPath, [bin, 'diff', 'fixtures/province/cao-bang-2025-action-month.txt', 'fixtures/corpus/ha-lang-2025-action-month.txt', '--format', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(PlanDiff.parse(JSON.parse(run.stdout)).upper.source).toBe('fixtures/province/cao-bang-2025-action-month.txt');
    const bad = spawnSync(process.execPath, [bin, 'diff', 'nope.pdf', 'fixtures/corpus/ha-lang-2025-action-month.txt'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('nope.pdf: không có tệp này (E_NOT_FOUND)');
  });
});
