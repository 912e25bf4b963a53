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
import { rawParagraph, type RawBlock, type RawCellLayout, type RawParagraph, type RawTable } from './raw.js';

const DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/u;
const MERGED_ABOVE = '^^';
const BREAK = /<br\s*\/?>/iu;

/** The cells of a pipe-table row: split on unescaped `|`, the outer bars dropped, each trimmed. */
function cellsOf(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === '\\' && line[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell);
  const trimmed = line.trim();
  if (trimmed.startsWith('|')) cells.shift();
  if (trimmed.endsWith('|') && !trimmed.endsWith('\\|')) cells.pop();
  return cells.map((c) => c.trim());
}

function isRow(line: string | undefined): line is string {
  return line !== undefined && line.trim() !== '' && line.includes('|');
}

function table(rows: string[]): RawTable {
  const cells: RawParagraph[][][] = [];
  const layout: RawCellLayout[][] = [];
  for (const row of rows) {
    const texts = cellsOf(row);
    cells.push(texts.map((t) => (t === MERGED_ABOVE ? [] : t.split(BREAK).map((p) => rawParagraph(p.trim())).filter((p) => p.text !== ''))));
    layout.push(texts.map((t) => ({ mergedAbove: t === MERGED_ABOVE })));
  }
  return { type: 'table', rows: cells, page: null, layout };
}

/** A text's lines as blocks: each line a paragraph, each pipe table (header, delimiter, rows) a table. */
export function linesToBlocks(lines: readonly string[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const delimiter = lines[i + 1];
    if (isRow(line) && isRow(delimiter) && DELIMITER.test(delimiter) && cellsOf(delimiter).length === cellsOf(line).length) {
      const rows = [line];
      let j = i + 2;
      while (isRow(lines[j])) rows.push(lines[j++] as string);
      out.push(table(rows));
      i = j - 1;
      continue;
    }
    out.push(rawParagraph(line));
  }
  return out;
}
