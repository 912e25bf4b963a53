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
}

export interface RawTable {
  type: 'table';
  /** rows → cells → paragraphs. */
  rows: RawParagraph[][][];
  page: number | null;
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

export function rawParagraph(text: string, page: number | null = null): RawParagraph {
  return { type: 'paragraph', text, page };
}
