/**
 * Scanned PDFs read by OCR (tesseract.js, offline). The slow part reads one small fixture,
 * `fixtures/scans/ha-lang-scan.pdf`: pages 1, 2 and 8 of the Hạ Lang plan printed, stamped and
 * scanned (made by fixtures/scans/make-scans.mjs) — page 1 upright and 1.2° crooked, page 2
 * upside down, page 8 (the closing) turned sideways, with a seal over the signature. Expected
 * values are the plan's own (fixtures/expected/ha-lang-2025-action-month, written by hand from
 * the text): a scan must read like the born-digital PDF.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareKey, extract, isPlanError, readDocument, textBlocks, type Message, type PlanDocument, type PlanExtraction, type TableBlock } from '@plan-extract/core';
import { readScannedPage, type OcrContext, type ScannablePage } from '../../../packages/core/src/read/pdf/ocr.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url));
const SCAN = fixture('scans/ha-lang-scan.pdf');
const DIGITAL = fixture('corpus/ha-lang-2025-action-month.pdf');
const expected = (field: string): unknown => JSON.parse(readFileSync(fixture(`expected/ha-lang-2025-action-month/${field}.json`), 'utf8'));
// Spans are left out of the expected files.
const withoutSpans = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (k, v: unknown) => (k === 'span' ? undefined : v)));

// Loaded machines are slow at OCR; the time budget is tested elsewhere.
const SLOW = { limits: { timeoutMs: 600_000 } };

describe('which pages are read by OCR', () => {
  // A page that fails the test if anything beyond what the mode needs is asked of it.
  const page = (ops: { fnArray: number[]; argsArray: unknown[] } | null): ScannablePage =>
    ({
      getViewport: () => ({ width: 595, height: 842 }),
      getOperatorList: async () => {
        if (!ops) throw new Error('operator list read');
        return ops;
      },
      render: () => {
        throw new Error('page rendered');
      },
    }) as unknown as ScannablePage;
  const context = (mode: OcrContext['mode'], create?: () => never): OcrContext => ({
    mode,
    dpi: 300,
    path: 'scan.pdf',
    signal: undefined,
    ops: { save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, paintImageXObject: 85, paintInlineImageXObject: 86, paintImageMaskXObject: 83, paintImageXObjectRepeat: 88 },
    canvasFactory: {
      create:
        create ??
        (() => {
          throw new Error('canvas made');
        }),
    },
    pages: [],
  });
  const TEXT = [{ str: 'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng' }];

  it('off: none; auto: a page with a text layer keeps it, a page without a picture over it is not a scan', async () => {
    expect(await readScannedPage(page(null), [], 1, context('off'))).toBeNull();
    expect(await readScannedPage(page(null), TEXT, 1, context('auto'))).toBeNull();
    expect(await readScannedPage(page({ fnArray: [], argsArray: [] }), [{ str: '2' }], 1, context('auto'))).toBeNull();
  });

  it('force reads a page with a text layer too; without @napi-rs/canvas that is one clear E_UNSUPPORTED', async () => {
    const missing = () => {
      throw new Error("Cannot find module '@napi-rs/canvas'");
    };
    const error: unknown = await readScannedPage(page(null), TEXT, 1, context('force', missing)).catch((e: unknown) => e);
    expect(isPlanError(error) && error.code).toBe('E_UNSUPPORTED');
    expect((error as Error).message).toBe("scan.pdf: OCR needs @napi-rs/canvas to draw the scanned pages, and it cannot be loaded (Cannot find module '@napi-rs/canvas') (E_UNSUPPORTED)");
  });

  it('with OCR off a scan has no text: E_NO_TEXT, saying so', async () => {
    const error: unknown = await readDocument(SCAN, { ocr: 'off' }).catch((e: unknown) => e);
    expect(isPlanError(error) && error.code).toBe('E_NO_TEXT');
    expect((error as Error).message).toContain('the PDF has no text layer (a scan?) and OCR is off');
  });
});

describe('a scanned plan, read by OCR', () => {
  let doc: PlanDocument;
  let messages: Message[];
  let plan: PlanExtraction;
  // Reading takes seconds a page (minutes on a loaded machine): once for every test below.
  beforeAll(async () => {
    ({ value: doc, messages } = await readDocument(SCAN, SLOW));
    plan = extract(doc).value;
  }, 900_000);

  it('records that it was OCR’d: each page with its confidence, how it was turned and levelled', () => {
    expect(doc.source.ocr).toBe(true);
    expect(plan.source.ocr).toBe(true);
    const pages = doc.source.ocrPages ?? [];
    expect(pages.map((p) => [p.page, p.rotation])).toEqual([[1, 0], [2, 180], [3, 270]]);
    // The fixture's skews: 1.2°, −0.7° and 0.4° (counter-clockwise positive).
    expect(pages.map((p) => Math.round(p.skew * 10) / 10)).toEqual([1.2, -0.7, 0.4]);
    for (const p of pages) {
      expect(p.confidence).toBeGreaterThan(85);
      expect(p.words).toBeGreaterThan(100);
    }
    expect(plan.source.ocrPages).toEqual(pages);
    expect(messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it('reads the header table, the date, the title, the citation, theme, period and slogans as from the PDF', () => {
    expect(withoutSpans(plan.issuer)).toEqual(expected('issuer'));
    // The italic "tháng" of the place-and-date line is read "thúng"; the date frame puts it right.
    expect(plan.issuedOn).toEqual(expected('issuedOn'));
    expect(plan.title).toEqual(expected('title'));
    expect(withoutSpans(plan.implements)).toEqual(expected('implements'));
    expect(withoutSpans(plan.theme)).toEqual(expected('theme'));
    expect(withoutSpans(plan.period)).toEqual(expected('period'));
    // Page 2 was upside down: its slogans read like the rest (on the comparison key: OCR reads a
    // "sáng;" as "sáng:" here, punctuation the key leaves out).
    expect(plan.slogans.map((s) => compareKey(s.text))).toEqual((expected('slogans') as { text: string }[]).map((s) => compareKey(s.text)));
  });

  it('reads the closing of the sideways page like the upright PDF: recipients, and the signer under the seal', () => {
    expect(plan.recipients.map((r) => compareKey(r.text))).toEqual((expected('recipients') as { text: string }[]).map((r) => compareKey(r.text)));
    expect(withoutSpans(plan.signer)).toEqual(expected('signer'));
  });

  it('lays the sideways page out as the born-digital one: the same closing paragraph and table', async () => {
    const { value: digital } = await readDocument(DIGITAL);
    // From the closing paragraph on (the page's first lines continue a paragraph of another page in each).
    const closing = (d: PlanDocument) => d.blocks.slice(d.blocks.findIndex((b) => b.type !== 'table' && b.text.startsWith('Trên đây')));
    const keys = (blocks: PlanDocument['blocks']) => [...textBlocks(blocks)].map((b) => compareKey(b.text));
    const scanned = closing(doc);
    const printed = closing(digital);
    expect(scanned.map((b) => [b.type, b.span.page])).toEqual(printed.map((b) => [b.type, 3]));
    expect(keys(scanned)).toEqual(keys(printed));
    const table = (blocks: PlanDocument['blocks']) => blocks.find((b): b is TableBlock => b.type === 'table');
    const cells = (t: TableBlock | undefined) => t?.rows.map((row) => row.map((cell) => cell.blocks.map((b) => compareKey(b.text))));
    expect(cells(table(scanned))).toEqual(cells(table(printed)));
  });

  it('finds the spans of words it read with low confidence, in the text', () => {
    for (const page of doc.source.ocrPages ?? []) {
      for (const span of page.lowConfidence) {
        expect(span.end).toBeGreaterThan(span.start);
        expect(doc.text.slice(span.start, span.end).trim()).not.toBe('');
      }
    }
  });
});
