import type { Block, Origin, PlanDocument, SourceInfo, SourcePoint, TableCell, TextBlock } from '../model.js';
import { normalizeText } from '../normalize/index.js';
import { classifyParagraph } from '../segment/markers.js';
import { alignPieces } from './origin.js';
import type { RawDocument, RawOrigin, RawParagraph } from './raw.js';

/**
 * Lays raw blocks out into one normalized text with spans. Every format goes
 * through here, so the same plan reads the same whatever file it came in.
 * Paragraphs (and cell paragraphs) are joined by "\n"; empty ones are dropped.
 * Where readers say where a paragraph came from, blocks keep their `origin` and text files get a
 * `sourceMap` from offsets back to lines and columns of the file.
 */
export function assemble(raw: RawDocument, source: Omit<SourceInfo, 'pages' | 'encoding'>): PlanDocument {
  const parts: string[] = [];
  let offset = 0;
  const pageStarts: number[] = [];
  const sourceMap: SourcePoint[] = [];

  const place = (p: RawParagraph): TextBlock | null => {
    const text = normalizeText(p.text);
    if (text === '') return null;
    if (parts.length > 0) {
      parts.push('\n');
      offset += 1;
    }
    const start = offset;
    parts.push(text);
    offset += text.length;
    if (p.page !== null) {
      // A page begins at its first paragraph; pages with no text start where the next one does.
      while (pageStarts.length < p.page) pageStarts.push(start);
    }
    const { type, marker } = classifyParagraph(text);
    const block: TextBlock = { type, text, marker, span: { start, end: offset, page: p.page } };
    if (p.origin) block.origin = originOf(p.origin, text, start, sourceMap);
    return block;
  };

  const blocks: Block[] = [];
  for (const rawBlock of raw.blocks) {
    if (rawBlock.type === 'paragraph') {
      const block = place(rawBlock);
      if (block) blocks.push(block);
      continue;
    }
    const tableStart = offset + (parts.length > 0 ? 1 : 0);
    const rows: TableCell[][] = [];
    rawBlock.rows.forEach((rawRow, r) => {
      const row: TableCell[] = [];
      rawRow.forEach((rawCell, c) => {
        const cellBlocks = rawCell.map(place).filter((b): b is TextBlock => b !== null);
        const first = cellBlocks[0];
        const last = cellBlocks[cellBlocks.length - 1];
        const span = first && last
          ? { start: first.span.start, end: last.span.end, page: first.span.page }
          : { start: offset, end: offset, page: rawBlock.page };
        const cell: TableCell = { blocks: cellBlocks, span };
        if (rawBlock.layout?.[r]?.[c]?.mergedAbove) cell.mergedAbove = true;
        row.push(cell);
      });
      if (row.some((cell) => cell.blocks.length > 0)) rows.push(row);
    });
    if (rows.length > 0) {
      blocks.push({ type: 'table', rows, span: { start: Math.min(tableStart, offset), end: offset, page: rawBlock.page } });
    }
  }

  return {
    type: 'document',
    source: { ...source, pages: raw.pages, encoding: raw.encoding },
    text: parts.join(''),
    blocks,
    furniture: raw.furniture,
    pageStarts,
    sourceMap,
  };
}

/** A block's origin; a text paragraph's points go into the document's source map. */
function originOf(raw: RawOrigin, text: string, start: number, sourceMap: SourcePoint[]): Origin {
  const origin: Origin = {};
  if (raw.pieces && raw.pieces.length > 0) {
    const points = alignPieces(text, raw.pieces, start);
    for (const point of points) sourceMap.push(point);
    const first = points[0];
    if (first) {
      origin.line = first.line;
      origin.column = first.column;
    }
  }
  if (raw.paragraph !== undefined) origin.paragraph = raw.paragraph;
  if (raw.page !== undefined) origin.page = raw.page;
  return origin;
}
