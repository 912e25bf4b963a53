/**
 * Bordered tables from their ruling lines: the task tables of plans (`STT | Nội dung công việc |
 * Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện`). The borders give the grid; a border
 * missing between two grid cells merges them (a group row spanning the columns, a lead agency
 * shared by two tasks), the merged text going to the first cell, as a DOCX reader reads a merged
 * cell, and the cells a merged cell covers below its first row marked `mergedAbove`. Text is placed in cells by position, so tight cells, cells wrapped over several lines and
 * vertically centred cells all come out whole; a table that runs over a page goes on in one table,
 * without the header rows the next page repeats.
 */
import type { RawTable } from '../raw.js';
import { subLine, type Line, type Segment } from './lines.js';
import { cellParagraphs, type Frame } from './paragraphs.js';
import type { Ruling } from './rulings.js';

/** How far apart (points) two borders may be and still be one. */
const SNAP = 2;
/** A border covering this share of a cell side closes it. */
const COVER = 0.6;

interface Cell {
  lines: Line[];
  frame: Frame;
}

/** A table drawn with borders, on one page or continued over several. */
export class RuledTable {
  readonly type = 'ruled';
  /** Cells row by row; `null` where a merged cell covers the grid cell. */
  rows: (Cell | null)[][];
  /** Row by row, whether a grid cell is covered by a cell merged down from a row above (a lead shared by several tasks). */
  above: boolean[][];

  constructor(
    readonly page: number,
    readonly pageWidth: number,
    /** Top and bottom borders (y up). */
    readonly top: number,
    readonly bottom: number,
    /** Column borders, left to right. */
    readonly xs: number[],
    rows: (Cell | null)[][],
    above: boolean[][] = rows.map((row) => row.map(() => false)),
  ) {
    this.rows = rows;
    this.above = above;
  }

  /** Does `next` (at the top of the following page) go on with this table: same page width, same columns? */
  continuedBy(next: RuledTable): boolean {
    return Math.abs(next.pageWidth - this.pageWidth) < 1 && next.xs.length === this.xs.length && next.xs.every((x, i) => Math.abs(x - (this.xs[i] as number)) <= 2 * SNAP);
  }

  /**
   * Take the rows of the table's continuation: header rows the page repeats are dropped, and a
   * first row without its number (the row Word split over the page break) joins the last row.
   */
  append(next: RuledTable): void {
    let rows = next.rows;
    let above = next.above;
    let k = 0;
    while (k < rows.length && k < this.rows.length - 1 && rowText(rows[k] as (Cell | null)[]) === rowText(this.rows[k] as (Cell | null)[])) k++;
    rows = rows.slice(k);
    above = above.slice(k);
    const last = this.rows[this.rows.length - 1];
    const first = rows[0];
    if (last && first && this.numbered() && cellText(first[0]) === '' && cellText(last[0]) !== '' && first.some((c) => cellText(c) !== '')) {
      first.forEach((cell, i) => {
        const target = last[i];
        if (cell && target) target.lines.push(...cell.lines);
      });
      rows = rows.slice(1);
      above = above.slice(1);
    }
    this.rows.push(...rows);
    this.above.push(...above);
  }

  /** Whether the first column numbers the rows (`STT`: short values such as "1", "II", "3.2"). */
  private numbered(): boolean {
    const values = this.rows.map((row) => cellText(row[0])).filter((t) => t !== '');
    return values.length >= 2 && values.filter((t) => t.length <= 6).length >= 0.8 * values.length;
  }

  toTable(): RawTable {
    return {
      type: 'table',
      rows: this.rows.map((row) => row.map((cell) => (cell ? cellParagraphs(cell.lines, cell.frame) : []))),
      page: this.page,
      layout: this.above.map((row) => row.map((mergedAbove) => ({ mergedAbove }))),
    };
  }
}

const cellText = (cell: Cell | null | undefined) => (cell?.lines ?? []).map((l) => l.text).join(' ').trim();
const rowText = (row: (Cell | null)[]) => row.map(cellText).join('|');

/** Values within `SNAP` of each other as one (their mean), ascending. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const group = out[out.length - 1];
    if (group && v - (group[group.length - 1] as number) <= SNAP) group.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((a, b) => a + b, 0) / g.length);
}

/** Collinear pieces that touch or overlap, joined (a border drawn cell by cell is one line). O(n log n). */
function joinPieces(rulings: Ruling[], horizontal: boolean): Ruling[] {
  const at = (r: Ruling) => (horizontal ? r.y0 : r.x0);
  const from = (r: Ruling) => (horizontal ? r.x0 : r.y0);
  const to = (r: Ruling) => (horizontal ? r.x1 : r.y1);
  const byLine = [...rulings].sort((a, b) => at(a) - at(b));
  const out: Ruling[] = [];
  // Pieces within a point of each other across the line are on one line; along it, overlapping ones join.
  for (let i = 0; i < byLine.length; ) {
    let j = i + 1;
    while (j < byLine.length && at(byLine[j] as Ruling) - at(byLine[j - 1] as Ruling) <= 1) j++;
    const line = byLine.slice(i, j).sort((a, b) => from(a) - from(b));
    const position = line.reduce((sum, r) => sum + at(r), 0) / line.length;
    let start = from(line[0] as Ruling);
    let end = to(line[0] as Ruling);
    const push = () => out.push(horizontal ? { x0: start, x1: end, y0: position, y1: position } : { x0: position, x1: position, y0: start, y1: end });
    for (const r of line.slice(1)) {
      if (from(r) <= end + SNAP) end = Math.max(end, to(r));
      else {
        push();
        start = from(r);
        end = to(r);
      }
    }
    push();
    i = j;
  }
  return out;
}

/** Groups of rulings that touch each other: each may be a table's frame. */
function components(h: Ruling[], v: Ruling[]): { h: Ruling[]; v: Ruling[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  h.forEach((a, i) => {
    v.forEach((b, j) => {
      if (b.x0 >= a.x0 - SNAP && b.x0 <= a.x1 + SNAP && a.y0 >= b.y0 - SNAP && a.y0 <= b.y1 + SNAP) parent[find(i)] = find(h.length + j);
    });
  });
  const groups = new Map<number, { h: Ruling[]; v: Ruling[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((r, i) => group(i).h.push(r));
  v.forEach((r, j) => group(h.length + j).v.push(r));
  return [...groups.values()];
}

function covered(pieces: Ruling[], at: number, from: number, to: number, horizontal: boolean): boolean {
  let length = 0;
  for (const r of pieces) {
    if (Math.abs((horizontal ? r.y0 : r.x0) - at) > SNAP) continue;
    const a = Math.max(from, horizontal ? r.x0 : r.y0);
    const b = Math.min(to, horizontal ? r.x1 : r.y1);
    if (b > a) length += b - a;
  }
  return length >= COVER * (to - from);
}

/**
 * The page's bordered tables, with the text inside them, and the lines left for the rest of the
 * layout. A table needs two columns and two rows at least: one box around a paragraph stays text.
 */
export function findRuledTables(page: number, pageWidth: number, rulings: readonly Ruling[], lines: readonly Line[]): { tables: RuledTable[]; rest: Line[] } {
  const h = joinPieces(rulings.filter((r) => r.y0 === r.y1), true);
  const v = joinPieces(rulings.filter((r) => r.x0 === r.x1 && r.y0 !== r.y1), false);
  const grids: { xs: number[]; ys: number[]; h: Ruling[]; v: Ruling[] }[] = [];
  for (const c of components(h, v)) {
    const xs = cluster(c.v.map((r) => r.x0));
    const ys = cluster(c.h.map((r) => r.y0)).reverse();
    if (xs.length >= 3 && ys.length >= 3) grids.push({ xs, ys, h: c.h, v: c.v });
  }
  if (grids.length === 0) return { tables: [], rest: [...lines] };

  const tables: RuledTable[] = [];
  let rest = [...lines];
  for (const { xs, ys, h: hs, v: vs } of grids) {
    const rows = ys.length - 1;
    const cols = xs.length - 1;
    // Grid cells merged where a border is missing: each grid cell points to the cell it is part of.
    const owner = Array.from({ length: rows * cols }, (_, i) => i);
    const find = (i: number): number => {
      while (owner[i] !== i) i = owner[i] = owner[owner[i] as number] as number;
      return i;
    };
    const union = (a: number, b: number) => {
      const [ra, rb] = [find(a), find(b)];
      // The top-left cell of a merged area holds its text.
      if (ra !== rb) owner[Math.max(ra, rb)] = Math.min(ra, rb);
    };
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const [top, bottom, left, right] = [ys[r] as number, ys[r + 1] as number, xs[c] as number, xs[c + 1] as number];
        if (c + 1 < cols && !covered(vs, right, bottom, top, false)) union(r * cols + c, r * cols + c + 1);
        if (r + 1 < rows && !covered(hs, bottom, left, right, true)) union(r * cols + c, (r + 1) * cols + c);
      }
    }
    const content = new Map<number, Line[]>();
    const [left, right, top, bottom] = [xs[0] as number, xs[cols] as number, ys[0] as number, ys[rows] as number];
    const remaining: Line[] = [];
    for (const line of rest) {
      if (line.y > top || line.y < bottom) {
        remaining.push(line);
        continue;
      }
      const r = ys.findIndex((y, i) => i < rows && line.y <= y && line.y >= (ys[i + 1] as number));
      const outside: Segment[] = [];
      const byCell = new Map<number, Segment[]>();
      for (const s of line.segments) {
        const centre = (s.x0 + s.x1) / 2;
        if (r < 0 || centre < left || centre > right) {
          outside.push(s);
          continue;
        }
        const c = Math.max(0, xs.findIndex((x, i) => i < cols && centre >= x && centre <= (xs[i + 1] as number)));
        const cell = find(r * cols + c);
        byCell.set(cell, [...(byCell.get(cell) ?? []), s]);
      }
      for (const [cell, segments] of byCell) content.set(cell, [...(content.get(cell) ?? []), subLine(line, segments)]);
      if (outside.length > 0) remaining.push(subLine(line, outside));
    }
    // Cell padding: how far the text nearest a left border sits from it.
    let pad = Infinity;
    for (const [cell, cellLines] of content) {
      const x = xs[cell % cols] as number;
      for (const line of cellLines) pad = Math.min(pad, line.x0 - x);
    }
    pad = Number.isFinite(pad) ? Math.max(0, Math.min(pad, 8)) : 0;
    const grid: (Cell | null)[][] = [];
    const above: boolean[][] = [];
    for (let r = 0; r < rows; r++) {
      const row: (Cell | null)[] = [];
      const rowAbove: boolean[] = [];
      above.push(rowAbove);
      for (let c = 0; c < cols; c++) {
        const i = r * cols + c;
        // A grid cell whose merged cell starts in a row above continues that cell (as Word's vMerge).
        rowAbove.push(Math.floor(find(i) / cols) < r);
        if (find(i) !== i) {
          row.push(null);
          continue;
        }
        // The merged cell's right edge: the last grid column it covers in its first row.
        let last = c;
        while (last + 1 < cols && find(r * cols + last + 1) === i) last++;
        row.push({ lines: content.get(i) ?? [], frame: { left: (xs[c] as number) + pad, right: (xs[last + 1] as number) - pad } });
      }
      grid.push(row);
    }
    tables.push(new RuledTable(page, pageWidth, top, bottom, xs, grid, above));
    rest = remaining;
  }
  return { tables, rest };
}
