/**
 * Tables in a text plan, as converters write a Word table into text (pandoc, markitdown and
 * others write GitHub-flavoured pipe tables):
 *
 *   | STT | Nội dung | Cơ quan chủ trì | Thời gian thực hiện |
 *   |---|---|---|---|
 *   | 1 | Tuyên truyền Luật Trẻ em ... | Sở Y tế | Thường xuyên |
 *   | 2 | Tổ chức Diễn đàn trẻ em ... | ^^ | Quý II |
 *
 * Only a row with a delimiter row under it (`|---|---|`) opens a table, so the ` | `-joined header
 * rows of plans copied from web pages stay lines, as the header reader expects them. A cell holding
 * only `^^` goes on with the cell above (the row-span mark of markdown-it-multimd-table: a merged
 * cell of the Word table); `<br>` in a cell separates its paragraphs; `\|` is a literal bar.
 * The table runs until a line without a `|` (or a blank line).
 */
import { rawParagraph, type RawBlock, type RawCellLayout, type RawParagraph, type RawTable, type SourcePiece } from './raw.js';

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u;
const MERGED_ABOVE = '^^';
const BREAK = /<br\s*\/?>/iu;

/** The cells of a pipe-table row: split on unescaped `|`, the outer bars dropped, each trimmed. */
function cellsOf(line: string): string[] {
  return cellRanges(line).map(([from, to]) => line.slice(from, to).replace(/\\\|/g, '|').trim());
}

/** Where each cell of a row lies in the line, `[from, to)` between its bars (`\|` kept inside). */
function cellRanges(line: string): [number, number][] {
  const ranges: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\' && line[i + 1] === '|') {
      i++;
    } else if (c === '|') {
      ranges.push([from, i]);
      from = i + 1;
    }
  }
  ranges.push([from, line.length]);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) ranges.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) ranges.pop();
  return ranges;
}

function isRow(line: string | undefined): line is string {
  return line !== undefined && line.trim() !== '' && line.includes('|');
}

/**
 * Where each paragraph of each cell of a row stands in the line as written (`source`: before NFC
 * and emphasis stripping, which add or remove no bar and no `<br>`), for locations; `null` when
 * the written line does not split the same way.
 */
function cellPieces(source: string | undefined, line: number, cells: number): SourcePiece[][] | null {
  if (source === undefined) return null;
  const ranges = cellRanges(source);
  if (ranges.length !== cells) return null;
  return ranges.map(([from, to]) => {
    const pieces: SourcePiece[] = [];
    const raw = source.slice(from, to);
    const breaks = new RegExp(BREAK.source, 'giu');
    let at = 0;
    for (const m of raw.matchAll(breaks)) {
      pieces.push({ line, column: from + at + 1, text: raw.slice(at, m.index) });
      at = m.index + m[0].length;
    }
    pieces.push({ line, column: from + at + 1, text: raw.slice(at) });
    return pieces;
  });
}

function table(rows: readonly string[], first: number, source: readonly string[] | undefined): RawTable {
  const cells: RawParagraph[][][] = [];
  const layout: RawCellLayout[][] = [];
  rows.forEach((row, r) => {
    const texts = cellsOf(row);
    // The delimiter row sits between the header (row 0) and the rest in the file.
    const line = first + r + (r > 0 ? 1 : 0);
    const pieces = source ? cellPieces(source[line], line + 1, texts.length) : null;
    cells.push(
      texts.map((t, c) =>
        t === MERGED_ABOVE
          ? []
          : t.split(BREAK).map((p, k) => {
            const piece = pieces?.[c]?.[k];
            return rawParagraph(p.trim(), null, piece ? { pieces: [piece] } : undefined);
          }).filter((p) => p.text !== ''),
      ),
    );
    layout.push(texts.map((t) => ({ mergedAbove: t === MERGED_ABOVE })));
  });
  return { type: 'table', rows: cells, page: null, layout };
}

/**
 * A text's lines as blocks: each line a paragraph, each pipe table (header, delimiter, rows) a table.
 * With `source` (the lines as written, same count), every paragraph knows the line and column it
 * came from.
 */
export function linesToBlocks(lines: readonly string[], source?: readonly string[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const delimiter = lines[i + 1];
    if (isRow(line) && isRow(delimiter) && DELIMITER.test(delimiter) && cellsOf(delimiter).length === cellsOf(line).length) {
      const rows = [line];
      let j = i + 2;
      while (isRow(lines[j])) rows.push(lines[j++] as string);
      out.push(table(rows, i, source));
      i = j - 1;
      continue;
    }
    out.push(source ? rawParagraph(line, null, { pieces: [{ line: i + 1, column: 1, text: source[i] ?? '' }] }) : rawParagraph(line));
  }
  return out;
}
