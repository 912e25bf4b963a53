import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { buildReport, type FileReport } from '@plan-extract/core';
import { VALIDATE_FORMATS } from '../../packages/cli/src/formatters/validate.js';

const files: FileReport[] = [
  { path: 'plans/hạ lang, "draft".docx', status: 'valid', kind: 'action-month', findings: [] },
  {
    path: 'plans/xã A.pdf',
    status: 'invalid',
    kind: 'action-month',
    findings: [
      { ruleId: 'spelling/confusable', severity: 'warning', field: 'spelling', message: '"phồng vinh" — did you mean "phồn vinh"?', span: { start: 40, end: 50, page: 3 }, page: 3, section: 'II.1', actual: 'phồng vinh', expected: 'phồn vinh' },
      { ruleId: 'theme/not-national', severity: 'error', field: 'theme', message: 'the theme is not <the> national theme', span: { start: 10, end: 20, page: 2 }, page: 2, section: 'I', actual: '=HYPERLINK("x")', expected: 'Ưu tiên nguồn lực' },
    ],
  },
  { path: 'plans/scan.pdf', status: 'unreadable', kind: null, code: 'E_NO_TEXT', findings: [{ ruleId: 'document/unreadable', severity: 'error', field: 'document', message: 'the PDF has no text layer (E_NO_TEXT)' }] },
  {
    path: 'plans/hạ lang.txt',
    status: 'valid',
    kind: 'action-month',
    findings: [{ ruleId: 'references/malformed', severity: 'warning', field: 'references', message: '"56/NĐ-CP" lacks its year', span: { start: 900, end: 936, page: null }, line: 145, column: 83, endLine: 145, endColumn: 119, section: 'V.8' }],
  },
];
const report = buildReport(files);
const plain = { color: false, lang: 'en' } as const;

describe('validate formatters', () => {
  it('json follows the contract, files in input order', () => {
    const json = JSON.parse(VALIDATE_FORMATS.json(report, plain));
    expect(json.schemaVersion).toBe(1);
    expect(json.files.map((f: FileReport) => f.status)).toEqual(['valid', 'invalid', 'unreadable', 'valid']);
    expect(json.summary).toEqual({
      files: 4, valid: 2, invalid: 1, unreadable: 1, errors: 2, warnings: 2, infos: 0,
      byRule: { 'document/unreadable': 1, 'references/malformed': 1, 'spelling/confusable': 1, 'theme/not-national': 1 },
    });
  });

  it('sarif is valid SARIF 2.1.0: regions on the text file’s own lines, pages and sections for PDF, RFC 3986 URIs', () => {
    const sarif = JSON.parse(VALIDATE_FORMATS.sarif(report, plain));
    const schema = JSON.parse(readFileSync(new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }); // the schema's patterns are not valid with the u flag
    const valid = ajv.validate(schema, sarif);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = sarif.runs[0];
    expect(run.artifacts).toHaveLength(4);
    expect(run.artifacts[0].location.uri).toBe('plans/h%E1%BA%A1%20lang%2C%20%22draft%22.docx');
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['warning', 'error', 'error', 'warning']);
    const text = run.results[3];
    expect(text.locations[0].physicalLocation.region).toEqual({ startLine: 145, startColumn: 83, endLine: 145, endColumn: 119 });
    const pdf = run.results[1];
    expect(pdf.locations[0].physicalLocation.region).toBeUndefined();
    expect(pdf.properties).toEqual({ page: 2, section: 'I' });
    expect(run.tool.driver.rules[pdf.ruleIndex].id).toBe('theme/not-national');
    expect(run.tool.driver.rules[pdf.ruleIndex].shortDescription.text).toMatch(/national theme/);
    const vi = JSON.parse(VALIDATE_FORMATS.sarif(report, { color: false, lang: 'vi' }));
    expect(vi.runs[0].tool.driver.rules[pdf.ruleIndex].shortDescription.text).toMatch(/^Chủ đề đúng chủ đề Tháng hành động/);
  });

  it('junit has one testcase per file: failure for invalid, error for unreadable; errors first', () => {
    const xml = VALIDATE_FORMATS.junit(report, plain);
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain('tests="4" failures="1" errors="1"');
    expect(xml).toContain('name="plans/hạ lang, &quot;draft&quot;.docx"');
    expect(xml).toMatch(/<failure type="invalid" message="1 error: the theme is not &lt;the&gt; national theme">ERROR page 2, section I: the theme is not &lt;the&gt; national theme/);
    expect(xml).toContain('<error type="E_NO_TEXT"');
    expect(xml).toContain('<system-out>WARNING page 3, section II.1:');
    expect(xml).toContain('WARNING line 145, column 83, section V.8: ');
  });

  it('csv starts with a BOM, quotes fields, defuses formulas and lists files without findings; headings in the report’s language', () => {
    const csv = VALIDATE_FORMATS.csv(report, plain);
    expect(csv.startsWith('\ufeffFile,')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('File,Status,Kind of plan,Severity,Rule,Part of the plan,Line,Column,Page,Paragraph,Section,Problem,The plan says,Expected,Note');
    expect(lines[1]).toBe('"plans/hạ lang, ""draft"".docx",Valid,action-month plan,,,,,,,,,,,,');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toContain('"""phồng vinh"" — did you mean ""phồn vinh""?"');
    // OWASP: a cell a spreadsheet would run as a formula starts with a quote.
    expect(lines[3]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[5]).toContain('Warning,references/malformed,References,145,83,,,V.8,');
    const vi = VALIDATE_FORMATS.csv(report, { color: false, lang: 'vi' }).split('\r\n');
    expect(vi[0]).toBe('\ufeffTệp,Tình trạng,Loại kế hoạch,Mức độ,Quy tắc,Thành phần,Dòng,Cột,Trang,Đoạn,Mục,Vấn đề,Văn bản ghi,Cần có,Ghi chú');
    expect(vi[3]).toMatch(/^plans\/xã A\.pdf,Chưa đạt,kế hoạch Tháng hành động,Lỗi,theme\/not-national,Chủ đề,,,2,,I,/);
  });

  it('html leads with what is wrong: failing files first, errors first, in the chosen language', () => {
    const html = VALIDATE_FORMATS.html(report, plain);
    expect(html.indexOf('Problems, most serious first')).toBeLessThan(html.indexOf('Files: those to send back first'));
    expect(html).toContain('not &lt;the&gt; national theme');
    expect(html).not.toContain('<the>');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3)/);
    const order = ['plans/xã A.pdf</h3>', 'plans/scan.pdf</h3>', 'plans/hạ lang.txt</h3>', 'plans/hạ lang, &quot;draft&quot;.docx <span'].map((p) => html.indexOf(p));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const xa = html.slice(html.indexOf('</span> plans/xã A.pdf</h3>'));
    expect(xa.indexOf('the theme is not')).toBeLessThan(xa.indexOf('phồng vinh'));
    expect(xa).toContain('<q class="quote actual">=HYPERLINK(&quot;x&quot;)</q>');
    expect(xa).toContain('<q class="quote expected">Ưu tiên nguồn lực</q>');
    const vi = VALIDATE_FORMATS.html(report, { color: false, lang: 'vi' });
    expect(vi).toMatch(/<html lang="vi">/);
    expect(vi).toContain('Báo cáo kiểm tra kế hoạch');
    expect(vi).toContain('1/4 tệp chưa đạt, 1 tệp không đọc được: 2 lỗi cần sửa, 2 cảnh báo cần xem.');
    expect(vi).toContain('dòng 145, cột 83, Mục V.8');
  });

  it('stylish shows files needing attention first, errors first, where each finding is, and a summary', () => {
    const text = VALIDATE_FORMATS.stylish(report, plain);
    expect(text.indexOf('plans/xã A.pdf  Invalid · action-month plan')).toBeLessThan(text.indexOf('plans/scan.pdf  Unreadable'));
    expect(text).toMatch(/page 2\s+Error\s+the theme is not <the> national theme  theme\/not-national\n\s+page 3\s+Warning/);
    expect(text).toMatch(/145:83\s+Warning\s+"56\/NĐ-CP" lacks its year/);
    expect(text).toContain('✖ 4 problems (2 errors, 2 warnings)');
    expect(text).toContain('4 files: 2 valid, 1 invalid, 1 unreadable');
    expect(text).not.toContain('\u001b[');
    expect(VALIDATE_FORMATS.stylish(report, { color: true, lang: 'en' })).toContain('\u001b[');
    const vi = VALIDATE_FORMATS.stylish(report, { color: false, lang: 'vi' });
    expect(vi).toContain('✖ 4 vấn đề (2 lỗi, 2 cảnh báo)');
    expect(vi).toContain('4 tệp: 2 đạt, 1 chưa đạt, 1 không đọc được');
    expect(vi).toMatch(/trang 2\s+Lỗi\s+/);
  });

  it('counts in English agree with their number; Vietnamese nouns do not inflect', () => {
    const one = buildReport([files[3] as FileReport]);
    expect(VALIDATE_FORMATS.stylish(one, plain)).toContain('⚠ 1 problem (0 errors, 1 warning)\n1 file: 1 valid');
    expect(VALIDATE_FORMATS.stylish(one, { color: false, lang: 'vi' })).toContain('⚠ 1 vấn đề (0 lỗi, 1 cảnh báo)\n1 tệp: 1 đạt');
  });
});

describe('a finding with a note (an error made a warning because OCR doubted its words)', () => {
  const note = 'rests on a word OCR read with low confidence (“30/6/2024”): check against the paper \u001b[2J<b>';
  const noted = buildReport([
    {
      path: 'plans/scan.pdf',
      status: 'valid',
      kind: 'action-month',
      findings: [{ ruleId: 'period/outside-year', severity: 'warning', field: 'period', message: 'the period is not in the plan’s year', span: { start: 5, end: 9, page: 1 }, page: 1, note }],
    },
  ]);

  it('shows it, escaped for each format, in every format a person reads', () => {
    const visible = 'rests on a word OCR read with low confidence';
    const stylish = VALIDATE_FORMATS.stylish(noted, plain);
    expect(stylish).toContain(`↳ ${visible}`);
    expect(stylish).not.toContain('\u001b[2J');
    const html = VALIDATE_FORMATS.html(noted, plain);
    expect(html).toContain(`<div class="note">${visible}`);
    expect(html).toContain('&lt;b&gt;');
    const csv = VALIDATE_FORMATS.csv(noted, plain);
    expect(csv.split('\r\n')[0]).toMatch(/,Note$/);
    expect(csv.split('\r\n')[1]).toContain(visible);
    expect(VALIDATE_FORMATS.junit(noted, plain)).toContain(`(${visible}`);
    expect(JSON.parse(VALIDATE_FORMATS.sarif(noted, plain)).runs[0].results[0].message.text).toContain(`(${visible}`);
    expect(JSON.parse(VALIDATE_FORMATS.json(noted, plain)).files[0].findings[0].note).toBe(note);
  });
});
