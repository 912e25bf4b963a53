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
      { ruleId: 'theme/not-national', severity: 'error', field: 'theme', message: 'the theme is not <the> national theme', span: { start: 10, end: 20, page: 2 }, line: 4, column: 3 },
      { ruleId: 'spelling/confusable', severity: 'warning', field: 'spelling', message: '"phồng vinh" — did you mean "phồn vinh"?', span: { start: 40, end: 50, page: 3 }, line: 9, column: 1 },
    ],
  },
  { path: 'plans/scan.pdf', status: 'unreadable', kind: null, code: 'E_NO_TEXT', findings: [{ ruleId: 'document/unreadable', severity: 'error', field: 'document', message: 'the PDF has no text layer (E_NO_TEXT)' }] },
];
const report = buildReport(files);
const plain = { color: false };

describe('validate formatters', () => {
  it('json follows the contract', () => {
    const json = JSON.parse(VALIDATE_FORMATS.json(report, plain));
    expect(json.schemaVersion).toBe(1);
    expect(json.files.map((f: FileReport) => f.status)).toEqual(['valid', 'invalid', 'unreadable']);
    expect(json.summary).toEqual({ files: 3, valid: 1, invalid: 1, unreadable: 1, errors: 2, warnings: 1, infos: 0, byRule: { 'document/unreadable': 1, 'spelling/confusable': 1, 'theme/not-national': 1 } });
  });

  it('sarif is valid SARIF 2.1.0 and lists every file', () => {
    const sarif = JSON.parse(VALIDATE_FORMATS.sarif(report, plain));
    const schema = JSON.parse(readFileSync(new URL('../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', import.meta.url), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }) // the schema's patterns are not valid with the u flag;
    const valid = ajv.validate(schema, sarif);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = sarif.runs[0];
    expect(run.artifacts).toHaveLength(3);
    expect(run.results.map((r: { level: string }) => r.level)).toEqual(['error', 'warning', 'error']);
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 4, startColumn: 3, charOffset: 10, charLength: 10 });
    expect(run.tool.driver.rules[run.results[0].ruleIndex].id).toBe('theme/not-national');
  });

  it('junit has one testcase per file: failure for invalid, error for unreadable', () => {
    const xml = VALIDATE_FORMATS.junit(report, plain);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('tests="3" failures="1" errors="1"');
    expect(xml).toContain('name="plans/hạ lang, &quot;draft&quot;.docx"');
    expect(xml).toMatch(/<failure type="invalid"[^>]*>ERROR 4:3 the theme is not &lt;the&gt; national theme/);
    expect(xml).toContain('<error type="E_NO_TEXT"');
    expect(xml).toContain('<system-out>WARNING 9:1');
  });

  it('csv quotes fields and lists files without findings', () => {
    const lines = VALIDATE_FORMATS.csv(report, plain).trimEnd().split('\r\n');
    expect(lines[0]).toBe('path,status,kind,severity,ruleId,field,line,column,page,message');
    expect(lines[1]).toBe('"plans/hạ lang, ""draft"".docx",valid,action-month,,,,,,,');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toContain('"""phồng vinh"" — did you mean ""phồn vinh""?"');
  });

  it('html groups by rule before files and escapes text', () => {
    const html = VALIDATE_FORMATS.html(report, plain);
    expect(html.indexOf('By rule')).toBeLessThan(html.indexOf('By file'));
    expect(html).toContain('not &lt;the&gt; national theme');
    expect(html).not.toContain('<the>');
    expect(html.match(/class="file"/g)).toHaveLength(3);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3)/);
  });

  it('stylish shows each file, its findings and a summary; colour only when asked', () => {
    const text = VALIDATE_FORMATS.stylish(report, plain);
    expect(text).toContain('plans/xã A.pdf  invalid (action-month)');
    expect(text).toMatch(/4:3\s+error\s+the theme is not <the> national theme  theme\/not-national/);
    expect(text).toContain('✖ 3 problems (2 errors, 1 warning)');
    expect(text).toContain('3 files: 1 valid, 1 invalid, 1 unreadable');
    expect(text).not.toContain('\u001b[');
    expect(VALIDATE_FORMATS.stylish(report, { color: true })).toContain('\u001b[');
  });
});
