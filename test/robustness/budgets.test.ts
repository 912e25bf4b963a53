/**
 * One budget for every document (`read/budget.ts`), in the library: what is read from the file
 * system, what PDF streams and DOCX parts inflate to, XML nodes, characters, list markers; and the
 * inputs that used to get the wrong code or the wrong text (duplicate parts, mc:AlternateContent,
 * a pasted legacy line, a damaged PDF, a text that mentions %PDF-). Generators: fixtures/hostile/cases.mjs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, isPlanError, pathForDisplay, readDocument, type ReadInput, type ReadOptions } from '@plan-extract/core';
import { alternateContent, corpus, damagedPdf, deflatedSpaces, duplicatePart, emptyElements, letterCounter, strayLine, strayRejection } from '../../fixtures/hostile/cases.mjs';
import { HELVETICA, pdfOf, streamOf, textLines } from '../../fixtures/hostile/pdf.mjs';
import { ROOT } from './helpers.js';

async function failure(input: ReadInput, options: ReadOptions = {}): Promise<{ code: string; message: string }> {
  try {
    await readDocument(input, options);
  } catch (error) {
    if (isPlanError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('read without error');
}

const dir = mkdtempSync(join(tmpdir(), 'plan-budgets-'));

describe('the file system', () => {
  it('refuses a FIFO without waiting for a writer', async () => {
    const fifo = join(dir, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await failure(fifo)).toEqual({ code: 'E_UNSUPPORTED', message: `${fifo}: it is a named pipe (FIFO), not a file (E_UNSUPPORTED)` });
  });

  // A device reports size 0 and then reads forever: `extract /dev/zero --max-bytes 1M` grew past 12 GB.
  it('refuses a device, and a link to one, naming what the link points to', async () => {
    expect(await failure('/dev/zero', { limits: { maxBytes: 1024 * 1024 } })).toEqual({ code: 'E_UNSUPPORTED', message: '/dev/zero: it is a character device, not a file (E_UNSUPPORTED)' });
    const link = join(dir, 'zero.pdf');
    symlinkSync('/dev/zero', link);
    expect((await failure(link)).message).toBe(`${link}: it links to /dev/zero, which is a character device, not a file (E_UNSUPPORTED)`);
  });

  it('follows a link to a plan, and says where a broken or looping link leads', async () => {
    const plan = join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.txt');
    const good = join(dir, 'good.txt');
    symlinkSync(plan, good);
    expect((await readDocument(good)).value.text).toContain('KẾ HOẠCH');
    const broken = join(dir, 'broken.txt');
    symlinkSync(join(dir, 'nowhere.txt'), broken);
    expect(await failure(broken)).toEqual({ code: 'E_NOT_FOUND', message: `${broken}: it links to ${join(dir, 'nowhere.txt')}, which does not exist (E_NOT_FOUND)` });
    const loop = join(dir, 'loop.txt');
    symlinkSync(loop, loop);
    expect(await failure(loop)).toMatchObject({ code: 'E_NOT_FOUND', message: expect.stringMatching(/a loop of symbolic links/) });
  });

  it('refuses a directory', async () => {
    expect(await failure(dir)).toEqual({ code: 'E_UNSUPPORTED', message: `${dir}: it is a folder, not a file (E_UNSUPPORTED)` });
  });

  it('reads a file whose name is not UTF-8, and names it by its bytes', async () => {
    const name = Buffer.concat([Buffer.from(join(dir, 'k')), Buffer.from([0xe1, 0x20, 0x68, 0xb9, 0x63, 0x68]), Buffer.from('.txt')]);
    writeFileSync(name, corpus('ha-lang-2025-action-month.txt'));
    expect(pathForDisplay(name)).toBe(`${join(dir, 'k')}\\xe1 h\\xb9ch.txt`);
    const doc = (await readDocument({ file: name })).value;
    expect(doc.source.path).toBe(`${join(dir, 'k')}\\xe1 h\\xb9ch.txt`);
    expect(doc.text).toContain('KẾ HOẠCH');
    expect(pathForDisplay(Buffer.from('Kế hoạch.pdf'))).toBe('Kế hoạch.pdf');
  });

  it('never reads more than the limit, whatever size the file claims', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, 'Kế hoạch '.repeat(1000));
    expect(await failure(big, { limits: { maxBytes: 100 } })).toMatchObject({ code: 'E_TOO_LARGE' });
  });
});

describe('PDF streams', () => {
  const pdfWithStream = async (bytes: number) =>
    pdfOf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      HELVETICA,
      streamOf(Buffer.concat([Buffer.from(textLines(['KE HOACH'])), Buffer.alloc(0)])),
      streamOf(await deflatedSpaces(bytes), '', { deflated: true }),
    ]);

  // A 1 MB PDF whose content inflated to 1 GiB of spaces peaked at 2.2 GB inside pdf.js.
  it('refuses a stream that inflates past the part limit before pdf.js decodes it', async () => {
    const pdf = await pdfWithStream(8 * 1024 * 1024);
    expect(await failure(pdf, { path: 'spaces.pdf', limits: { maxPartBytes: 4 * 1024 * 1024 } })).toEqual({
      code: 'E_TOO_LARGE',
      message: 'spaces.pdf: the PDF stream of object 6 inflates to more than 4194304 bytes, the limit for one part (a zip bomb?) (E_TOO_LARGE)',
    });
    expect(await failure(pdf, { path: 'spaces.pdf', limits: { maxInflatedBytes: 2 * 1024 * 1024 } })).toMatchObject({ code: 'E_TOO_LARGE', message: expect.stringMatching(/the document inflates to more than 2097152 bytes/) });
    expect((await readDocument(pdf)).value.text).toBe('KE HOACH');
    // Lifted limits lift the check.
    expect((await readDocument(pdf, { limits: { maxPartBytes: Infinity, maxInflatedBytes: Infinity } })).value.text).toBe('KE HOACH');
  });

  // pdf.js prefetches page objects and never awaits those after one that fails: its rejection,
  // unhandled, ended the host process. A host with no listener of its own (a child process here:
  // this one has vitest's) must live on. Runs the built package.
  it('keeps pdf.js from ending the process with a rejection it leaves unhandled', () => {
    const file = join(dir, 'stray.pdf');
    writeFileSync(file, strayRejection());
    const script = `const { readDocument } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'packages/core/dist/index.js')).href)});
      try { await readDocument(${JSON.stringify(file)}); } catch (error) { console.log(error.code); }
      await new Promise((resolve) => setTimeout(resolve, 1500));
      console.log('alive', process.listenerCount('unhandledRejection'));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(output).toBe('E_CORRUPT\nalive 0\n');
  });

  // pdf.js skips what it cannot parse and says nothing: a damaged page read as E_NO_TEXT "(a scan?)".
  it('calls a PDF whose pages cannot be read damaged, not a scan', async () => {
    expect(await failure(damagedPdf(), { path: 'damaged.pdf' })).toMatchObject({ code: 'E_CORRUPT', message: expect.stringMatching(/^damaged\.pdf: the PDF is damaged: no page could be read/) });
    expect(await failure(new Uint8Array(corpus('../broken/scan.pdf')), { path: 'scan.pdf' })).toMatchObject({ code: 'E_NO_TEXT' });
  });
});

describe('DOCX', () => {
  // An 11 MB DOCX of empty elements peaked at 1.7 GB: the tree costs memory per node.
  it('stops parsing at the XML node budget', async () => {
    const docx = emptyElements(2);
    expect(await failure(docx, { path: 'empty.docx', limits: { maxXmlNodes: 100_000 } })).toEqual({
      code: 'E_TOO_LARGE',
      message: 'empty.docx: the document has more than 100000 XML nodes (elements, attributes, runs of text) (E_TOO_LARGE)',
    });
  });

  // A letter counter at 32 767 repeated 32 times in the level text: 40 000-letter markers, 289 s, 3.1 GB, a crash.
  it('cuts list markers at 64 characters and counts text while reading', async () => {
    const small = await readDocument(letterCounter(20), { path: 'letters.docx', lang: 'en' });
    // Word's 32 767th letter is "g" printed 1 261 times (the letter repeated, not base 26); past
    // 32 767 the counter is printed in digits.
    const markers = small.value.text.split('\n').slice(1);
    expect(markers).toEqual(['g'.repeat(64), ...Array.from({ length: 19 }, (_, i) => String(32768 + i).repeat(13).slice(0, 64))]);
    expect(small.messages).toContainEqual(expect.objectContaining({ ruleId: 'read/docx-numbering', message: 'a list marker is longer than 64 characters; it is cut there' }));
    expect(await failure(letterCounter(2000), { path: 'letters.docx', limits: { maxChars: 100_000 } })).toEqual({
      code: 'E_TOO_LARGE',
      message: 'letters.docx: the document has more than 100000 characters of text (E_TOO_LARGE)',
    });
  });

  it('reads the last of two document.xml entries, as Word and LibreOffice do, with a warning', async () => {
    const { value, messages } = await readDocument(duplicatePart(), { path: 'twice.docx' });
    expect(value.text).toContain('Văn bản Word hiển thị.');
    expect(value.text).not.toContain('không ai nhìn thấy');
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'read/docx-duplicate-part', severity: 'warning' }));
  });

  it('reads mc:Choice when its namespaces are understood, else mc:Fallback', async () => {
    const { value } = await readDocument(alternateContent(), { path: 'alternate.docx' });
    expect(value.text).toContain('Nội dung Word hiển thị.');
    expect(value.text).not.toContain('Nội dung dự phòng');
    expect(value.text).toContain('Nội dung thay thế được hiển thị.');
    expect(value.text).not.toContain('phần mở rộng lạ');
  });
});

describe('text encodings', () => {
  // One line pasted from a TCVN3 file made the whole UTF-8 plan TCVN3: every other letter garbled.
  it('repairs a UTF-8 plan with one legacy line line by line, with a warning', async () => {
    const { value, messages } = await readDocument(strayLine(), { path: 'mixed.txt', lang: 'en' });
    expect(value.source.encoding).toBe(null);
    expect(value.text).toContain('Triển khai Tháng hành động vì trẻ em năm 2025');
    expect(value.text.split('\n').filter((line) => line === '1. Mục đích')).toHaveLength(2);
    expect(messages).toContainEqual(
      expect.objectContaining({ ruleId: 'read/mixed-encoding', severity: 'warning', message: 'the file is UTF-8 except line 13, in TCVN3 (ABC, .VnTime fonts); converted to Unicode line by line' }),
    );
  });

  it('still reads a whole TCVN3 file as TCVN3', async () => {
    const { value } = await readDocument(join(ROOT, 'fixtures/encodings/ha-lang.tcvn3.txt'));
    expect(value.source.encoding).toBe('tcvn3');
    expect(value.text).toContain('KẾ HOẠCH');
  });
});

describe('the time budget, cooperatively', () => {
  it('stops a slow DOCX read inside the XML parse, not after it', async () => {
    const docx = emptyElements(8);
    const started = performance.now();
    expect(await failure(docx, { path: 'slow.docx', limits: { timeoutMs: 50 } })).toMatchObject({ code: 'E_TIMEOUT' });
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('applies one deadline to reading and extraction together', async () => {
    const error = await extractFile(join(ROOT, 'fixtures/corpus/chi-lang-2025-annual.txt'), { limits: { timeoutMs: 0.5 } }).catch((e: unknown) => e);
    expect(isPlanError(error) && error.code).toBe('E_TIMEOUT');
  });
});
