import type { Lang } from '../messages/index.js';
import type { OcrMode } from './pdf/scan.js';

/**
 * Safety limits for one input. Every limit has a safe default; pass `Infinity` to lift one.
 * Together they bound a document's memory and time whatever its bytes say: `README.md` ("Hostile
 * input") lists what each one stops.
 */
export interface Limits {
  /** Largest input accepted, in bytes. Default 50 MiB. */
  maxBytes: number;
  /** Most PDF pages read. Default 500. */
  maxPages: number;
  /** Most bytes inflated from one document, in total: a DOCX's parts, a PDF's streams (zip bombs). Default 200 MiB. */
  maxInflatedBytes: number;
  /** Most bytes one DOCX part or PDF stream may inflate to. Default 32 MiB (Word writes a few MB of XML for 200 pages). */
  maxPartBytes: number;
  /** Most XML nodes (elements, attributes, runs of text) in one DOCX, all parts together: the parsed tree costs memory per node. Default 2 million (Word writes about 1 500 a page). */
  maxXmlNodes: number;
  /** Time budget for one document, in milliseconds. Default 30 s. */
  timeoutMs: number;
  /** Most characters of text in one document. Default 5 million (a plan has 30 thousand, a
   *  200-page annex under a million): memory grows with the text, not the file, so a 40 MB text
   *  file or a DOCX with tens of MB of XML is refused before extraction takes a gigabyte. */
  maxChars: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 50 * 1024 * 1024,
  maxPages: 500,
  maxInflatedBytes: 200 * 1024 * 1024,
  maxPartBytes: 32 * 1024 * 1024,
  maxXmlNodes: 2_000_000,
  timeoutMs: 30_000,
  maxChars: 5_000_000,
};

export interface ReadOptions {
  /** The file's path, for messages and `source.path` when reading bytes. */
  path?: string;
  /** Overrides of the default limits. */
  limits?: Partial<Limits>;
  /** Stops a read in progress: the readers check it between pages, parts and paragraphs. `readDocument` sets its own when the time budget runs out. */
  signal?: AbortSignal;
  /** The language of the reader's messages; default Vietnamese. */
  lang?: Lang;
  /**
   * OCR of PDF pages. `auto` (default): a page with no real text layer and a picture over most
   * of it (a scan) is read by OCR; `force`: every page is (the text layer is ignored); `off`: none
   * (a scan is then E_NO_TEXT). Each page read by OCR adds `limits.timeoutMs` to the time budget.
   */
  ocr?: OcrMode;
  /** Resolution pages are drawn at for OCR, in dots per inch. Default: a scan's own, kept within 200–300 (`OCR_DPI`; measured in the README). */
  ocrDpi?: number;
  /** Told as a long read goes: before each page read by OCR. */
  onProgress?: (progress: ReadProgress) => void;
}

/** Progress of a read: page `page` of `pages` is about to be read by OCR. */
export interface ReadProgress {
  stage: 'ocr';
  page: number;
  pages: number;
}

/**
 * The time budget of a document of which `ocrPages` pages were read by OCR: the document's own,
 * and as much again for each such page (OCR takes seconds a page, a text layer milliseconds).
 */
export function timeBudget(limits: Limits, ocrPages: number): number {
  return limits.timeoutMs * (1 + ocrPages);
}

export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...limits };
}
