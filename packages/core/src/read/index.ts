/**
 * Stage 1: read a PDF, DOCX or text file into the one document model.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { PlanError } from '../errors.js';
import { createMessage, localize, msg } from '../messages/index.js';
import type { PlanDocument, Result } from '../model.js';
import { assemble } from './assemble.js';
import { Budget } from './budget.js';
import { pathForDisplay, readFileBounded, type FilePath } from './file.js';
import { ocrSource } from './ocr-source.js';
import { resolveLimits, type ReadOptions } from './options.js';
import type { RawDocument } from './raw.js';
import { sniffFormat } from './sniff.js';

export type { Limits, ReadOptions, ReadProgress } from './options.js';
export type { OcrMode } from './pdf/scan.js';
export { DEFAULT_LIMITS } from './options.js';
export { sniffFormat } from './sniff.js';
export { pathForDisplay, readFileBounded, type FilePath } from './file.js';

/**
 * What `readDocument` takes: a file path or URL, the file's bytes, `{ text }` for a string already in
 * memory, or `{ file }` for a path given as the raw bytes of a name that is not UTF-8.
 */
export type ReadInput = string | URL | Uint8Array | { text: string } | { file: FilePath };

/**
 * Read a plan into the document model. The format is detected from the bytes.
 * Warnings travel in `messages`; an input that cannot be read at all throws a
 * `PlanError` with a stable `code` and a one-line message naming the file.
 * Every limit of `options.limits` holds, the time budget included: it is checked between pages,
 * parts and paragraphs (pdf.js can still run over it inside one page; `extractFile` with
 * `isolate: true` runs the work in a worker that is ended when the budget is spent).
 */
export async function readDocument(input: ReadInput, options: ReadOptions = {}): Promise<Result<PlanDocument>> {
  const started = performance.now();
  const limits = resolveLimits(options.limits);
  const { bytes, path } = await loadInput(input, options, limits.maxBytes);
  if (bytes.length === 0) throw new PlanError('E_EMPTY', 'the file is empty', path, { detail: msg('error:empty-file') });
  const budget = new Budget(limits, path, options.signal, started);

  const sniffed = sniffFormat(bytes);
  if (sniffed.format === 'unsupported') throw new PlanError(sniffed.code ?? 'E_UNSUPPORTED', sniffed.reason ?? 'unsupported format', path);

  const format = sniffed.format;
  // A text file has at least a character per four bytes: refuse the hopeless ones before decoding.
  if (format === 'text' && bytes.length > limits.maxChars * 4) throw tooManyChars(`at least ${Math.floor(bytes.length / 4)}`, limits.maxChars, path);
  const name = path ?? '<input>';
  const raw = await withTimeout((signal) => readRaw(format, bytes, { ...options, path: name, limits, signal }, budget), budget, options.signal);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const doc = assemble(raw, { path, format: sniffed.format, sha256, bytes: bytes.length });
  if (raw.ocr) Object.assign(doc.source, ocrSource(raw.ocr, doc));
  if (doc.text.length > limits.maxChars) throw tooManyChars(String(doc.text.length), limits.maxChars, path);
  if (doc.text.trim() === '') throw noText(sniffed.format, raw, options, path);
  const messages = sniffed.format === 'pdf' && !endsWithEof(bytes) ? [...raw.messages, TRUNCATED_PDF] : raw.messages;
  return { value: doc, messages: options.lang ? localize(messages, options.lang) : messages };
}

/** Why a document came out without text: for a PDF, whether OCR was off, found nothing, or had no scanned page to read. */
function noText(format: 'pdf' | 'docx' | 'text', raw: RawDocument, options: ReadOptions, path: string | null): PlanError {
  if (format !== 'pdf') return new PlanError('E_EMPTY', 'the document has no text', path, { detail: msg('error:no-text') });
  if (raw.ocr) {
    const pages = raw.ocr.length;
    return new PlanError('E_NO_TEXT', `the PDF has no text layer, and OCR found no text on its ${pages === 1 ? 'scanned page' : `${pages} scanned pages`}`, path, {
      detail: msg('error:ocr-found-no-text', { pages }),
    });
  }
  if (options.ocr === 'off') return new PlanError('E_NO_TEXT', 'the PDF has no text layer (a scan?) and OCR is off', path, { detail: msg('error:no-text-ocr-off') });
  return new PlanError('E_NO_TEXT', 'the PDF has no text layer and no scanned page to read by OCR', path, { detail: msg('error:no-scanned-page') });
}

const tooManyChars = (chars: string, max: number, path: string | null) =>
  new PlanError('E_TOO_LARGE', `the document has ${chars} characters of text, over the limit of ${max}`, path, { detail: msg('error:too-many-chars', { max }) });

// pdf.js rebuilds a PDF cut short from the objects it can find, silently: say that pages may be missing.
const TRUNCATED_PDF = createMessage('read/pdf-truncated', 'warning', 'document', msg('read/pdf-truncated'));

/** A complete PDF ends with `%%EOF` (give or take trailing whitespace and junk some writers append). */
function endsWithEof(bytes: Uint8Array): boolean {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf('%%EOF', undefined, 'latin1');
  return at >= 0 && at >= bytes.length - 1024;
}

async function readRaw(format: 'pdf' | 'docx' | 'text', bytes: Uint8Array, options: ReadOptions, budget: Budget): Promise<RawDocument> {
  // Readers load lazily: pdf.js is heavy, and a run often needs only one of the readers.
  switch (format) {
    case 'pdf':
      return (await import('./pdf.js')).readPdf(bytes, options, budget);
    case 'docx':
      return (await import('./docx.js')).readDocx(bytes, options, budget);
    case 'text':
      return (await import('./text.js')).readText(bytes, options, budget);
  }
}

async function loadInput(input: ReadInput, options: ReadOptions, maxBytes: number): Promise<{ bytes: Uint8Array; path: string | null }> {
  if (input instanceof Uint8Array) {
    if (input.length > maxBytes) throw new PlanError('E_TOO_LARGE', `the input is ${input.length} bytes, over the limit of ${maxBytes}`, options.path ?? null);
    return { bytes: input, path: options.path ?? null };
  }
  if (typeof input === 'object' && 'text' in input) {
    const bytes = new TextEncoder().encode(input.text);
    if (bytes.length > maxBytes) throw new PlanError('E_TOO_LARGE', `the text is ${bytes.length} bytes, over the limit of ${maxBytes}`, options.path ?? null);
    return { bytes, path: options.path ?? null };
  }
  const file: FilePath = input instanceof URL ? fileURLToPath(input) : typeof input === 'string' ? input : input.file;
  const path = options.path ?? pathForDisplay(file);
  return { bytes: await readFileBounded(file, maxBytes, path), path };
}

/**
 * Runs `start` within the time budget. The timer fires between asynchronous steps (pdf.js pages)
 * and aborts the reader's signal, so it stops instead of running on unseen; synchronous work checks
 * the budget itself (`Budget.checkTime`), and a read that still ran over is over. The reader may
 * extend the budget as it goes (`Budget.extend`: a page read by OCR); the timer is set again.
 */
async function withTimeout<T>(start: (signal: AbortSignal) => Promise<T>, budget: Budget, outer: AbortSignal | undefined): Promise<T> {
  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  if (!Number.isFinite(budget.limits.timeoutMs)) return start(signal);
  let timer: NodeJS.Timeout | undefined;
  let settled = false;
  const timeout = new Promise<never>((_, reject) => {
    const arm = () => {
      clearTimeout(timer);
      // A read left running after its time ran out may still extend: no timer again.
      if (settled) return;
      timer = setTimeout(
        () => {
          const error = budget.timedOut();
          controller.abort(error);
          reject(error);
        },
        // setTimeout takes at most 2^31 - 1 ms (24.8 days); beyond, it fires at once.
        Math.min(Math.max(0, Math.ceil(budget.remainingMs())), 2 ** 31 - 1),
      );
      timer.unref();
    };
    arm();
    budget.onExtend(arm);
  });
  const work = start(signal);
  try {
    const value = await Promise.race([work, timeout]);
    budget.checkTime();
    return value;
  } catch (error) {
    // The reader saw its signal aborted: the reason is the time budget, not damage.
    if (signal.aborted && !outer?.aborted) throw budget.timedOut();
    throw error;
  } finally {
    settled = true;
    clearTimeout(timer);
  }
}
