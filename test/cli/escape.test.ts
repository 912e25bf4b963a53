/**
 * Safe output: whatever a plan, a file name or an error holds, it reaches the terminal, the
 * spreadsheet, the wiki and the browser as text. One escaping function per output kind, each
 * tested on the known attacks, then every formatter fed random control and markup characters.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildReport, diffPlans, type FileReport, type Finding } from '@plan-extract/core';
import { csvCell, html, json, markdown, markdownCode, sarifUri, terminal, terminalLine, xml } from '../../packages/cli/src/formatters/escape.js';
import { VALIDATE_FORMATS } from '../../packages/cli/src/formatters/validate.js';
import { formatDiffHtml } from '../../packages/cli/src/formatters/diff-html.js';
import { formatDiffMarkdown } from '../../packages/cli/src/formatters/diff-markdown.js';
import { formatDiffText } from '../../packages/cli/src/formatters/diff-text.js';
import { formatExtractMarkdown } from '../../packages/cli/src/formatters/extract-markdown.js';
import { formatExtractText } from '../../packages/cli/src/formatters/extract-text.js';
import { execute } from '../../packages/cli/src/main.js';
import { district, g, province } from '../core/diff/build.js';
import { capture } from './capture.js';

// What must never reach an output raw: C0 controls but tab and line feed, DEL, C1, bidi and other invisible format controls.
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('one escaping function per output kind', () => {
  it('terminal: escape sequences and bidi overrides are shown, not run', () => {
    expect(terminal('\u001b[2Jwiped')).toBe('␛[2Jwiped');
    expect(terminal('\u001b]8;;https://x.example\u0007click\u001b]8;;\u0007')).toBe('␛]8;;https://x.example␇click␛]8;;␇');
    expect(terminal('abc\u202efdp.exe')).toBe('abc<U+202E>fdp.exe');
    expect(terminal('C1 \u009b31m')).toBe('C1 <U+009B>31m');
    expect(terminal('two\nlines\tand a tab')).toBe('two\nlines\tand a tab');
    expect(terminalLine('a file\nname.pdf\r')).toBe('a file␊name.pdf␍');
  });

  it('CSV: formulas defused (OWASP), fields quoted (RFC 4180), numbers as they are', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'].map(csvCell)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", `"'\r=1"`]);
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('Hạ Lang')).toBe('Hạ Lang');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
    expect(csvCell('\u202eevil')).toBe('<U+202E>evil');
  });

  it('Markdown: markup escaped, code spans fenced longer than any backtick run inside', () => {
    expect(markdown('*a* _b_ `c` [d](e) <f> | ~~g~~')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\| \\~\\~g\\~\\~');
    expect(markdown('one\nline')).toBe('one line');
    expect(markdownCode('plan`s.docx')).toBe('``plan`s.docx``');
    expect(markdownCode('`quoted`')).toBe('`` `quoted` ``');
    expect(markdownCode('a``b`c')).toBe('```a``b`c```');
    expect(markdownCode('x|y')).toBe('`x\\|y`');
  });

  it('HTML and XML: markup escaped, controls that XML forbids and bidi overrides made visible', () => {
    expect(html(`<script>alert('x')</script> & "q"`)).toBe('&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;');
    expect(xml('a\u0000b\u000bc\u202ed')).toBe('a␀b␋c&lt;U+202E&gt;d');
  });

  it('JSON: C1 controls and bidi overrides as \\u escapes, the value unchanged', () => {
    const value = { name: 'abc\u202efdp.exe', csi: '\u009b31m', esc: '\u001b[2J', ok: 'Hạ Lang' };
    const text = json(value);
    expect(text).toContain('abc\\u202efdp.exe');
    expect(text).toContain('\\u009b31m');
    expect(text).not.toMatch(FORBIDDEN);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('SARIF URIs: RFC 3986, each segment percent-encoded; absolute paths as file URLs', () => {
    expect(sarifUri('hồ sơ/xã A #1?.pdf')).toBe('h%E1%BB%93%20s%C6%A1/x%C3%A3%20A%20%231%3F.pdf');
    expect(sarifUri("a\\b/it's (1).pdf")).toBe('a/b/it%27s%20%281%29.pdf');
    expect(sarifUri('/srv/hồ sơ/x.pdf')).toBe('file:///srv/h%E1%BB%93%20s%C6%A1/x.pdf');
    expect(sarifUri('C:x')).toBe('C%3Ax');
  });
});

describe('every format, fed random control and markup characters', () => {
  const hostile = fc.string({
    unit: fc.oneof(
      fc.constantFrom('\u001b', '\u0007', '\u0000', '\u007f', '\u009b', '\u0085', '\u202e', '\u2066', '\u200f', '\u2028', '\ufeff', '\r', '\n', '\t'),
      fc.constantFrom('<', '>', '&', '"', "'", '`', '|', '*', '_', '[', ']', '~', '#', '=', '+', '-', '@', ',', ';', '\\'),
      fc.constantFrom('<x-injected>', '=cmd|', '\u001b[2J', '\u001b]8;;http://x\u0007'),
      fc.constantFrom('a', 'ệ', 'Đ', ' ', '1', '/'),
    ),
    maxLength: 40,
  });
  const finding = (message: string, actual: string, page: number): Finding => ({ ruleId: 'theme/not-national', severity: 'error', field: 'theme', message, actual, expected: actual, span: { start: 0, end: 1, page }, page });

  it('validate: stylish, html, junit, csv, sarif and json stay text, one finding a row or line', () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (path, message, actual) => {
        const files: FileReport[] = [
          { path: `plans/${path}.pdf`, status: 'invalid', kind: 'action-month', findings: [finding(message, actual, 2)] },
          { path: `${path}.txt`, status: 'valid', kind: null, findings: [] },
        ];
        const report = buildReport(files);
        for (const lang of ['vi', 'en'] as const) {
          const options = { color: false, lang };
          const stylish = VALIDATE_FORMATS.stylish(report, options);
          expect(stylish).not.toMatch(FORBIDDEN);
          // Two file headers, one finding line, one blank line, two summary lines: a line break in a name or message cannot add one.
          expect(stylish.trimEnd().split('\n')).toHaveLength(6);

          const page = VALIDATE_FORMATS.html(report, options);
          expect(page).not.toMatch(FORBIDDEN);
          expect(page).not.toContain('<x-injected');
          expect(page.match(/<tr class="error">/g)).toHaveLength(1);

          const junit = VALIDATE_FORMATS.junit(report, options);
          expect(junit).not.toMatch(FORBIDDEN);
          expect(junit).not.toContain('<x-injected');
          expect(junit.match(/<testcase /g)).toHaveLength(2);

          const csv = VALIDATE_FORMATS.csv(report, options);
          const rows = parseCsv(csv.replace(/^\ufeff/, ''));
          expect(rows).toHaveLength(3);
          for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect(csv.replace(/^\ufeff/, '').replace(/[\r\n]/g, '')).not.toMatch(FORBIDDEN);

          const sarif = JSON.parse(VALIDATE_FORMATS.sarif(report, options));
          for (const artifact of sarif.runs[0].artifacts) expect(artifact.location.uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]*$/);
          const asJson = VALIDATE_FORMATS.json(report, options);
          expect(asJson).not.toMatch(FORBIDDEN);
          expect(JSON.parse(asJson).files[0].path).toBe(`plans/${path}.pdf`);
        }
      }),
      { seed: 42, numRuns: 150 },
    );
  });

  it('diff and extract: text, markdown and html keep the plans’ words as words', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const diff = diffPlans(province({ theme: g(`Chủ đề ${a}`), slogans: [g(`Khẩu hiệu ${a}`)] }), district({ theme: g(`Chủ đề ${b}`), slogans: [g(`Riêng ${b}`)] }));
        diff.upper.source = `tỉnh ${a}.pdf`;
        for (const lang of ['vi', 'en'] as const) {
          const text = formatDiffText(diff, { lang });
          expect(text).not.toMatch(FORBIDDEN);
          const md = formatDiffMarkdown(diff, { lang });
          expect(md).not.toMatch(FORBIDDEN);
          // Table rows stay rows: every line of a table starts and ends with a pipe.
          for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|'), line).toBe(true);
          const page = formatDiffHtml(diff, { lang });
          expect(page).not.toMatch(FORBIDDEN);
          expect(page).not.toContain('<x-injected');
        }
        const plan = { ...district({ theme: g(a), slogans: [g(b)] }), title: `${a}\n${b}` };
        plan.source = { ...plan.source, path: `hồ sơ/${b}.txt` };
        expect(formatExtractText(plan, { lang: 'vi' })).not.toMatch(FORBIDDEN);
        const md = formatExtractMarkdown(plan, { lang: 'vi' });
        expect(md).not.toMatch(FORBIDDEN);
        expect(md.split('\n')[0]).toMatch(/^# /);
        for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|'), line).toBe(true);
      }),
      { seed: 43, numRuns: 100 },
    );
  });
});

describe('error lines', () => {
  it('stay one line, with no escape sequence run, whatever the file is called', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-names-'));
    const name = join(dir, 'ke-hoach\n\u001b[2J\u202egnp.pdf');
    writeFileSync(name, 'not a pdf at all, and not a plan');
    for (const argv of [['extract', name], ['diff', name, name], ['validate', name, '--format', 'csv', '--output', join(dir, 'x\ny.csv')]]) {
      const c = capture();
      await execute(argv, c.io);
      expect(c.stderr().trimEnd().split('\n'), argv[0]).toHaveLength(1);
      expect(c.stderr().replace(/\n$/, '')).not.toMatch(FORBIDDEN);
    }
  });
});

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
