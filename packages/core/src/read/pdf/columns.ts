/**
 * Column blocks: runs of lines laid out side by side without borders — the two-column header
 * (issuing body | motto), the closing (`Nơi nhận:` and the recipients | the signature), and
 * tables whose gutters show in the text. Found from geometry over the whole block, not from rows
 * that line up: a gutter is an x-range no line of the block crosses, and a line on one side only
 * belongs to the block if it lines up with its column as the column is set (on its centre when
 * centred, on its edge when left-aligned). The columns may have any number of lines, font sizes
 * and spacing; a block left open at the bottom of a page goes on at the top of the next one.
 */
import type { RawTable } from '../raw.js';
import { GUTTER_GAP, subLine, type Line, type Segment } from './lines.js';
import { cellParagraphs } from './paragraphs.js';

interface Gutter {
  left: number;
  right: number;
}

interface Column {
  lefts: number[];
  centres: number[];
  rights: number[];
  /** `alignmentOf`, cached for the number of lines it was worked out from. */
  kind?: 'centred' | 'left' | null;
  kindOf?: number;
}

// Alignment tolerances in ems: aligned edges match to a point or two, centred lines drift with rounding.
const EDGE_TOLERANCE = 0.25;
const CENTRE_TOLERANCE = 1;
/** Largest vertical step inside a block, in ems. */
const MAX_STEP = 8;
/** …and before a line centred on its column: the room for a handwritten signature and a stamp (4–5 cm). */
const MAX_SIGNATURE_STEP = 14;
/** Narrowest gutter a block keeps, in ems. */
const MIN_GUTTER = 0.8;
/** Steps up to this many ems are the column's own line spacing. */
const NEAR_STEP = 1.6;
/** A cell's next line this far below its last one (ems) starts afresh: cell padding, a rule, a blank line. */
const FRESH_STEP = 1.3;

/** How many of a column's lines alignment is checked against (the most recent): keeps a tall block linear. */
const RECENT = 64;

/**
 * How a column's lines are set, from its first lines: centred (two of different widths share a
 * centre: the issuing body, the motto, the signature), left-aligned (two of different widths share
 * a left edge: the recipients), or not known yet.
 */
function alignmentOf(c: Column, em: number): 'centred' | 'left' | null {
  const n = Math.min(c.centres.length, RECENT);
  if (c.kind !== undefined && c.kindOf === n) return c.kind;
  let kind: 'centred' | 'left' | null = null;
  for (let i = 0; i < n && kind !== 'centred'; i++) {
    for (let j = i + 1; j < n; j++) {
      const widths = Math.abs((c.rights[i] as number) - (c.lefts[i] as number) - ((c.rights[j] as number) - (c.lefts[j] as number)));
      if (widths <= 2 * em) continue;
      if (Math.abs((c.centres[i] as number) - (c.centres[j] as number)) <= CENTRE_TOLERANCE * em) {
        kind = 'centred';
        break;
      }
      if (Math.abs((c.lefts[i] as number) - (c.lefts[j] as number)) <= EDGE_TOLERANCE * em) kind = 'left';
    }
  }
  c.kind = kind;
  c.kindOf = n;
  return kind;
}

/** How a line is tried: below the block, above its first line, or at the top of the next page. */
type Direction = 'down' | 'up' | 'carry';

/** The column a segment falls in: how many gutters lie to its left (by its centre when it sits in one). */
function columnOf(s: Segment, gutters: readonly Gutter[]): number {
  const centre = (s.x0 + s.x1) / 2;
  let column = 0;
  for (const g of gutters) if (centre >= (g.left + g.right) / 2) column++;
  return column;
}

/** A run of lines laid out in columns with gutters between them. */
export class ColumnBlock {
  readonly type = 'columns';
  lines: Line[];
  private readonly columns: Column[];

  constructor(
    first: Line,
    /** The gutters, left to right: column `i` ends before `gutters[i].left`, column `i + 1` starts after `gutters[i].right`. */
    public gutters: Gutter[],
    /** Whether the block started at a gutter-wide gap (else at narrow gaps, to be confirmed by more rows). */
    readonly strong: boolean,
    /** The width of the page it started on: a block goes on only on a page of the same width. */
    readonly pageWidth: number,
  ) {
    this.lines = [];
    this.columns = Array.from({ length: gutters.length + 1 }, () => ({ lefts: [], centres: [], rights: [] }));
    this.place(first, 0, 'down');
    this.lines.push(first);
  }

  /**
   * Take `line` into the block if it crosses no gutter and, when it has text in one column only,
   * belongs to that column. `step` is its distance from the nearest line of the block (ems are
   * the line's). The caller puts it in `lines`.
   */
  place(line: Line, step: number, direction: Direction): boolean {
    const m = MIN_GUTTER * line.size;
    const next = this.gutters.map((g) => ({ ...g }));
    const spans = new Map<number, { x0: number; x1: number }>();
    for (const s of line.segments) {
      const column = columnOf(s, this.gutters);
      // Text may reach into a gutter from either side, but must leave it open.
      const before = next[column - 1];
      const after = next[column];
      if (before && s.x0 < before.left + m) return false;
      if (after && s.x1 > after.right - m) return false;
      if (before) before.right = Math.min(before.right, s.x0);
      if (after) after.left = Math.max(after.left, s.x1);
      const span = spans.get(column);
      spans.set(column, { x0: Math.min(span?.x0 ?? Infinity, s.x0), x1: Math.max(span?.x1 ?? -Infinity, s.x1) });
    }
    if (next.some((g) => g.right - g.left < m)) return false;
    const em = line.size;
    const near = (values: number[], v: number, tol: number) => {
      for (let k = Math.max(0, values.length - RECENT); k < values.length; k++) if (Math.abs((values[k] as number) - v) <= tol * em) return true;
      return false;
    };
    // Whether a span lines up with what its column holds: on the centre of a centred column, the
    // edge of a left-aligned one (a left-aligned column's centres say nothing), either while unknown.
    const aligned = (column: number, span: { x0: number; x1: number }) => {
      const c = this.columns[column] as Column;
      const kind = alignmentOf(c, em);
      const centred = kind !== 'left' && near(c.centres, (span.x0 + span.x1) / 2, CENTRE_TOLERANCE);
      const edge = kind !== 'centred' && (near(c.lefts, span.x0, EDGE_TOLERANCE) || near(c.rights, span.x1, EDGE_TOLERANCE));
      return { centred, edge, kind };
    };
    if (direction === 'carry') {
      // At the top of the next page every column must go on as it was: a closing split by the page
      // break does, the header of a document bound after it need not.
      for (const [column, span] of spans) {
        const { centred, edge } = aligned(column, span);
        if (!centred && !edge) return false;
      }
    } else if (this.lines.length > 0 && spans.size === 1) {
      // A line in one column only must belong to it, or it is the next thing on the page.
      const [[column, span]] = [...spans] as [[number, { x0: number; x1: number }]];
      const { centred, edge, kind } = aligned(column, span);
      if (step > (centred ? MAX_SIGNATURE_STEP : MAX_STEP) * em) return false;
      // Above the block only lines centred on a centred column (the motto's first line, the issuing
      // body) belong to it: a body paragraph's short last line above the closing may be centred on
      // "Nơi nhận:" by chance.
      if (direction === 'up' ? !(centred && kind === 'centred') : !(centred || (edge && step <= NEAR_STEP * em))) return false;
    } else if (step > MAX_STEP * em) {
      return false;
    }
    this.gutters = next;
    for (const [column, span] of spans) {
      const c = this.columns[column] as Column;
      c.lefts.push(span.x0);
      c.rights.push(span.x1);
      c.centres.push((span.x0 + span.x1) / 2);
    }
    return true;
  }

  /** The block as a table: rows where every column with text starts afresh, cells as paragraphs. */
  toTable(): RawTable {
    const width = this.gutters.length + 1;
    const rows: { page: number; cells: Line[][] }[] = [];
    let current: Line[][] | null = null;
    // The last line of each column in the current row.
    let last: (Line | null)[] = [];
    for (const line of this.lines) {
      const byColumn: Segment[][] = Array.from({ length: width }, () => []);
      for (const s of line.segments) byColumn[columnOf(s, this.gutters)]?.push(s);
      const used = byColumn.map((c, i) => (c.length > 0 ? i : -1)).filter((i) => i >= 0);
      const fresh = (i: number) => {
        const above = last[i];
        if (!above) return true;
        // A cell that runs on over a page break goes on in the same row.
        return above.page === line.page && above.y - line.y > FRESH_STEP * Math.max(line.size, above.size);
      };
      if (current === null || (used.length >= 2 && used.every(fresh))) {
        current = Array.from({ length: width }, () => []);
        rows.push({ page: line.page, cells: current });
        last = Array.from({ length: width }, () => null);
      }
      for (const i of used) {
        current[i]?.push(subLine(line, byColumn[i] as Segment[]));
        last[i] = line;
      }
    }
    const texts = (cells: Line[][]) => cells.map((cell) => cell.map((l) => l.text).join(' ')).join('|');
    const first = rows[0];
    // A table running over pages repeats its header row on each page: keep the first.
    const kept = rows.filter((row, i) => i === 0 || !first || row.page === first.page || texts(row.cells) !== texts(first.cells));
    return { type: 'table', rows: kept.map((row) => row.cells.map((cell) => cellParagraphs(cell))), page: first?.page ?? null };
  }
}

// A list marker standing alone before a tab: "1.", "1.1.", "a)", "-", "I.".
export const BARE_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVXLC]+\.|[-+•–])$/u;

/**
 * Whether a run of lines is laid out in columns. One line with a wide gap is not (a tab, a
 * stretched justified line); a run that started from narrow gaps needs two lines with text in
 * several columns; and a run whose first column holds nothing but markers is a list.
 */
function isColumnBlock(block: ColumnBlock): boolean {
  const { lines, gutters } = block;
  if (lines.length < 2) return false;
  const split = lines.filter((line) => new Set(line.segments.map((s) => columnOf(s, gutters))).size >= 2).length;
  if (!block.strong && split < 2) return false;
  return !lines.every((line) => {
    const first = line.segments.filter((s) => columnOf(s, gutters) === 0);
    return first.length === 0 || (first.length === 1 && BARE_MARKER.test((first[0] as Segment).text));
  });
}

/** The block a line with gaps would start: gutters at its gutter-wide gaps, or at every gap if it has none. */
function seed(line: Line, pageWidth: number): ColumnBlock {
  const strong = line.segments.some((s) => s.gap >= GUTTER_GAP);
  const gutters: Gutter[] = [];
  let left = line.segments[0] as Segment;
  for (const s of line.segments.slice(1)) {
    if (!strong || s.gap >= GUTTER_GAP) gutters.push({ left: left.x1, right: s.x0 });
    left = s;
  }
  return new ColumnBlock(line, gutters, strong, pageWidth);
}

/**
 * Split a page's lines (top to bottom) into body lines and column blocks. `open` is a block the
 * previous page ended with: lines at the top of this page that fit it go on in it. Returns the
 * page's items and the block it ends with, if any (for the next page). Linear in lines.
 */
export function findColumnBlocks(lines: readonly Line[], open: ColumnBlock | null, pageWidth: number): { items: (Line | ColumnBlock)[]; open: ColumnBlock | null } {
  const out: (Line | ColumnBlock)[] = [];
  let i = 0;
  if (open && Math.abs(open.pageWidth - pageWidth) < 1) {
    let prev: Line | null = null;
    while (i < lines.length) {
      const line = lines[i] as Line;
      if (!open.place(line, prev ? prev.y - line.y : 0, prev ? 'down' : 'carry')) break;
      open.lines.push(line);
      prev = line;
      i++;
    }
  }
  while (i < lines.length) {
    const first = lines[i] as Line;
    if (first.segments.length < 2) {
      out.push(first);
      i++;
      continue;
    }
    const block = seed(first, pageWidth);
    let j = i + 1;
    while (j < lines.length) {
      const next = lines[j] as Line;
      const prev = block.lines[block.lines.length - 1] as Line;
      if (!block.place(next, prev.y - next.y, 'down')) break;
      block.lines.push(next);
      j++;
    }
    // Lines just above that belong to it: a motto line or an issuing body set higher than the first line with both columns.
    let k = out.length;
    while (k > 0) {
      const above = out[k - 1];
      if (!above || above instanceof ColumnBlock) break;
      const top = block.lines[0] as Line;
      if (above.page !== top.page || !block.place(above, above.y - top.y, 'up')) break;
      block.lines.unshift(above);
      k--;
    }
    // Lines taken and then refused stay body lines; not retrying from each keeps this linear.
    if (isColumnBlock(block)) {
      out.splice(k);
      out.push(block);
    } else {
      for (let n = i; n < j; n++) out.push(lines[n] as Line);
    }
    i = j;
  }
  // A page taken up by the block from the previous page leaves it open for the next.
  if (out.length === 0 && open && open.lines[open.lines.length - 1] === lines[lines.length - 1]) return { items: out, open };
  const tail = out[out.length - 1];
  return { items: out, open: tail instanceof ColumnBlock ? tail : null };
}
