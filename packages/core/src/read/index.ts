/**
 * Stage 1: read a PDF, DOCX or text file into the one document model.
 */
import { createMessage, localize, msg } from '../messages/index.js';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PlanError } from '../errors.js';
import type { PlanDocument, Result } from '../model.js';
import { assemble } from './assemble.js';
import { ocrSource } from './ocr-source.js';
import { resolveLimits, type ReadOptions } from './options.js';
import type { RawDocument } from './raw.js';
import { sniffFormat } from './sniff.js';

export type { Limits, ReadOptions, ReadProgress } from './options.js';
export type { OcrMode } from './pdf/scan.js';
export { DEFAULT_LIMITS } from './options.js';
export { sniffFormat } from './sniff.js';

/** What `readDocument` takes: a file path or URL, the file's bytes, or `{ text }` for a string already in memory. */
export type ReadInput = string | URL | Uint8Array | { text: string };

/**
 * Read a plan into the document model. The format is detected from the bytes.
 * Warnings travel in `messages`; an input that cannot be read at all throws a
 * `PlanError` with a stable `code` and a one-line message naming the file.
 */
export async function readDocument(input: ReadInput, options: ReadOptions = {}): Promise<Result<PlanDocument>> {
  const limits = resolveLimits(options.limits);
  const { bytes, path } = await loadInput(input, options, limits.maxBytes);
  const name = path ?? '<input>';
  if (bytes.length === 0) throw new PlanError('E_EMPTY', 'the file is empty', path, { detail: msg('error:empty-file') });

  const sniffed = sniffFormat(bytes);
  if (sniffed.format === 'unsupported') throw new PlanError(sniffed.code ?? 'E_UNSUPPORTED', sniffed.reason ?? 'unsupported format', path);

  const format = sniffed.format;
  // A text file has at least a character per four bytes: refuse the hopeless ones before decoding.
  if (format === 'text' && bytes.length > limits.maxChars * 4) throw tooManyChars(`at least ${Math.floor(bytes.length / 4)}`, limits.maxChars, path);
  const raw = await withTimeout((signal, extend) => readRaw(format, bytes, { ...options, path: name, limits, signal }, extend), limits.timeoutMs, path, options.signal);
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
  new PlanError('E_TOO_LARGE', `the document has ${chars} characters of text, over the limit of ${max}`, path);

// pdf.js rebuilds a PDF cut short from the objects it can find, silently: say that pages may be missing.
const TRUNCATED_PDF = createMessage('read/pdf-truncated', 'warning', 'document', msg('read/pdf-truncated'));

/** A complete PDF ends with `%%EOF` (give or take trailing whitespace and junk some writers append). */
function endsWithEof(bytes: Uint8Array): boolean {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf('%%EOF', undefined, 'latin1');
  return at >= 0 && at >= bytes.length - 1024;
}

async function readRaw(format: 'pdf' | 'docx' | 'text', bytes: Uint8Array, options: ReadOptions, extendTimeout: (ms: number) => void): Promise<RawDocument> {
  // Readers load lazily: pdf.js is heavy, and a run often needs only one of the readers.
  switch (format) {
    case 'pdf':
      return (await import('./pdf.js')).readPdf(bytes, options, { extendTimeout });
    case 'docx':
      return (await import('./docx.js')).readDocx(bytes, options);
    case 'text':
      return (await import('./text.js')).readText(bytes, options);
  }
}

async function loadInput(input: ReadInput, options: ReadOptions, maxBytes: number): Promise<{ bytes: Uint8Array; path: string | null }> {
  if (input instanceof Uint8Array) {
    if (input.length > maxBytes) throw new PlanError('E_TOO_LARGE', `the input is ${input.length} bytes, over the limit of ${maxBytes}`, options.path ?? null);
    return { bytes: input, path: options.path ?? null };
  }
  if (typeof input === 'object' && !(input instanceof URL)) {
    const bytes = new TextEncoder().encode(input.text);
    if (bytes.length > maxBytes) throw new PlanError('E_TOO_LARGE', `the text is ${bytes.length} bytes, over the limit of ${maxBytes}`, options.path ?? null);
    return { bytes, path: options.path ?? null };
  }
  const path = input instanceof URL ? fileURLToPath(input) : input;
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new PlanError('E_UNSUPPORTED', 'is a directory, not a file', path, { detail: msg('error:is-folder') });
    size = info.size;
  } catch (error) {
    if (error instanceof PlanError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new PlanError('E_NOT_FOUND', 'no such file', path, { detail: msg('error:no-such-file') });
    throw new PlanError('E_NOT_FOUND', `cannot open the file (${code ?? 'error'})`, path);
  }
  if (size > maxBytes) throw new PlanError('E_TOO_LARGE', `the file is ${size} bytes, over the limit of ${maxBytes}`, path);
  return { bytes: new Uint8Array(await readFile(path)), path };
}

/**
 * Runs `start` within `ms`; on time out the reader's signal is aborted too, so it stops instead of
 * running on unseen. The reader may `extend` the budget as it goes (a page read by OCR).
 */
async function withTimeout<T>(
  start: (signal: AbortSignal, extend: (ms: number) => void) => Promise<T>,
  ms: number,
  path: string | null,
  outer: AbortSignal | undefined,
): Promise<T> {
  const controller = new AbortController();
  const signal = outer ? AbortSignal.any([outer, controller.signal]) : controller.signal;
  if (!Number.isFinite(ms)) return start(signal, () => undefined);
  let budget = ms;
  const late = () => new PlanError('E_TIMEOUT', `reading took longer than ${budget} ms`, path);
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  let expire: () => void = () => undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(expire, Math.max(0, started + budget - performance.now()));
    timer.unref();
  };
  const timeout = new Promise<never>((_, reject) => {
    expire = () => {
      const error = late();
      controller.abort(error);
      reject(error);
    };
  });
  arm();
  const work = start(signal, (extra) => {
    budget += extra;
    arm();
  });
  try {
    const value = await Promise.race([work, timeout]);
    // Synchronous work (unzip, XML, text) blocks the timer: a read that ran over is still over.
    if (performance.now() - started > budget) throw late();
    return value;
  } finally {
    clearTimeout(timer);
  }
}
