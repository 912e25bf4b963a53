/**
 * Locations people can follow: a finding's line and column in a text file as it is written (blank
 * lines counted, CRLF and BOM handled, hard-wrapped lines rejoined), the paragraph and page of a
 * DOCX, the page of a PDF, and the section around it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkFile, createLocator, createValidator, readDocument, textBlocks, type Finding, type PlanDocument } from '@plan-extract/core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const validator = await createValidator({}, { lang: 'en' });

const reference = (findings: Finding[]) => findings.find((f) => f.ruleId === 'references/malformed');
/** The characters at a 1-based line and column of a file's text (BOM dropped, any line break). */
const at = (source: string, line: number, column: number) => source.replace(/^\ufeff/, '').split(/\r\n?|\n/)[line - 1]?.slice(column - 1) ?? '';

describe('text files: lines and columns of the file as written', () => {
  it('places ha-lang’s malformed decree number on line 145 (blank lines count), where “Nghị định số 56/NĐ-CP” begins', async () => {
    const path = `${ROOT}fixtures/corpus/ha-lang-2025-action-month.txt`;
    const found = reference((await checkFile(path, { validator })).findings);
    expect(found).toMatchObject({ line: 145, column: 83, endLine: 145, section: 'V.8' });
    expect(at(readFileSync(path, 'utf8'), 145, 83)).toMatch(/^Nghị định số 56\/NĐ-CP ngày 09\/5\/2017/);
    expect(at(readFileSync(path, 'utf8'), found!.endLine!, found!.endColumn! - 9)).toMatch(/^09\/5\/2017/);
  });

  it('gives the same line and column for the CRLF copy, and counts no BOM', async () => {
    const crlf = reference((await checkFile(`${ROOT}fixtures/encodings/ha-lang.crlf.txt`, { validator })).findings);
    expect(crlf).toMatchObject({ line: 145, column: 83 });
    const withBom = `${ROOT}fixtures/encodings/bac-kan.utf8-bom.txt`;
    const doc = (await readDocument(withBom)).value;
    const source = readFileSync(withBom, 'utf8');
    expect(source.charCodeAt(0)).toBe(0xfeff);
    const first = [...textBlocks(doc.blocks)][0]!;
    expect(first.origin).toMatchObject({ line: expect.any(Number), column: 1 });
    expect(at(source, first.origin!.line!, 1).trimStart().startsWith(first.text.slice(0, 10))).toBe(true);
  });

  it('points every block of a hard-wrapped, NFD, footer-ridden text at the line its words start on', async () => {
    // chi-lang: pulled out of a PDF (lines wrapped at ~80 columns, a blank line after each, URL footers), decomposed tone marks.
    const path = `${ROOT}fixtures/corpus/chi-lang-2025-annual.txt`;
    const source = readFileSync(path, 'utf8');
    const doc = (await readDocument(path)).value;
    const locator = createLocator(doc);
    for (const block of textBlocks(doc.blocks)) {
      const { line, column } = locator.locate(block.span);
      const firstWord = block.text.split(' ')[0]!;
      expect(at(source, line!, column!).normalize('NFC').startsWith(firstWord), `${block.text.slice(0, 40)} at ${line}:${column}`).toBe(true);
      // The last word is found where the span ends, possibly lines further down.
      const end = locator.locate({ start: block.span.end - 1, end: block.span.end });
      const lastChar = block.text.at(-1)!;
      expect(at(source, end.line!, end.column!).normalize('NFC').startsWith(lastChar) || lastChar.normalize('NFD') !== lastChar, block.text.slice(-30)).toBe(true);
    }
  });

  it('maps any offset back to its character, whatever spaces, tabs, emphasis, blank lines and line breaks the file has', async () => {
    const word = fc.stringMatching(/^[a-zđêôư0-9]{1,8}$/);
    const gap = fc.constantFrom(' ', '  ', '\t', '\u00a0', ' \u2009 ');
    const line = fc.tuple(fc.constantFrom('', ' ', '\t'), fc.array(fc.tuple(word, gap), { minLength: 1, maxLength: 6 }), fc.boolean())
      .map(([indent, words, emphasis]) => {
        const body = words.map(([w, g]) => w + g).join('').trimEnd();
        return indent + (emphasis ? `**${body}**` : body);
      });
    const breaks = fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n\r\n');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(line, breaks), { minLength: 1, maxLength: 12 }), fc.boolean(), async (lines, bom) => {
        const text = (bom ? '\ufeff' : '') + lines.map(([l, b]) => l + b).join('');
        const doc = (await readDocument(new TextEncoder().encode(text))).value;
        const locator = createLocator(doc);
        for (let offset = 0; offset < doc.text.length; offset++) {
          const ch = doc.text[offset]!;
          if (ch === ' ' || ch === '\n') continue;
          const { line: l, column: c } = locator.locate({ start: offset, end: offset + 1 });
          expect(at(text, l!, c!)[0], `offset ${offset} of ${JSON.stringify(doc.text)} in ${JSON.stringify(text)}`).toBe(ch);
        }
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});

describe('DOCX: paragraph numbers and Word’s pages', () => {
  const p = (text: string, extra = '') => `<w:p><w:r>${extra}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const docx = (body: string) =>
    zipSync({ 'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`) });

  it('numbers paragraphs as Word has them, empty ones and table cells included, and gives the page Word last laid out', async () => {
    const body = [
      p('KẾ HOẠCH'), // 1
      '<w:p/>', // 2 (empty: not in the text, still counted)
      `<w:tbl><w:tr><w:tc>${p('Ô một')}</w:tc><w:tc>${p('Ô hai')}</w:tc></w:tr></w:tbl>`, // 3, 4
      p('I. MỤC ĐÍCH'), // 5
      p('1. Trang sau', '<w:lastRenderedPageBreak/>'), // 6, on page 2
      p('Nghị định số 56/NĐ-CP ngày 09/5/2017'), // 7
    ].join('');
    const doc = (await readDocument(docx(body))).value;
    const blocks = [...textBlocks(doc.blocks)];
    expect(blocks.map((b) => [b.text, b.origin?.paragraph, b.origin?.page])).toEqual([
      ['KẾ HOẠCH', 1, 1], ['Ô một', 3, 1], ['Ô hai', 4, 1], ['I. MỤC ĐÍCH', 5, 1], ['1. Trang sau', 6, 1], ['Nghị định số 56/NĐ-CP ngày 09/5/2017', 7, 2],
    ]);
    const decree = doc.text.indexOf('56/NĐ-CP');
    expect(createLocator(doc).locate({ start: decree, end: decree + 8 })).toEqual({ paragraph: 7, page: 2, section: 'I.1' });
  });

  it('gives no page when the file does not record Word’s layout (LibreOffice, generators)', async () => {
    const doc = (await readDocument(docx(p('KẾ HOẠCH') + p('Một')))).value;
    expect([...textBlocks(doc.blocks)].map((b) => b.origin)).toEqual([{ paragraph: 1 }, { paragraph: 2 }]);
    expect(createLocator(doc).locate({ start: 0, end: 2 })).toEqual({ paragraph: 1 });
  });

  it('places a corpus DOCX finding by paragraph and section, with no line', async () => {
    const found = reference((await checkFile(`${ROOT}fixtures/corpus/ha-lang-2025-action-month.docx`, { validator })).findings);
    expect(found).toMatchObject({ section: 'V.8', paragraph: expect.any(Number) });
    expect(found?.line).toBeUndefined();
  });
});

describe('PDF: pages', () => {
  it('places a finding on its page and in its section, with no line', async () => {
    const found = reference((await checkFile(`${ROOT}fixtures/corpus/ha-lang-2025-action-month.pdf`, { validator })).findings);
    expect(found).toMatchObject({ page: 7, section: 'V.8' });
    expect(found?.line).toBeUndefined();
    expect(found?.paragraph).toBeUndefined();
  });
});

describe('documents built by hand', () => {
  it('locate without a source map or origins: section only', () => {
    const doc: PlanDocument = {
      type: 'document',
      source: { path: null, format: 'text', pages: null, sha256: '', bytes: 0, encoding: null },
      text: 'I. MỤC ĐÍCH\nNội dung',
      blocks: [
        { type: 'heading', text: 'I. MỤC ĐÍCH', marker: 'I.', span: { start: 0, end: 11, page: null } },
        { type: 'paragraph', text: 'Nội dung', marker: null, span: { start: 12, end: 20, page: null } },
      ],
      furniture: [],
      pageStarts: [],
    };
    expect(createLocator(doc).locate({ start: 12, end: 20 })).toEqual({ section: 'I' });
  });
});
