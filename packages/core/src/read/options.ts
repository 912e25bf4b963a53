import type { Lang } from '../messages/index.js';

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
}

export function resolveLimits(limits: Partial<Limits> | undefined): Limits {
  return { ...DEFAULT_LIMITS, ...limits };
}
