/** The format comes from the bytes, never the name; refused inputs get the right code. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, sniffFormat } from '@plan-extract/core';
import { ROOT } from './helpers.js';
import { failure } from '../plan-error.js';

const PLAN = 'fixtures/corpus/ha-lang-2025-action-month';
const dir = mkdtempSync(join(tmpdir(), 'plan-sniff-'));
const misnamed = (from: string, name: string) => {
  const to = join(dir, name);
  copyFileSync(join(ROOT, from), to);
  return to;
};

describe('content sniffing', () => {
  it('reads a DOCX named .pdf as DOCX', async () => {
    const doc = (await readDocument(misnamed(`${PLAN}.docx`, 'really a docx.pdf'))).value;
    expect(doc.source.format).toBe('docx');
    expect(doc.text).toContain('Hạ Lang');
  });

  it('reads a PDF named .docx as PDF', async () => {
    const doc = (await readDocument(misnamed(`${PLAN}.pdf`, 'really a pdf.docx'))).value;
    expect(doc.source.format).toBe('pdf');
    expect(doc.text).toContain('Hạ Lang');
  });

  it('reads text named .pdf as text', async () => {
    expect((await readDocument(misnamed(`${PLAN}.txt`, 'really text.pdf'))).value.source.format).toBe('text');
  });

  it('refuses a PNG named .txt as unsupported, naming the file', async () => {
    const png = join(dir, 'scan.txt');
    writeFileSync(png, Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]));
    const error = await failure(readDocument(png));
    expect(error.code).toBe('E_UNSUPPORTED');
    expect(error.message).toBe(`${png}: a PNG image, not a plan document (PDF, DOCX or text) (E_UNSUPPORTED)`);
  });

  it('calls a password-protected DOCX (an OLE file with EncryptionInfo) encrypted, not a legacy .doc', async () => {
    const path = join(ROOT, 'fixtures/docx/encrypted.docx');
    expect(sniffFormat(new Uint8Array(readFileSync(path))).code).toBe('E_ENCRYPTED');
    const error = await failure(readDocument(path));
    expect(error.code).toBe('E_ENCRYPTED');
    expect(error.message).toMatch(/password/);
  });

  it('still calls a plain OLE file a legacy .doc', async () => {
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    doc.set(Buffer.from('WordDocument', 'utf16le'), 1024);
    const error = await failure(readDocument(doc, { path: 'old.doc' }));
    expect(error.code).toBe('E_UNSUPPORTED');
    expect(error.message).toMatch(/^old\.doc: a legacy Word \(\.doc\)/);
  });

  it('refuses a directory named like a file, and a missing file, with their codes', async () => {
    const folder = join(dir, 'plan.pdf');
    mkdirSync(folder);
    expect((await failure(readDocument(folder))).code).toBe('E_UNSUPPORTED');
    expect((await failure(readDocument(join(dir, 'nowhere.pdf')))).code).toBe('E_NOT_FOUND');
  });
});
