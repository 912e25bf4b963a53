/** Shared by the robustness tests: fixed seeds, bounded runs, and the properties every input must keep. */
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
import { HELVETICA, pdfOf, streamOf } from '../../fixtures/hostile/pdf.mjs';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { extract, isPlanError, readDocument, type PlanExtraction, type ReadInput, type ReadOptions } from '@plan-extract/core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** fflate lives in core's dependencies, not the root's. */
const requireFromCore = createRequire(join(ROOT, 'packages/core/package.json'));
export const fflate = requireFromCore('fflate') as typeof import('../../packages/core/node_modules/fflate/lib/index.js');

/** Fixed seed in CI; `FUZZ_SEED=<n>` explores elsewhere. */
export const SEED = Number(process.env['FUZZ_SEED'] ?? 20251125);
/** The CI run count of a property, or `FUZZ_RUNS=<n>` when that is larger (long runs by hand). */
export const runs = (ci: number) => Math.max(ci, Number(process.env['FUZZ_RUNS'] ?? 0) || 0);

/** Every corpus fixture, as bytes. */
export function corpus(ext: 'txt' | 'docx' | 'pdf'): Array<{ name: string; bytes: Uint8Array }> {
  const dir = join(ROOT, 'fixtures/corpus');
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${ext}`))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
}

/** A tight budget: a fuzzed input is small, so anything slower is a hang. */
export const FUZZ_LIMITS = { timeoutMs: 20_000 } as const;

export type Outcome = { ok: true; json: string; extraction: PlanExtraction } | { ok: false; code: string; message: string };

/**
 * Read and extract; the only failure allowed to escape is a `PlanError` with a one-line message
 * naming the file. Anything else fails the property (and fast-check shrinks the input).
 */
export async function readAndExtract(input: ReadInput, options: ReadOptions = {}): Promise<Outcome> {
  try {
    const read = await readDocument(input, { limits: FUZZ_LIMITS, ...options });
    const extraction = extract(read.value).value;
    return { ok: true, json: JSON.stringify(extraction), extraction };
  } catch (error) {
    if (!isPlanError(error)) throw error;
    expect(error.message).not.toMatch(/\n/);
    expect(error.message.startsWith(`${options.path ?? '<input>'}: `)).toBe(true);
    return { ok: false, code: error.code, message: error.message };
  }
}

/** The same input twice gives JSON-equal output (or the same error). */
export async function expectDeterministic(input: () => ReadInput, options: ReadOptions = {}): Promise<Outcome> {
  const first = await readAndExtract(input(), options);
  const second = await readAndExtract(input(), options);
  if (first.ok && second.ok) expect(second.json).toBe(first.json);
  else expect(second).toEqual(first);
  return first;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Every span lies inside `text`, and a value with its own `text` reads the same as its span
 * (up to whitespace: values read the line breaks inside them as spaces, by design).
 */
export function expectSpansInside(extraction: PlanExtraction): void {
  const { text } = extraction;
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    const span = record['span'] as { start: number; end: number } | null | undefined;
    if (span) {
      const where = `${path}.span ${JSON.stringify(span)} in a text of ${text.length}`;
      expect(Number.isInteger(span.start) && Number.isInteger(span.end), where).toBe(true);
      expect(0 <= span.start && span.start <= span.end && span.end <= text.length, where).toBe(true);
      if (typeof record['text'] === 'string' && path !== '') {
        expect(squash(text.slice(span.start, span.end)), `${path}.text`).toBe(squash(record['text']));
      }
    }
    for (const [key, v] of Object.entries(record)) if (!(path === '' && key === 'text')) visit(v, `${path}.${key}`);
  };
  visit(extraction, '');
}

/** A legal DOCX that is slow to read and check: `megabytes` MB of numbered paragraphs (about 1/15 of that zipped). */
export function slowDocx(megabytes: number): Uint8Array {
  const paragraphs: string[] = [];
  for (let i = 0, size = 0; size < megabytes * 1024 * 1024; i++) {
    const p = `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">${i}. Ủy ban nhân dân xã tổ chức tuyên truyền ngày ${1 + (i % 28)}/${1 + (i % 12)}/2025 đạt ${i % 100}% kế hoạch số ${i}/KH-UBND</w:t></w:r></w:p>`;
    paragraphs.push(p);
    size += p.length;
  }
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`;
  const plan = fflate.unzipSync(new Uint8Array(readFileSync(join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.docx'))));
  return fflate.zipSync({ ...plan, 'word/document.xml': fflate.strToU8(xml) }, { level: 6 });
}

/**
 * A legal plan text of `items` numbered duties with deadlines: about 115 characters each, so 20 000
 * stay well under the 5-million-character limit and take about a second to extract (linear).
 */
export function largePlanText(items = 20_000): string {
  const lines = ['KẾ HOẠCH', 'Tổ chức tuyên truyền', 'I. NHIỆM VỤ'];
  for (let i = 0; i < items; i++) lines.push(`${i + 1}. Sở Văn hóa chủ trì, phối hợp Sở Y tế tổ chức tuyên truyền, hoàn thành trước ngày ${1 + (i % 28)}/${1 + (i % 12)}/2025.`);
  return lines.join('\n');
}

const stream = (data: Buffer, dict = '') => streamOf(data, dict, { deflated: true });

/** A tiny PDF whose one page draws a text form `times` times: pdf.js returns the form's 900 characters each time. */
export function formBombPdf(times: number): Uint8Array {
  const form = `BT /F1 12 Tf 72 700 Td (${'Ke hoach to chuc tuyen truyen '.repeat(30)}) Tj ET`;
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Fm 4 0 R >> /Font << /F1 6 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Length ${form.length} >>\nstream\n${form}\nendstream`,
    stream(deflateSync(Buffer.from('q /Fm Do Q\n'.repeat(times)))),
    HELVETICA,
  ]);
}

/**
 * A small, legal PDF that is slow to read: `pages` pages sharing one content stream of a line of text
 * and `strokes` line drawings (a vector annex). pdf.js parses every operation to find the text, about
 * 0.8 s per million here, while the text stays tiny, so no size or character limit stops it: only the
 * time budget does. 500 × 50 000 strokes take about 20 s, in a file of 2 KB.
 */
export function slowPdf(pages = 500, strokes = 50_000): Uint8Array {
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>';
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    stream(deflateSync(Buffer.from(`BT /F1 12 Tf 72 700 Td (KE HOACH) Tj ET\n${'0 0 m 10 10 l S\n'.repeat(strokes)}`))),
    HELVETICA,
    ...Array.from({ length: pages }, () => page),
  ]);
}
