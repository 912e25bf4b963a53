/**
 * From pages of lines to what a plan printed: running headers and footers set apart, list
 * markers kept with their text, bordered tables from their rulings (`ruled.ts`), column blocks
 * from geometry (`columns.ts`: the two-column header, the recipients | signature block, tables
 * with clear gutters), and hard-wrapped lines joined into paragraphs (`paragraphs.ts`), across
 * page breaks too. Linear in lines, apart from sorting each page's fragments.
 */
import type { Furniture } from '../../model.js';
import type { RawBlock } from '../raw.js';
import { BARE_MARKER, ColumnBlock, findColumnBlocks } from './columns.js';
import type { Line, Segment } from './lines.js';
import type { PageLines } from './page.js';
import { DEFAULT_PITCH, frameOf, ParagraphBuilder, pitchOf, type Frame } from './paragraphs.js';
import type { Ruling } from './rulings.js';
import { findRuledTables, RuledTable } from './ruled.js';

export type { PageLines } from './page.js';
export { joinWrapped } from './paragraphs.js';

// ---------------------------------------------------------------------------
// Running headers, footers, page numbers

// "2", "- 2 -", "Trang 2", "2/5"
const PAGE_NUMBER = /^(?:trang\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*\/\s*\d{1,4})?$/iu;
/** How far into the page (fraction of its height) a running header or footer may sit. */
const EDGE_ZONE = 0.15;
/** Lines looked at from each edge of a page. */
const EDGE_LINES = 2;

const furnitureKey = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * Take running headers, footers and page numbers off each page: a line at the top or bottom
 * edge that is a bare page number, or whose text (digits aside) recurs at the same height on
 * at least half the pages (two at least). Works inwards from each edge and stops at the first
 * body line.
 */
export function takeFurniture(pages: PageLines[]): { pages: PageLines[]; furniture: Furniture[] } {
  const edge = (page: PageLines): Line[] => {
    const { lines } = page;
    const top = lines.slice(0, EDGE_LINES);
    const bottom = lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES));
    return [...top, ...bottom];
  };
  // key → baselines seen, one entry per page
  const seen = new Map<string, { page: number; y: number }[]>();
  for (const page of pages) {
    for (const line of edge(page)) {
      const key = furnitureKey(line.text);
      const list = seen.get(key) ?? [];
      if (list[list.length - 1]?.page !== page.page) list.push({ page: page.page, y: line.y });
      seen.set(key, list);
    }
  }
  // On half the pages at least: a body line can open two pages at the same height by chance
  // ("- Thời gian thực hiện: Năm 2025."), a running header or footer is on (nearly) all of them.
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const repeated = (line: Line) =>
    (seen.get(furnitureKey(line.text)) ?? []).filter((o) => Math.abs(o.y - line.y) <= 0.3 * line.size).length >= needed;

  const furniture: Furniture[] = [];
  const out = pages.map((page) => {
    const borders = (page.rulings ?? []).filter((r) => r.x0 === r.x1);
    // Inside a bordered table: a header row repeated on every page is the table's, not the page's.
    const ruled = (line: Line) => borders.some((r) => r.x0 <= line.x0 && r.y0 <= line.y && r.y1 >= line.y) && borders.some((r) => r.x0 >= line.x1 && r.y0 <= line.y && r.y1 >= line.y);
    const isFurniture = (line: Line) => {
      if (borders.length > 0 && ruled(line)) return false;
      const fromTop = page.height - line.y;
      const atTop = fromTop <= EDGE_ZONE * page.height;
      const atBottom = line.y <= EDGE_ZONE * page.height;
      if (!atTop && !atBottom) return false;
      return PAGE_NUMBER.test(line.text.trim()) || repeated(line);
    };
    const lines = page.lines;
    let start = 0;
    let end = lines.length;
    const head: Line[] = [];
    const foot: Line[] = [];
    while (start < end && start < EDGE_LINES && isFurniture(lines[start] as Line)) head.push(lines[start++] as Line);
    while (end > start && lines.length - end < EDGE_LINES && isFurniture(lines[end - 1] as Line)) foot.unshift(lines[--end] as Line);
    for (const line of [...head, ...foot]) {
      furniture.push({ type: 'furniture', region: line.y > page.height / 2 ? 'header' : 'footer', text: line.text, page: page.page });
    }
    return { ...page, lines: lines.slice(start, end) };
  });
  return { pages: out, furniture };
}

// ---------------------------------------------------------------------------
// List markers

/** Widest gap (ems) between a marker and its text that is still a tab, not a column of its own. */
const MARKER_TAB = 8;

/**
 * A list marker followed by a wide gap is Word's automatic numbering (`I.⇥MỤC ĐÍCH`, `1.⇥Mục
 * đích`, `a)⇥...`, `-⇥...`): the marker goes back with its text, so a run of numbered lines is
 * never taken for a two-column table. Only a border between them keeps them apart (a table's
 * `STT` column).
 */
export function keepMarkers(lines: readonly Line[], rulings: readonly Ruling[]): Line[] {
  const borders = rulings.filter((r) => r.x0 === r.x1);
  return lines.map((line) => {
    if (line.segments.length < 2 || !line.segments.some((s) => BARE_MARKER.test(s.text))) return line;
    const segments: Segment[] = [];
    for (const s of line.segments) {
      const prev = segments[segments.length - 1];
      const bordered = prev !== undefined && borders.some((r) => r.x0 >= prev.x1 - 0.5 && r.x0 <= s.x0 + 0.5 && r.y0 <= line.y && r.y1 >= line.y);
      if (prev && BARE_MARKER.test(prev.text) && s.gap <= MARKER_TAB && !bordered) {
        segments[segments.length - 1] = { x0: prev.x0, x1: s.x1, text: `${prev.text} ${s.text}`, gap: prev.gap };
      } else {
        segments.push(s);
      }
    }
    return segments.length === line.segments.length ? line : { ...line, segments };
  });
}

/**
 * Whether a page's text looks like it may hold a bordered table, which only its rulings can lay
 * out well: two lines or more with three cells or more (markers kept with their text). Reading a
 * page's rulings costs about as much again as its text, so the reader asks for them only then.
 */
export function mayHoldTable(lines: readonly Line[]): boolean {
  let rows = 0;
  for (const line of keepMarkers(lines, [])) if (line.segments.length >= 3 && ++rows >= 2) return true;
  return false;
}

// ---------------------------------------------------------------------------
// Layout

/** The font size most of these lines are set in (to the half point), or `null` for none. */
function mainSize(lines: Line[]): number | null {
  const counts = new Map<number, number>();
  let best: number | null = null;
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    const count = (counts.get(size) ?? 0) + 1;
    counts.set(size, count);
    if (best === null || count > (counts.get(best) ?? 0)) best = size;
  }
  return best;
}

type Item = Line | ColumnBlock | RuledTable;
const isLine = (item: Item): item is Line => !(item instanceof ColumnBlock || item instanceof RuledTable);

/**
 * Frames of their own for runs of lines set in another size than the page's body text: a
 * recipients list in 11 pt ends far short of the body's right margin, line after line, without
 * ending a paragraph each time.
 */
function runFrames(items: Item[], main: number | null): Map<Line, Frame> {
  const frames = new Map<Line, Frame>();
  let run: Line[] = [];
  const close = () => {
    if (run.length > 0) {
      const frame = frameOf(run);
      for (const line of run) frames.set(line, frame);
    }
    run = [];
  };
  for (const item of items) {
    if (!isLine(item) || main === null || Math.abs(item.size - main) < 0.5) {
      close();
      continue;
    }
    if (run.length > 0 && Math.abs((run[0] as Line).size - item.size) >= 0.5) close();
    run.push(item);
  }
  close();
  return frames;
}

/**
 * A page's items top to bottom: its bordered tables, and between them column blocks and body
 * lines. `carry` is what the previous page ended with, if it may go on here; returns what this
 * page ends with for the next.
 */
function pageItems(page: PageLines, carry: Item | null): { items: Item[]; carry: Item | null } {
  const rulings = page.rulings ?? [];
  const lines = keepMarkers(page.lines, rulings);
  const { tables, rest } = rulings.length > 0 ? findRuledTables(page.page, page.width ?? 0, rulings, lines) : { tables: [], rest: lines };
  const items: Item[] = [];
  let open = carry instanceof ColumnBlock ? carry : null;
  let at = 0;
  // Column blocks are looked for between tables, never across one.
  const chunk = (until: number) => {
    const slice: Line[] = [];
    while (at < rest.length && (rest[at] as Line).y > until) slice.push(rest[at++] as Line);
    const found = findColumnBlocks(slice, open, page.width ?? 0);
    items.push(...found.items);
    open = found.open;
  };
  for (const table of [...tables].sort((a, b) => b.top - a.top)) {
    chunk(table.top);
    if (items.length === 0 && carry instanceof RuledTable && carry.continuedBy(table)) carry.append(table);
    else items.push(table);
    open = null;
  }
  chunk(-Infinity);
  const last = items[items.length - 1];
  // What the page ends with may go on at the top of the next page.
  if (items.length === 0) return { items, carry: open ?? (carry instanceof RuledTable ? carry : null) };
  return { items, carry: last instanceof RuledTable ? last : open };
}

/**
 * Lay out a document's body lines (furniture already taken off) as blocks: tables for bordered
 * tables and column blocks, paragraphs for the rest, a paragraph, a column block or a bordered
 * table running on across a page break.
 */
export function layoutBlocks(pages: PageLines[]): RawBlock[] {
  const out: (RawBlock | ColumnBlock | RuledTable)[] = [];
  const builder = new ParagraphBuilder();
  let lastFrame: Frame | null = null;
  let lastPitch = DEFAULT_PITCH;
  let carry: Item | null = null;
  // The body text size, over the whole document: a last page may hold more recipients than body lines.
  const main = mainSize(pages.flatMap((page) => page.lines));
  for (const page of pages) {
    const found = pageItems(page, carry);
    carry = found.carry;
    const items = found.items;
    const body = items.filter(isLine);
    // A page with too few body lines to show its margins borrows the previous page's.
    const frame: Frame = body.length >= 3 || lastFrame === null ? frameOf(body.length > 0 ? body : page.lines) : lastFrame;
    if (body.length >= 3) lastFrame = frame;
    const pitch = pitchOf(body) ?? lastPitch;
    lastPitch = pitch;
    const frames = runFrames(items, main);
    for (const item of items) {
      if (isLine(item)) {
        builder.add({ line: item, frame: frames.get(item) ?? frame, pitch });
      } else {
        out.push(...builder.finish());
        // Tables are laid out once complete: a later page may still add to them.
        out.push(item);
      }
    }
  }
  out.push(...builder.finish());
  return out.map((block) => (block instanceof ColumnBlock || block instanceof RuledTable ? block.toTable() : block));
}
