/**
 * From lines to what a plan printed: running headers and footers set apart, column regions
 * (the two-column header, the recipients | signature block, tables with clear gutters) as
 * tables, and hard-wrapped lines joined into paragraphs, across page breaks too. Linear in
 * lines, apart from sorting each page's fragments.
 */
import type { Furniture } from '../../model.js';
import { parseMarker } from '../../segment/markers.js';
import type { RawBlock, RawParagraph, RawTable } from '../raw.js';
import { GUTTER_GAP, type Line, type Segment } from './lines.js';

/** One page's lines, top to bottom, and the page height (points). */
export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

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
    const isFurniture = (line: Line) => {
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
// Column regions: the two-column header and signature block, and tables

/** A run of lines laid out in columns with gutters between them. */
interface Region {
  type: 'region';
  lines: Line[];
  /** The gutters, left to right: column `i` ends at or before `gutters[i].left`, column `i + 1` starts at or after `gutters[i].right`. */
  gutters: Gutter[];
}

interface Gutter {
  left: number;
  right: number;
}

interface Column {
  lefts: number[];
  centres: number[];
  rights: number[];
}

// Alignment tolerances in ems: aligned edges match to a point or two, centred lines drift with rounding.
const EDGE_TOLERANCE = 0.25;
const CENTRE_TOLERANCE = 1;
/** Largest vertical step inside a region, in ems: room for a handwritten signature. */
const REGION_MAX_STEP = 8;
/** Narrowest gutter a region keeps, in ems. */
const MIN_GUTTER = 0.8;
/** Steps up to this many ems are the column's own line spacing. */
const NEAR_STEP = 1.6;

/**
 * Does a line on one column only belong to it? Centred on what the column holds (the signature
 * may sit far below its title), or on the next line down with a shared left or right edge.
 */
function alignedWith(column: Column, x0: number, x1: number, em: number, step: number): boolean {
  const near = (values: number[], v: number, tol: number) => values.some((u) => Math.abs(u - v) <= tol * em);
  if (near(column.centres, (x0 + x1) / 2, CENTRE_TOLERANCE)) return true;
  return step <= NEAR_STEP * em && (near(column.lefts, x0, EDGE_TOLERANCE) || near(column.rights, x1, EDGE_TOLERANCE));
}

/** The column a segment falls in: how many gutters lie to its left (by its centre when it sits in one). */
function columnOf(s: Segment, gutters: Gutter[]): number {
  const centre = (s.x0 + s.x1) / 2;
  let column = 0;
  for (const g of gutters) if (centre >= (g.left + g.right) / 2) column++;
  return column;
}

/**
 * Split a page's lines into body lines and column regions. A region starts at a line with a
 * gutter-wide gap (each such gap is a gutter) and takes the following lines while none crosses
 * a gutter and each line confined to one column lines up (left edge, right edge or centre)
 * with what that column already holds — so the centred title under the header, or the body
 * paragraph after a table, ends the region.
 */
export function findRegions(lines: Line[]): (Line | Region)[] {
  const out: (Line | Region)[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] as Line;
    if (first.segments.length < 2) {
      out.push(first);
      i++;
      continue;
    }
    // A line with a gutter-wide gap (the header, the signature block) splits there only: its
    // narrower gaps are inside a cell. Otherwise every gap between text items is a candidate
    // (a bordered table, whose cells may stand a word space apart), to be confirmed below.
    const strong = first.segments.some((s) => s.gap >= GUTTER_GAP);
    let gutters: Gutter[] = [];
    let left = first.segments[0] as Segment;
    for (const s of first.segments.slice(1)) {
      if (!strong || s.gap >= GUTTER_GAP) gutters.push({ left: left.x1, right: s.x0 });
      left = s;
    }
    const columns: Column[] = Array.from({ length: gutters.length + 1 }, () => ({ lefts: [], centres: [], rights: [] }));
    const place = (line: Line, step: number): boolean => {
      const m = MIN_GUTTER * line.size;
      const next = gutters.map((g) => ({ ...g }));
      const spans = new Map<number, { x0: number; x1: number }>();
      for (const s of line.segments) {
        const column = columnOf(s, gutters);
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
      if (step > 0 && spans.size === 1) {
        // A line in one column only must belong to it, or it is the next thing on the page.
        const [[column, span]] = [...spans] as [[number, { x0: number; x1: number }]];
        if (!alignedWith(columns[column] as Column, span.x0, span.x1, line.size, step)) return false;
      }
      gutters = next;
      for (const [column, span] of spans) {
        const c = columns[column] as Column;
        c.lefts.push(span.x0);
        c.rights.push(span.x1);
        c.centres.push((span.x0 + span.x1) / 2);
      }
      return true;
    };
    place(first, 0);
    const regionLines = [first];
    let j = i + 1;
    while (j < lines.length) {
      const next = lines[j] as Line;
      const prev = regionLines[regionLines.length - 1] as Line;
      const step = prev.y - next.y;
      if (step > REGION_MAX_STEP * Math.max(prev.size, next.size)) break;
      if (!place(next, step)) break;
      regionLines.push(next);
      j++;
    }
    // Lines taken and then refused stay body lines; not retrying from each keeps this linear.
    if (isRegion(regionLines, gutters, strong)) out.push({ type: 'region', lines: regionLines, gutters });
    else out.push(...regionLines);
    i = j;
  }
  return out;
}

// A list marker standing alone before a tab: "1.", "1.1.", "a)", "-".
const BARE_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•–])$/u;

/**
 * Whether a run of lines found by `findRegions` is laid out in columns. One line with a wide
 * gap is not (a tab, a stretched justified line); a run that started from narrow gaps needs
 * two lines with text in several columns; and a list whose first column holds nothing but
 * markers ("1." + tab + text, line after line) is a list.
 */
function isRegion(lines: Line[], gutters: Gutter[], strong: boolean): boolean {
  if (lines.length < 2) return false;
  const split = lines.filter((line) => new Set(line.segments.map((s) => columnOf(s, gutters))).size >= 2).length;
  if (!strong && split < 2) return false;
  return !lines.every((line) => {
    const first = line.segments.filter((s) => columnOf(s, gutters) === 0);
    return first.length === 0 || (first.length === 1 && BARE_MARKER.test((first[0] as Segment).text));
  });
}

/**
 * A region as a table: a row starts where a line with text in two columns or more follows a
 * step larger than single spacing (cell padding, a rule, a blank line); cells as paragraphs,
 * column by column.
 */
function regionToTable(region: Region): RawTable {
  const width = region.gutters.length + 1;
  const rows: Line[][][] = [];
  let current: Line[][] | null = null;
  let prev: Line | null = null;
  for (const line of region.lines) {
    const byColumn: Segment[][] = Array.from({ length: width }, () => []);
    for (const s of line.segments) byColumn[columnOf(s, region.gutters)]?.push(s);
    const used = byColumn.filter((c) => c.length > 0).length;
    const step = prev === null ? 0 : prev.y - line.y;
    // Single spacing is ≈ 1.15 em.
    if (current === null || (used >= 2 && step > 1.3 * Math.max(line.size, prev?.size ?? 0))) {
      current = Array.from({ length: width }, () => []);
      rows.push(current);
    }
    byColumn.forEach((segments, column) => {
      if (segments.length > 0) current?.[column]?.push(subLine(line, segments));
    });
    prev = line;
  }
  return {
    type: 'table',
    rows: rows.map((row) => row.map(cellParagraphs)),
    page: region.lines[0]?.page ?? null,
  };
}

function subLine(line: Line, segments: Segment[]): Line {
  const first = segments[0] as Segment;
  const last = segments[segments.length - 1] as Segment;
  return { ...line, segments, x0: first.x0, x1: last.x1, text: segments.map((s) => s.text).join(' ') };
}

// ---------------------------------------------------------------------------
// Paragraphs

/** The text block's left and right edges. */
export interface Frame {
  left: number;
  right: number;
}

function frameOf(lines: Line[]): Frame {
  let left = Infinity;
  let right = -Infinity;
  for (const line of lines) {
    left = Math.min(left, line.x0);
    right = Math.max(right, line.x1);
  }
  return { left, right };
}

/**
 * The usual baseline-to-baseline step between lines of one size: the lower quartile of the
 * steps (paragraph spacing makes the rest larger), or `null` with fewer than two steps.
 */
export function pitchOf(lines: Line[]): number | null {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const step = a.y - b.y;
    if (Math.abs(a.size - b.size) < 0.5 && step > 0.5 * b.size && step < 3 * b.size) steps.push(step / b.size);
  }
  if (steps.length < 2) return null;
  steps.sort((p, q) => p - q);
  return steps[Math.floor(steps.length / 4)] as number;
}

/** Line spacing in ems when a page or cell has too few lines to measure it. */
const DEFAULT_PITCH = 1.2;

interface Placed {
  line: Line;
  frame: Frame;
  /** Usual step between lines, in ems. */
  pitch: number;
}

// In ems.
const INDENT = 0.6;
/** A centred line keeps at least this much clear on both sides; more than a first-line indent (≈ 2.7 em). */
const CENTRE_OFFSET = 3;
const EXTRA_GAP = 0.35;

function isCentred(p: Placed): boolean {
  const { line, frame } = p;
  const em = line.size;
  const inset = line.x0 - frame.left;
  const outset = frame.right - line.x1;
  return inset > CENTRE_OFFSET * em && outset > CENTRE_OFFSET * em && Math.abs(inset - outset) < em;
}

/**
 * A line can begin with what looks like a marker when the text wrapped at a spaced dash
 * ("chính trị" / "- xã hội"). It is a continuation if the line above was full, this line is
 * flush left (items here are indented or start a fresh line) and the text after the marker
 * is lower case (items start with a capital).
 */
function wrappedAtMarker(prev: Placed, cur: Placed, marker: string): boolean {
  const em = cur.line.size;
  const full = prev.frame.right - prev.line.x1 <= cur.line.firstWordWidth + 0.3 * em;
  const flush = cur.line.x0 - cur.frame.left <= 0.3 * em;
  return full && flush && /^\s*\p{Ll}/u.test(cur.line.text.slice(marker.length));
}

/** Centred on the frame, whatever its width, and not flush left like a body line. */
function isCentredish(p: Placed): boolean {
  const { line, frame } = p;
  return line.x0 - frame.left > 0.3 * line.size && Math.abs(line.x0 + line.x1 - frame.left - frame.right) / 2 < line.size;
}

/**
 * Does `cur` start a new paragraph after `prev`? `prevStarts` says whether `prev` was
 * the first line of its paragraph (then a deeper `cur` is a hanging indent, not a new one).
 */
function startsParagraph(prev: Placed, cur: Placed, prevStarts: boolean): boolean {
  const em = cur.line.size;
  const marker = parseMarker(cur.line.text);
  if (marker !== null && !wrappedAtMarker(prev, cur, marker.text)) return true;
  if (isCentred(cur) || isCentred(prev)) {
    // A centred title wrapped only if the line above had no room left for this line's first word.
    const room = prev.frame.right - prev.frame.left - (prev.line.x1 - prev.line.x0);
    if (!(isCentredish(prev) && isCentredish(cur) && room < cur.line.firstWordWidth + 0.3 * em)) return true;
  }
  if (Math.abs(cur.line.size - prev.line.size) > 0.15 * em) return true;
  if (cur.line.page === prev.line.page && prev.line.y - cur.line.y > (prev.pitch + EXTRA_GAP) * em) return true;
  // First-line indent: deeper than the line above, which was itself a continuation line.
  if (!prevStarts && cur.line.x0 - cur.frame.left > INDENT * em && cur.line.x0 - prev.line.x0 > INDENT * em) return true;
  // The line above stopped short: this line's first word (and a space) would have fitted there.
  const room = prev.frame.right - prev.line.x1;
  if (room > cur.line.firstWordWidth + 0.3 * em) return true;
  return false;
}

// "HĐND-" + "UBND", "1420/KH-" + "UBND", "TT-" + "BLĐTBXH", "QĐ-" + "TTg": a compound code wrapped at its hyphen.
const ENDS_LETTER_HYPHEN = /\p{L}-$/u;
const STARTS_ABBREVIATION = /^\p{Lu}[\p{Lu}\d&]/u;

/**
 * The text of two wrapped lines. Hyphens are never removed (they are real in this genre);
 * the space is left out only where a code was wrapped at its hyphen.
 */
export function joinWrapped(before: string, after: string): string {
  return before + wrapSeparator(before, after) + after;
}

/** What goes between two wrapped lines: nothing where a code was wrapped at its hyphen, else a space. */
function wrapSeparator(before: string, after: string): string {
  return ENDS_LETTER_HYPHEN.test(before) && STARTS_ABBREVIATION.test(after) ? '' : ' ';
}

/**
 * A cell's paragraphs. In a centred cell (the issuing body, the motto, the signature) every
 * line is its own paragraph: equal-width centred lines look just like a wrapped one.
 */
function cellParagraphs(lines: Line[]): RawParagraph[] {
  const first = lines[0];
  if (first === undefined) return [];
  const centre = (line: Line) => (line.x0 + line.x1) / 2;
  if (lines.length > 1 && lines.every((line) => Math.abs(centre(line) - centre(first)) < 0.5 * line.size)) {
    return lines.map((line) => ({ type: 'paragraph', text: line.text, page: line.page }));
  }
  const frame = frameOf(lines);
  const pitch = pitchOf(lines) ?? DEFAULT_PITCH;
  const builder = new ParagraphBuilder();
  for (const line of lines) builder.add({ line, frame, pitch });
  return builder.finish();
}

/** Joins lines into paragraphs, one line at a time, carrying a paragraph over page breaks. */
class ParagraphBuilder {
  private readonly out: RawParagraph[] = [];
  /** The paragraph's lines and separators, joined once at the end: testing or indexing a string
   *  grown line by line flattens it each time, and a paragraph of thousands of lines (one that runs
   *  over a 500-page PDF) then took quadratic time. */
  private parts: string[] = [];
  private page: number | null = null;
  private prev: Placed | null = null;
  private prevStarts = false;

  add(cur: Placed): void {
    if (this.prev === null || startsParagraph(this.prev, cur, this.prevStarts)) {
      this.flush();
      this.parts = [cur.line.text];
      this.page = cur.line.page;
      this.prevStarts = true;
    } else {
      this.parts.push(wrapSeparator(this.prev.line.text, cur.line.text), cur.line.text);
      this.prevStarts = false;
    }
    this.prev = cur;
  }

  /** End the paragraph in progress (a table follows). */
  flush(): void {
    const text = this.parts.join('');
    if (text !== '') this.out.push({ type: 'paragraph', text, page: this.page });
    this.parts = [];
    this.prev = null;
  }

  /** End the paragraph in progress and hand over everything built so far. */
  finish(): RawParagraph[] {
    this.flush();
    return this.out.splice(0);
  }
}

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

/**
 * Frames of their own for runs of lines set in another size than the page's body text: a
 * recipients list in 11 pt ends far short of the body's right margin, line after line, without
 * ending a paragraph each time.
 */
function runFrames(items: (Line | Region)[], main: number | null): Map<Line, Frame> {
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
    if ('type' in item || main === null || Math.abs(item.size - main) < 0.5) {
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
 * Lay out a document's body lines (furniture already taken off) as blocks: tables for
 * two-column regions, paragraphs for the rest, a paragraph running on across a page break.
 */
export function layoutBlocks(pages: PageLines[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  const builder = new ParagraphBuilder();
  let lastFrame: Frame | null = null;
  let lastPitch = DEFAULT_PITCH;
  // The body text size, over the whole document: a last page may hold more recipients than body lines.
  const main = mainSize(pages.flatMap((page) => page.lines));
  for (const page of pages) {
    const items = findRegions(page.lines);
    const body = items.filter((item): item is Line => !('type' in item));
    // A page with too few body lines to show its margins borrows the previous page's.
    const frame: Frame = body.length >= 3 || lastFrame === null ? frameOf(body.length > 0 ? body : page.lines) : lastFrame;
    if (body.length >= 3) lastFrame = frame;
    const pitch = pitchOf(body) ?? lastPitch;
    lastPitch = pitch;
    const frames = runFrames(items, main);
    for (const item of items) {
      if ('type' in item) {
        for (const p of builder.finish()) blocks.push(p);
        blocks.push(regionToTable(item));
      } else {
        builder.add({ line: item, frame: frames.get(item) ?? frame, pitch });
      }
    }
  }
  for (const p of builder.finish()) blocks.push(p);
  return blocks;
}
