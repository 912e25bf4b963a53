/**
 * PDF reader: pdf.js's text layer (no rendering, no fonts, no network) and, on pages whose text
 * looks like a table, the ruling lines of its operator list. Scanned pages are read by OCR
 * (`./pdf/ocr.ts`) into the same kind of text items. Each page goes through `pageLines`
 * (`./pdf/page.ts`: orientation, lines from positions, text finished); then running headers and
 * footers are set apart, tables and column blocks kept as tables and hard-wrapped lines joined
 * into paragraphs (`./pdf/layout.ts`).
 */
import { createMessage, msg } from '../messages/index.js';
import { PlanError } from '../errors.js';
import type { Message } from '../model.js';
import { boundMarks } from '../normalize/index.js';
import { Budget } from './budget.js';
import { resolveLimits, type ReadOptions } from './options.js';
import type { TextItemLike } from './pdf/lines.js';
import { keepingBuiltins } from './pdf/builtins.js';
import { withTextGlobals } from './pdf/text-globals.js';
import { layoutBlocks, mayHoldTable, takeFurniture } from './pdf/layout.js';
import { readScannedPage, type OcrContext } from './pdf/ocr.js';
import { pageLines, type PageLines, type PageText } from './pdf/page.js';
import { PDFJS_DOCUMENT_OPTIONS } from './pdf/pdfjs-options.js';
import { catchStrayRejections } from './pdf/rejections.js';
import { rulingsFromOperatorList, type Ruling } from './pdf/rulings.js';
import { checkStreamBudget } from './pdf/streams.js';
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
  pdfjs ??= keepingBuiltins(() =>
    // Without the optional canvas package pdf.js needs a DOMMatrix to load (./pdf/text-globals.ts).
    withTextGlobals(async () => {
      const [lib] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
      return lib;
    }),
  ).then(
    ({ value }) => value,
    (error: unknown) => {
      pdfjs = null;
      throw error;
    },
  );
  return pdfjs;
}

/** Read a PDF's text layer (or OCR of its scanned pages) into raw blocks: paragraphs with their start page, two-column regions as tables. */
export async function readPdf(bytes: Uint8Array, options: ReadOptions, budget = new Budget(resolveLimits(options.limits), options.path ?? null, options.signal)): Promise<RawDocument> {
  const path = options.path ?? null;
  const limits = budget.limits;
  // Before pdf.js decodes anything: it inflates a stream whole, however large.
  checkStreamBudget(bytes, budget);
  const lib = await loadPdfJs();
  let task: ReturnType<PdfJs['getDocument']> | null = null;
  const stopCatching = catchStrayRejections();
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
    let encoding: string | null = null;
    const ocr: OcrContext = {
      mode: options.ocr ?? 'auto',
      dpi: options.ocrDpi ?? null,
      path,
      signal: options.signal,
      ops: lib.OPS,
      canvasFactory: doc.canvasFactory as OcrContext['canvasFactory'],
      onPage: (page) => {
        // A page read by OCR takes seconds where a text layer takes milliseconds: its own budget again.
        budget.extend(limits.timeoutMs);
        options.onProgress?.({ stage: 'ocr', page, pages: doc.numPages });
      },
      pages: [],
    };
    for (let n = 1; n <= doc.numPages; n++) {
      // Out of time (or cancelled): stop here; `finally` frees pdf.js's document.
      budget.checkTime();
      const page = await doc.getPage(n);
      // pdf.js's own normalization is NFKC-like: it turns TCVN3's "µ" (à) into Greek "μ" before
      // the mojibake repair can see it. Lines are NFC-normalized later instead.
      const items = (await pageTextItems(page, budget)).filter((item): item is TextItemLike & TextItems[number] => 'str' in item);
      // Positions as the page is shown (its /Rotate applied); `pageLines` turns it further if its text runs sideways.
      const viewport = page.getViewport({ scale: 1 });
      // A scanned page: OCR's words instead of its text layer, as items already shown and y up
      // (the identity below), upright (OCR found the page's orientation); scans have no rulings.
      const scanned = await readScannedPage(page, items, n, ocr);
      let text = scanned
        ? pageLines({ page: n, items: scanned.items, viewport: { width: scanned.width, height: scanned.height, transform: [1, 0, 0, -1, 0, scanned.height] } })
        : pageLines({ page: n, items, viewport });
      if (!scanned && mayHoldTable(text.lines)) {
        budget.checkTime();
        const rulings = await pageRulings(page, lib);
        if (rulings.length > 0) text = pageLines({ page: n, items, viewport, rulings });
      }
      page.cleanup();
      encoding ??= text.encoding;
      const warning = unreadWarning(text, scanned !== null, ocr.mode);
      if (warning) messages.push(warning);
      pages.push(text);
    }
    // No text at all: a scan, or a PDF whose pages pdf.js could not read (it skips damage silently).
    if (pages.every((p) => p.lines.length === 0)) await throwIfDamaged(lib, bytes, doc.numPages, path, budget);
    const { pages: body, furniture } = takeFurniture(pages);
    return { blocks: layoutBlocks(body), furniture, pages: doc.numPages, encoding, messages, ...(ocr.pages.length > 0 ? { ocr: ocr.pages } : {}) };
  } catch (error) {
    // Aborted: the reason is the caller's (E_TIMEOUT from readDocument), not damage.
    if (options.signal?.aborted) throw options.signal.reason;
    throw asPlanError(error, path);
  } finally {
    // Frees the fake worker's document too; never let a failure here hide the real outcome.
    await task?.destroy().catch(() => undefined);
    stopCatching();
  }
}

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<PdfJs['getDocument']>['promise']>['getPage']>>;
type TextItems = Awaited<ReturnType<PdfPage['getTextContent']>>['items'];

/**
 * A page's text items, read as a stream (what `getTextContent` does inside) so that reading stops
 * once the document is over its character budget or out of time: a 4 KB PDF drawing one text form
 * 100 000 times on a page gave pdf.js 95 million characters, 24 s and 700 MB before any check.
 * Characters are counted on pdf.js's raw items, before the layout drops overprinted duplicates: a
 * bound, not the final length.
 */
async function pageTextItems(page: PdfPage, budget: Budget): Promise<TextItems> {
  const reader = page.streamTextContent({ disableNormalization: true }).getReader();
  const items: TextItems = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return items;
      let chars = 0;
      for (const item of value.items) {
        if ('str' in item) {
          chars += item.str.length;
          // A run of combining marks makes every later normalization quadratic (see boundMarks).
          item.str = boundMarks(item.str);
        }
        items.push(item);
      }
      budget.text(chars);
      budget.checkTime();
    }
  } finally {
    // Not `cancel()`: pdf.js then closes the cancelled stream again and throws an uncaught error.
    // Unread, the stream holds pdf.js back (backpressure) until `finally` in readPdf destroys the document.
    reader.releaseLock();
  }
}

/** A page's ruling lines; none if pdf.js cannot build its operator list (the text is read all the same). */
async function pageRulings(page: PdfPage, lib: PdfJs): Promise<Ruling[]> {
  try {
    return rulingsFromOperatorList(await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE }), lib.OPS);
  } catch {
    return [];
  }
}

/**
/**
 * With no text on any page, tell damage from a scan: pdf.js skips what it cannot parse and says
 * nothing, so the pages are read again with `stopAtErrors`, which makes damage throw. A PDF whose
 * every page failed that way is E_CORRUPT, not E_NO_TEXT "(a scan?)". Only this rare path pays.
 */
async function throwIfDamaged(lib: PdfJs, bytes: Uint8Array, pages: number, path: string | null, budget: Budget): Promise<void> {
  const task = lib.getDocument({ data: bytes.slice(), ...PDFJS_DOCUMENT_OPTIONS, stopAtErrors: true });
  let reason: string | null = null;
  let damaged = 0;
  try {
    const doc = await task.promise;
    for (let n = 1; n <= pages; n++) {
      budget.checkTime();
      try {
        await (await doc.getPage(n)).getTextContent();
      } catch (error) {
        damaged++;
        reason ??= oneLine(error instanceof Error ? error.message : String(error));
      }
    }
  } catch (error) {
    if (error instanceof PlanError) throw error;
    return;
  } finally {
    await task.destroy().catch(() => undefined);
  }
  if (damaged === pages) throw new PlanError('E_CORRUPT', `the PDF is damaged: no page could be read (${reason || 'unreadable content'})`, path);
}

/**
 * What a reader should hear about text left out of a page: none read (no text layer, OCR found
 * none, or text in no direction it can read), or a good part drawn in another direction than the rest.
 */
function unreadWarning(text: PageText, scanned: boolean, ocr: OcrContext['mode']): Message | null {
  const { page, chars, unread } = text;
  if (chars === 0) {
    const id = scanned ? 'read/pdf-empty-page#ocr' : ocr === 'off' ? 'read/pdf-empty-page#ocr-off' : 'read/pdf-empty-page';
    return createMessage('read/pdf-empty-page', 'warning', 'document', msg(id, { page }));
  }
  if (unread === 0) return null;
  if (unread === chars) return createMessage('read/pdf-unread-text', 'warning', 'document', msg('read/pdf-unread-text#all', { page, chars }));
  // A stamp or a margin note drawn sideways is worth a note; a sideways column of text is worth a warning.
  const severity = unread >= 0.2 * chars ? 'warning' : 'info';
  return createMessage('read/pdf-unread-text', severity, 'document', msg('read/pdf-unread-text', { page, unread, chars }));
}

function asPlanError(error: unknown, path: string | null): PlanError {
  if (error instanceof PlanError) return error;
  const name = (error as { name?: unknown } | null)?.name;
  const detail = oneLine(error instanceof Error ? error.message : String(error));
  if (name === 'PasswordException') return new PlanError('E_ENCRYPTED', 'the PDF is encrypted with a password', path, { cause: error });
  return new PlanError('E_CORRUPT', `the PDF is damaged or truncated (${detail || 'unreadable'})`, path, { cause: error });
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);
