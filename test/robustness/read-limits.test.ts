/** Limits and warnings of `readDocument` on inputs that are legal but hostile or incomplete. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, isPlanError, readDocument } from '@plan-extract/core';
import { fflate, formBombPdf, ROOT, slowDocx } from './helpers.js';

const pdf = new Uint8Array(readFileSync(join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.pdf')));

async function code(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (isPlanError(error)) return error.code;
    throw error;
  }
}

describe('readDocument limits', () => {
  it('applies maxBytes to a string too, not only to files and bytes', async () => {
    expect(await code(readDocument({ text: 'Kế hoạch '.repeat(200) }, { limits: { maxBytes: 1000 } }))).toBe('E_TOO_LARGE');
    expect(await code(readDocument({ text: 'Kế hoạch '.repeat(50) }, { limits: { maxBytes: 1000 } }))).toBe('ok');
  });

  it('refuses a document with more text than maxChars (memory grows with the text, not the file)', async () => {
    const text = 'Kế hoạch tổ chức tuyên truyền.\n'.repeat(1000);
    expect(await code(readDocument({ text }, { limits: { maxChars: 40_000 } }))).toBe('ok'); // 31 000 characters less the last newline
    const error = await readDocument({ text }, { path: 'long.txt', limits: { maxChars: 20_000 } }).catch((e: unknown) => e);
    expect(String(error)).toBe('PlanError: long.txt: the document has more than 20000 characters of text (E_TOO_LARGE)');
    // A text file four times over is refused before it is decoded; a DOCX as its paragraphs are read.
    expect(String(await readDocument({ text }, { limits: { maxChars: 5000 } }).catch((e: unknown) => e))).toMatch(/at least \d+ characters/);
    expect(await code(readDocument(slowDocx(1), { limits: { maxChars: 100_000 } }))).toBe('E_TOO_LARGE');
  });

  // Found by hand: 100 000 draws of one text form (a 4 KB file) cost 24 s and 700 MB before the
  // text was counted; the count now runs while pdf.js streams the page's text.
  it('stops reading a PDF page once its text is over the character budget', async () => {
    const bomb = formBombPdf(2000); // its page gives pdf.js about 190 000 characters
    const error = await readDocument(bomb, { path: 'forms.pdf', limits: { maxChars: 50_000 } }).catch((e: unknown) => e);
    expect(String(error)).toBe('PlanError: forms.pdf: the document has more than 50000 characters of text (E_TOO_LARGE)');
    // Stopping must not leave pdf.js to fail later (cancelling its stream did: an uncaught error vitest would report).
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await code(readDocument(formBombPdf(20), { limits: { maxChars: 100_000 } }))).toBe('ok');
  });

  // The XML tree costs about 16 bytes per byte (30 MB of document.xml peaked at 550 MB); the
  // 200 MiB zip budget alone let a DOCX of 190 MB XML through to a multi-gigabyte parse.
  it('refuses a DOCX part over 32 MiB of XML before inflating it', async () => {
    const error = await readDocument(slowDocx(34), { path: 'huge.docx', limits: { timeoutMs: 60_000 } }).catch((e: unknown) => e);
    expect(String(error)).toMatch(/^PlanError: huge\.docx: ZIP entry word\/document\.xml is \d+ bytes once inflated, over the 33554432 bytes left for one part \(a zip bomb\?\) \(E_TOO_LARGE\)$/);
  });

  it('times a slow read out with E_TIMEOUT, naming the file', async () => {
    const error = await readDocument(pdf, { path: 'slow.pdf', limits: { timeoutMs: 1 } }).catch((e: unknown) => e);
    expect(isPlanError(error) && error.code).toBe('E_TIMEOUT');
    expect(String((error as Error).message)).toBe('slow.pdf: reading took longer than 1 ms (E_TIMEOUT)');
  });

  // Reading a DOCX or text is synchronous: the timer cannot fire until it is done, so the
  // elapsed time is checked after it. Before that check a 2 MB document.xml passed a 50 ms budget.
  it('times out synchronous reading too (DOCX), and reading plus extraction in extractFile', async () => {
    const docx = slowDocx(2);
    const error = await readDocument(docx, { path: 'slow.docx', limits: { timeoutMs: 50 } }).catch((e: unknown) => e);
    expect(isPlanError(error) && error.code, String(error)).toBe('E_TIMEOUT');
    expect(await code(readDocument(docx, { path: 'slow.docx' }))).toBe('ok');
    const text = readFileSync(join(ROOT, 'fixtures/corpus/chi-lang-2025-annual.txt'), 'utf8').repeat(40);
    const late = await extractFile({ text }, { path: 'long.txt', limits: { timeoutMs: 20 } }).catch((e: unknown) => e);
    expect(isPlanError(late) && late.code, String(late)).toBe('E_TIMEOUT');
  });

  it('warns when a PDF cut short is still read (pdf.js rebuilds it silently)', async () => {
    const whole = await readDocument(pdf, { path: 'whole.pdf' });
    expect(whole.messages.map((m) => m.ruleId)).not.toContain('read/pdf-truncated');
    const cut = await readDocument(pdf.slice(0, pdf.length - 8), { path: 'cut.pdf' });
    expect(cut.value.text).toBe(whole.value.text);
    expect(cut.messages.find((m) => m.ruleId === 'read/pdf-truncated')).toMatchObject({ severity: 'warning', field: 'document' });
  });
});

describe('hostile nesting', () => {
  const entries = fflate.unzipSync(new Uint8Array(readFileSync(join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.docx'))));
  const nested = (depth: number) => {
    const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>Kế hoạch</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}</w:body></w:document>`;
    return fflate.zipSync({ ...entries, 'word/document.xml': fflate.strToU8(xml) });
  };

  // Found by hand while fuzzing: 100 000 nested content controls overflowed the call stack (a RangeError escaped).
  it('refuses XML nested 100 000 deep as corrupt instead of overflowing the stack', async () => {
    const error = await readDocument(nested(100_000), { path: 'deep.docx' }).catch((e: unknown) => e);
    expect(isPlanError(error) && error.code).toBe('E_CORRUPT');
    expect(String((error as Error).message)).toMatch(/^deep\.docx: .*nested more than 512 deep/);
  });

  it('still reads content controls nested 250 deep', async () => {
    expect((await readDocument(nested(250), { path: 'nested.docx' })).value.text).toContain('Kế hoạch');
  });
});

describe('hostile numbering', () => {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const entries = fflate.unzipSync(new Uint8Array(readFileSync(join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.docx'))));
  const lettered = (start: number, levelText = '%1)', count = 60) => {
    const numbering = `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="${levelText}"/></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;
    const items = Array.from({ length: count }, (_, i) => `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr><w:r><w:t>Việc ${i}</w:t></w:r></w:p>`).join('');
    const rels = new TextDecoder().decode(entries['word/_rels/document.xml.rels']);
    return fflate.zipSync({
      ...entries,
      'word/document.xml': fflate.strToU8(`<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p>${items}</w:body></w:document>`),
      'word/numbering.xml': fflate.strToU8(numbering),
      'word/_rels/document.xml.rels': fflate.strToU8(rels.includes('numbering.xml') ? rels : rels.replace('</Relationships>', '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>')),
    });
  };

  // Found by hand: a 6 KB DOCX with w:start 2 000 000 000 on an a), b), c) list made 77-million-letter
  // markers; the process grew to 4 GB and died (V8 out of memory: no error to catch).
  it('prints a forged huge letter number as digits instead of millions of letters', async () => {
    const doc = (await readDocument(lettered(10_400_000), { path: 'letters.docx' })).value;
    expect(doc.text).toContain('10400000) Việc 0');
    expect(doc.text.length).toBeLessThan(5000);
  });

  it('still letters ordinary lists past z as Word does (aa, bb)', async () => {
    const doc = (await readDocument(lettered(26), { path: 'letters.docx' })).value;
    expect(doc.text).toContain('z) Việc 0');
    expect(doc.text).toContain('aa) Việc 1');
  });

  // Found by hand: a 60 KB DOCX whose level text was 50 000 letters, on 20 000 numbered paragraphs,
  // ran 74 s, grew to 2.7 GB and ended in a RangeError (Invalid string length) instead of a PlanError.
  it('keeps a forged 50 000-character level text to 64 characters', async () => {
    const doc = (await readDocument(lettered(1, 'x'.repeat(50_000), 2000), { path: 'level-text.docx' })).value;
    expect(doc.text).toContain(`${'x'.repeat(64)} Việc 0`);
    expect(doc.text).not.toContain('x'.repeat(65));
  });
});
