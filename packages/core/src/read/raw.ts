import type { Furniture, Message } from '../model.js';
import type { RawOcrPage } from './pdf/ocr.js';

/**
 * What a reader hands to assembly: paragraphs as printed (markers included),
 * tables as rows of cells of paragraphs. Assembly normalizes, classifies and
 * lays out the text, so every format goes through the same code from here on.
 */
export interface RawParagraph {
  type: 'paragraph';
  /** The text as printed, with the list marker in front (`"1. Chủ đề..."`); soft line breaks as `"\n"`. */
  text: string;
  /** 1-based page (PDF), else `null`. */
  page: number | null;
  /** Where the paragraph came from in the file, for locations (`Location`); absent when unknown. */
  origin?: RawOrigin;
}

/** A piece of a text file a paragraph was read from: (part of) one line as written, and where it starts. */
export interface SourcePiece {
  line: number;
  column: number;
  /** The line's characters as decoded, before NFC, emphasis stripping and space folding. */
  text: string;
}

export interface RawOrigin {
  /** Text files: the lines (or parts of lines) the paragraph's text was built from, in order. */
  pieces?: SourcePiece[];
  /** DOCX: the 1-based paragraph of the story. */
  paragraph?: number;
  /** DOCX: the page Word last laid the paragraph out on, when the file records it. */
  page?: number;
}

/** What the format says of a cell beyond its text (DOCX `vMerge`, a text table's `^^`). */
export interface RawCellLayout {
  /** It goes on with the merged cell above: empty here, its text is the one above. */
  mergedAbove: boolean;
}

export interface RawTable {
  type: 'table';
  /** rows → cells → paragraphs. */
  rows: RawParagraph[][][];
  page: number | null;
  /** rows → cells, parallel to `rows`, when the reader knows cells merged down; absent otherwise. */
  layout?: RawCellLayout[][];
}

export type RawBlock = RawParagraph | RawTable;

export interface RawDocument {
  blocks: RawBlock[];
  furniture: Furniture[];
  pages: number | null;
  /** The legacy encoding converted from, if any. */
  encoding: string | null;
  messages: Message[];
  /** PDF pages read by OCR, in order (absent when none was). */
  ocr?: RawOcrPage[];
}

export function rawParagraph(text: string, page: number | null = null, origin?: RawOrigin): RawParagraph {
  return origin ? { type: 'paragraph', text, page, origin } : { type: 'paragraph', text, page };
}
