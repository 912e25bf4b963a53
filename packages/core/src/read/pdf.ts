/**
 * PDF reader: pdf.js's text layer (no fonts, no network), lines rebuilt from positions, then
 * running headers/footers set apart, two-column regions kept as tables and hard-wrapped lines
 * joined into paragraphs (`./pdf/layout.ts`). Scanned pages are read by OCR into the same kind
 * of text items first (`./pdf/ocr.ts`), so they take the same path.
 */
import { PlanError } from '../errors.js';
import type { Message } from '../model.js';
import { fixMojibake } from '../normalize/legacy.js';
import { resolveLimits, type ReadOptions } from './options.js';
import { buildLines, finishLineText, toFragment, type Fragment, type Line, type TextItemLike } from './pdf/lines.js';
import { keepingBuiltins } from './pdf/builtins.js';
import { layoutBlocks, takeFurniture, type PageLines } from './pdf/layout.js';
import { readScannedPage, type OcrContext } from './pdf/ocr.js';
import { PDFJS_DOCUMENT_OPTIONS } from './pdf/pdfjs-options.js';
import type { RawDocument } from './raw.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | null = null;

/**
 * pdf.js, loaded once on first use (≈ 0.2 s) and shared by every later call. Its "worker" module
 * is loaded here too, not by pdf.js on the first document: it is what runs in this thread as the
 * fake worker (same URL, so pdf.js gets this instance), and it also replaces built-ins on load,
 * which `keepingBuiltins` then puts back (see there).
 */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= keepingBuiltins(async () => {
    const [lib] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    return lib;
  }).then(
    ({ value }) => value,
    (error: unknown) => {
      pdfjs = null;
      throw error;
    },
  );
  return pdfjs;
}

/** What `readDocument` lends a PDF read beyond the options: more time for each page read by OCR. */
export interface ReadPdfHooks {
  extendTimeout?: (ms: number) => void;
}

/** Read a PDF's text layer (or OCR of its scanned pages) into raw blocks: paragraphs with their start page, two-column regions as tables. */
export async function readPdf(bytes: Uint8Array, options: ReadOptions, hooks: ReadPdfHooks = {}): Promise<RawDocument> {
  const path = options.path ?? null;
  const limits = resolveLimits(options.limits);
  const lib = await loadPdfJs();
  let task: ReturnType<PdfJs['getDocument']> | null = null;
  try {
    task = lib.getDocument({
      // pdf.js transfers (detaches) the buffer it is given; the caller still owns `bytes`.
      data: bytes.slice(),
      ...PDFJS_DOCUMENT_OPTIONS,
    });
    const doc = await task.promise;
    if (doc.numPages > limits.maxPages) {
      throw new PlanError('E_TOO_LARGE', `the PDF has ${doc.numPages} pages, over the limit of ${limits.maxPages}`, path);
    }
    const messages: Message[] = [];
    const pages: PageLines[] = [];
    // Counted on pdf.js's raw items, before the layout drops overprinted duplicates: a bound, not the final length.
    const budget = { chars: limits.maxChars, limit: limits.maxChars };
    let encoding: string | null = null;
    const ocr: OcrContext = {
      mode: options.ocr ?? 'auto',
      dpi: options.ocrDpi ?? null,
      path,
      signal: options.signal,
      ops: lib.OPS,
      canvasFactory: doc.canvasFactory as OcrContext['canvasFactory'],
      onPage: (page) => {
        hooks.extendTimeout?.(limits.timeoutMs);
        options.onProgress?.({ stage: 'ocr', page, pages: doc.numPages });
      },
      pages: [],
    };
    for (let n = 1; n <= doc.numPages; n++) {
      // Out of time (or cancelled): stop here; `finally` frees pdf.js's document.
      options.signal?.throwIfAborted();
      const page = await doc.getPage(n);
      // pdf.js's own normalization is NFKC-like: it turns TCVN3's "µ" (à) into Greek "μ" before
      // the mojibake repair can see it. Lines are NFC-normalized later instead.
      const content = { items: await pageTextItems(page, budget, path, options.signal) };
      // Positions as the page is shown (its /Rotate applied), flipped back to y-up: a landscape
      // page turned by /Rotate reads left to right like any other.
      const viewport = page.getViewport({ scale: 1 });
      const fragments: Fragment[] = [];
      // A scanned page: OCR's words instead of its text layer, as items in the same shape (shown, y up).
      const scanned = await readScannedPage(page, content.items, n, ocr);
      for (const item of scanned ? [] : content.items) {
        if (!('str' in item)) continue;
        const [a, b, c, d, e, f] = lib.Util.transform(viewport.transform, item.transform) as number[];
        const shown: TextItemLike = { str: item.str, width: item.width, height: item.height, transform: [a ?? 0, -(b ?? 0), c ?? 0, -(d ?? 0), e ?? 0, viewport.height - (f ?? 0)] };
        const fragment = toFragment(shown);
        if (fragment) fragments.push(fragment);
      }
      for (const item of scanned?.items ?? []) {
        const fragment = toFragment(item);
        if (fragment) fragments.push(fragment);
      }
      page.cleanup();
      const lines = buildLines(fragments, n);
      const pageEncoding = finishText(lines);
      encoding ??= pageEncoding;
      if (lines.length === 0) {
        const message = scanned ? `page ${n}: OCR found no text on it` : `page ${n} has no text layer (a scan or a picture?${ocr.mode === 'off' ? ' OCR is off' : ''})`;
        messages.push({ ruleId: 'read/pdf-empty-page', severity: 'warning', field: 'document', message });
      }
      pages.push({ page: n, height: scanned?.height ?? viewport.height, lines });
    }
    const { pages: body, furniture } = takeFurniture(pages);
    return { blocks: layoutBlocks(body), furniture, pages: doc.numPages, encoding, messages, ...(ocr.pages.length > 0 ? { ocr: ocr.pages } : {}) };
  } catch (error) {
    // Aborted: the reason is the caller's (E_TIMEOUT from readDocument), not damage.
    if (options.signal?.aborted) throw options.signal.reason;
    throw asPlanError(error, path);
  } finally {
    // Frees the fake worker's document too; never let a failure here hide the real outcome.
    await task?.destroy().catch(() => undefined);
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;
type TextItems = Awaited<ReturnType<PdfPage['getTextContent']>>['items'];

/**
 * A page's text items, read as a stream (what `getTextContent` does inside) so that reading stops
 * once the document is over its character budget or out of time: a 4 KB PDF drawing one text form
 * 100 000 times on a page gave pdf.js 95 million characters, 24 s and 700 MB before any check.
 */
async function pageTextItems(page: PdfPage, budget: { chars: number; limit: number }, path: string | null, signal: AbortSignal | undefined): Promise<TextItems> {
  const reader = page.streamTextContent({ disableNormalization: true }).getReader();
  const items: TextItems = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return items;
      for (const item of value.items) {
        if ('str' in item) budget.chars -= item.str.length;
        items.push(item);
      }
      if (budget.chars < 0) throw new PlanError('E_TOO_LARGE', `the PDF holds more than ${budget.limit} characters of text`, path);
      signal?.throwIfAborted();
    }
  } finally {
    // Not `cancel()`: pdf.js then closes the cancelled stream again and throws an uncaught error.
    // Unread, the stream holds pdf.js back (backpressure) until `finally` in readPdf destroys the document.
    reader.releaseLock();
  }
}

/**
 * Line texts made final: legacy-font mojibake repaired page by page (TCVN3/VNI fonts map
 * Vietnamese letters to Latin-1 codes), split syllables rejoined, NFC. Returns the page's encoding.
 */
function finishText(lines: Line[]): string | null {
  const segments = lines.flatMap((line) => line.segments);
  // One call per page: detection needs more text than a line gives. The fixers keep "\n".
  const fixed = fixMojibake(segments.map((s) => s.text).join('\n'));
  const texts = fixed.encoding !== null ? fixed.text.split('\n') : null;
  segments.forEach((segment, i) => {
    segment.text = finishLineText(texts?.length === segments.length ? (texts[i] ?? segment.text) : segment.text);
  });
  for (const line of lines) line.text = line.segments.map((s) => s.text).join(' ');
  return texts?.length === segments.length ? fixed.encoding : null;
}

function asPlanError(error: unknown, path: string | null): PlanError {
  if (error instanceof PlanError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const detail = oneLine(error instanceof Error ? error.message : String(error));
  if (name === 'PasswordException') return new PlanError('E_ENCRYPTED', 'the PDF is encrypted with a password', path, { cause: error });
  return new PlanError('E_CORRUPT', `the PDF is damaged or truncated (${detail || 'unreadable'})`, path, { cause: error });
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);
