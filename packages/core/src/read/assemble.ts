import type { Block, PlanDocument, SourceInfo, TableCell, TextBlock } from '../model.js';
import { normalizeText } from '../normalize/index.js';
import { classifyParagraph } from '../segment/markers.js';
import type { RawDocument, RawParagraph } from './raw.js';

/**
 * Lays raw blocks out into one normalized text with spans. Every format goes
 * through here, so the same plan reads the same whatever file it came in.
 * Paragraphs (and cell paragraphs) are joined by "\n"; empty ones are dropped.
 */
export function assemble(raw: RawDocument, source: Omit<SourceInfo, 'pages' | 'encoding'>): PlanDocument {
  const parts: string[] = [];
  let offset = 0;
  const pageStarts: number[] = [];

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
    return { type, text, marker, span: { start, end: offset, page: p.page } };
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
  };
}
