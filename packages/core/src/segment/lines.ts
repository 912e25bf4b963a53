import type { PlanDocument, TextBlock } from '../model.js';
import { textBlocks } from '../model.js';

/**
 * A printed line: a text block split at its soft line breaks, with absolute offsets. The anatomy
 * and the header and signature extractors read lines rather than blocks, because a DOCX cell holds
 * "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" in one paragraph where a text file has two.
 */
export interface Line {
  text: string;
  start: number;
  end: number;
  block: TextBlock;
  inTable: boolean;
  /** The first line of a table cell: a cell boundary lies before it (DOCX and PDF tables). */
  cellStart: boolean;
}

/** Every printed line, in reading order (table cells row by row). Linear in the text. */
export function printedLines(doc: PlanDocument): Line[] {
  const cellFirst = new Set<TextBlock>();
  const inTables = new Set<TextBlock>();
  for (const block of doc.blocks) {
    if (block.type !== 'table') continue;
    for (const row of block.rows) {
      for (const cell of row) {
        const first = cell.blocks[0];
        if (first) cellFirst.add(first);
        for (const b of cell.blocks) inTables.add(b);
      }
    }
  }
  const lines: Line[] = [];
  for (const block of textBlocks(doc.blocks)) {
    let at = block.span.start;
    let first = cellFirst.has(block);
    for (const part of block.text.split('\n')) {
      lines.push({ text: part, start: at, end: at + part.length, block, inTable: inTables.has(block), cellStart: first });
      first = false;
      at += part.length + 1;
    }
  }
  return lines;
}
