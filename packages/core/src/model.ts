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

/**
 * The zones of a document (header, type name, title, opening, body, closing), found by the segment stage
 * (`findAnatomy`) and carried in every extraction; schemas in `schema.ts`, where they are part of the JSON contract.
 */
export type { Anatomy, Zone, HeaderZones, ClosingZones } from './schema.js';

export type Format = 'pdf' | 'docx' | 'text';

/** A run of body text: a paragraph, a heading, or a list item with its printed marker. */
export interface TextBlock {
  type: 'paragraph' | 'heading' | 'listItem';
  /** Normalized text, including the printed marker (`"1. Chủ đề: ..."`), so all formats read alike. */
  text: string;
  /** The printed marker (`"I."`, `"1.1."`, `"a)"`, `"-"`, `"+"`), or `null`. */
  marker: string | null;
  span: Span;
  /** Where the block begins in the original file (text: line and column; DOCX: paragraph, page when known), or `null`. */
  origin?: Origin | null;
}

/** Where a block begins in the original file. */
export interface Origin {
  /** Text files: 1-based line and column of the block's first character. */
  line?: number;
  column?: number;
  /** DOCX: 1-based body paragraph (see `Location.paragraph`). */
  paragraph?: number;
  /** DOCX: the page as Word last laid it out (`w:lastRenderedPageBreak`), when Word saved that. */
  page?: number;
}

/**
 * One point of a text file's source map: from `offset` in `PlanDocument.text` on, the text
 * continues at `line`:`column` of the file. Points are sorted by offset; between two points the
 * text and the file advance together, one UTF-16 code unit at a time.
 */
export interface SourcePoint {
  offset: number;
  line: number;
  column: number;
}

export interface TableCell {
  /** The cell's paragraphs, in order. */
  blocks: TextBlock[];
  span: Span;
  /** The cell goes on with the merged cell above it (a lead agency printed once for several rows): it holds no text of its own. */
  mergedAbove?: boolean;
}

/**
 * A table kept as a table: the two-column header, the signature/recipients block, task and
 * responsibility tables. Rows are grids: a cell merged across columns keeps its text in its first
 * column and leaves the others empty, so a column has one index in every row.
 */
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
  /**
   * Text files: offsets in `text` back to lines and columns of the file (blank lines, reflowed
   * lines, collapsed spaces and stripped emphasis accounted for). Empty for PDF and DOCX, whose
   * blocks carry their `origin`. Optional so that documents built by hand need not give one.
   */
  sourceMap?: SourcePoint[];
}

export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding or warning, shaped like a vfile message: stable rule id, severity, field, plain message,
 * span, and where the span lies in the original file (`Location`'s fields, set by `locate`).
 */
export interface Message extends Location {
  /** A stable id from `RULE_IDS` (plugins may add their own). */
  ruleId: string;
  severity: Severity;
  /** The extraction field it concerns, `spelling`, or `document` for the file as a whole. */
  field: string;
  /** The text, in the language asked for (Vietnamese by default). */
  message: string;
  /** The catalogue message `message` was rendered from, and its parameters: render it again in another language with `localize`. */
  messageId?: string;
  params?: Record<string, string | number | boolean | null | string[]>;
  span?: Span | null;
  /** What the text says, when the finding compares values. */
  actual?: string;
  /** What was expected instead. */
  expected?: string;
  /** Why the finding is as it is, when that needs saying (vfile's `note`): e.g. an error made a warning because it rests on words OCR doubted. */
  note?: string;
}

/**
 * Where a span lies in the file as a person opens it. Which fields are set depends on the format:
 * text files give line and column (1-based, blank lines counted, a BOM not counted, columns in UTF-16
 * code units as SARIF counts them); DOCX gives the paragraph number and, when Word saved page breaks, the
 * page; PDF gives the page. `section` is the numbered section path ("III.2") in every format.
 */
export interface Location {
  line?: number;
  column?: number;
  /** Line and column just after the span's last character (SARIF's endLine/endColumn). */
  endLine?: number;
  endColumn?: number;
  /** 1-based page: PDF pages, DOCX pages as Word last laid them out. */
  page?: number;
  /** DOCX: 1-based paragraph of the body, counted as Word counts them (empty paragraphs and table-cell paragraphs included). */
  paragraph?: number;
  /** The printed numbers of the sections around the span, outermost first, joined by ".": "III.2", "II.1.a". */
  section?: string;
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
