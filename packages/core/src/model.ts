/**
 * The document model every reader produces and every later stage reads.
 *
 * Plain objects tagged with `type` (mammoth's style). Offsets are UTF-16 code
 * units (JavaScript string indices) into `PlanDocument.text`, half-open:
 * `text.slice(span.start, span.end)` is exactly the spanned text.
 */

import type { OcrPage, Span } from './schema.js';

/** Where a value came from: `[start, end)` in `PlanDocument.text`, and its page (PDF only, 1-based; `null` otherwise). */
export type { Span };

export type Format = 'pdf' | 'docx' | 'text';

/** A run of body text: a paragraph, a heading, or a list item with its printed marker. */
export interface TextBlock {
  type: 'paragraph' | 'heading' | 'listItem';
  /** Normalized text, including the printed marker (`"1. Chủ đề: ..."`), so all formats read alike. */
  text: string;
  /** The printed marker (`"I."`, `"1.1."`, `"a)"`, `"-"`, `"+"`), or `null`. */
  marker: string | null;
  span: Span;
}

export interface TableCell {
  /** The cell's paragraphs, in order. */
  blocks: TextBlock[];
  span: Span;
}

/** A table kept as a table: the two-column header, the signature/recipients block, responsibility tables. */
export interface TableBlock {
  type: 'table';
  rows: TableCell[][];
  span: Span;
}

export type Block = TextBlock | TableBlock;

/** Running headers, footers and page numbers: kept apart from the body and out of `text`. */
export interface Furniture {
  type: 'furniture';
  region: 'header' | 'footer';
  text: string;
  page: number | null;
}

export interface SourceInfo {
  /** The file path, or `null` when read from bytes or a string. */
  path: string | null;
  format: Format;
  /** Page count (PDF), else `null`. */
  pages: number | null;
  /** SHA-256 of the input bytes (hex). */
  sha256: string;
  /** Input size in bytes. */
  bytes: number;
  /** The legacy encoding the text was converted from (`"tcvn3"`, `"vni"`, `"utf-16le"`...), or `null`. */
  encoding: string | null;
  /** Whether pages were read by OCR (a scanned PDF); absent means no. */
  ocr?: boolean;
  /** The pages read by OCR, with their confidence and the spans of low-confidence words (when `ocr`). */
  ocrPages?: OcrPage[];
}

export interface PlanDocument {
  type: 'document';
  source: SourceInfo;
  /** The normalized full text: block texts joined by `"\n"` (cell paragraphs too, row by row). */
  text: string;
  blocks: Block[];
  furniture: Furniture[];
  /** For PDF: `pageStarts[i]` is the offset in `text` where page `i + 1` begins. Empty otherwise. */
  pageStarts: number[];
}

export type Severity = 'error' | 'warning' | 'info';

/** A finding or warning, shaped like a vfile message: stable rule id, severity, field, plain message, span. */
export interface Message {
  ruleId: string;
  severity: Severity;
  /** The extraction field it concerns, `spelling`, or `document` for the file as a whole. */
  field: string;
  message: string;
  span?: Span | null;
  /** 1-based line and column of `span.start` in `text`, when known. */
  line?: number;
  column?: number;
  /** What the text says, when the finding compares values. */
  actual?: string;
  /** What was expected instead. */
  expected?: string;
  /** Why the finding is as it is, when that needs saying (vfile's `note`): e.g. an error made a warning because it rests on words OCR doubted. */
  note?: string;
}

/** What every stage returns: a value and the messages produced on the way. */
export interface Result<T> {
  value: T;
  messages: Message[];
}

/** Leaf text blocks in reading order, table cells row by row. */
export function* textBlocks(blocks: readonly Block[]): Generator<TextBlock> {
  for (const block of blocks) {
    if (block.type === 'table') {
      for (const row of block.rows) for (const cell of row) yield* cell.blocks;
    } else {
      yield block;
    }
  }
}

/** The page an offset falls on, or `null` for documents without pages. */
export function pageAt(doc: Pick<PlanDocument, 'pageStarts'>, offset: number): number | null {
  const starts = doc.pageStarts;
  if (starts.length === 0) return null;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A span over `[start, end)` with its page looked up. */
export function spanOf(doc: Pick<PlanDocument, 'pageStarts'>, start: number, end: number): Span {
  return { start, end, page: pageAt(doc, start) };
}
