/**
 * Paragraphs from printed lines: where a new paragraph starts (a marker, an indent, a short line
 * above, a change of size, extra space, a centred line), how wrapped lines join, and the
 * paragraphs of one table cell.
 */
import { parseMarker } from '../../segment/markers.js';
import type { RawParagraph } from '../raw.js';
import type { Line } from './lines.js';

/** The text block's left and right edges. */
export interface Frame {
  left: number;
  right: number;
}

export function frameOf(lines: readonly Line[]): Frame {
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
export function pitchOf(lines: readonly Line[]): number | null {
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
export const DEFAULT_PITCH = 1.2;

export interface Placed {
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
/** Lines starting this close together (ems) start at the same place. */
const SAME_START = 0.3;

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
  const indented = cur.line.x0 - cur.frame.left > INDENT * em;
  // First-line indent: deeper than the line above, which was itself a continuation line.
  if (!prevStarts && indented && cur.line.x0 - prev.line.x0 > INDENT * em) return true;
  // Indented where the line above started, and that line started a paragraph: a wrapped line
  // would have gone back to the margin (first-line indent) or under the text after a marker
  // (hanging indent), so this is the next paragraph — a full-width sub-heading without final
  // punctuation, then its indented text.
  if (prevStarts && indented && Math.abs(cur.line.x0 - prev.line.x0) <= SAME_START * em && prev.line.x0 - prev.frame.left > INDENT * em) return true;
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
 * A cell's paragraphs. In a centred cell (the issuing body, the motto, the signature) a line
 * is joined to the one above where the cell's width is known (a ruled cell, `frame`) and the
 * line above left no room for its first word; without borders, equal-width centred lines look
 * just like a wrapped one, so only the text can tell.
 */
export function cellParagraphs(lines: readonly Line[], frame: Frame | null = null): RawParagraph[] {
  const first = lines[0];
  if (first === undefined) return [];
  const centre = (line: Line) => (line.x0 + line.x1) / 2;
  const own = frameOf(lines);
  const centred = lines.length > 1 && lines.every((line) => Math.abs(centre(line) - centre(first)) < 0.5 * line.size);
  if (centred && !(frame && Math.abs(centre(first) - (frame.left + frame.right) / 2) < first.size)) {
    // Without the cell's width, a line is taken as wrapped only when it goes on with lower case or
    // a digit, in the same size, right under a line that did not end a sentence: "Hưng Đạo, ngày
    // 12 tháng 5 năm" / "2025". Otherwise each line is its own paragraph.
    const out: RawParagraph[] = [];
    let prev: Line | null = null;
    for (const line of lines) {
      const last = out[out.length - 1];
      const wrapped = prev !== null && last !== undefined && Math.abs(prev.size - line.size) < 0.15 * line.size && prev.y - line.y < 1.6 * line.size && /^[\p{Ll}\d]/u.test(line.text) && !/[.;:!?]$/u.test(prev.text);
      if (wrapped && last) last.text = joinWrapped(last.text, line.text);
      else out.push({ type: 'paragraph', text: line.text, page: line.page });
      prev = line;
    }
    return out;
  }
  if (centred && frame) {
    const out: RawParagraph[] = [];
    let prev: Line | null = null;
    for (const line of lines) {
      const last = out[out.length - 1];
      const room = frame.right - frame.left - (prev ? prev.x1 - prev.x0 : 0);
      if (prev && last && room < line.firstWordWidth + 0.3 * line.size && Math.abs(prev.size - line.size) < 0.15 * line.size) last.text = joinWrapped(last.text, line.text);
      else out.push({ type: 'paragraph', text: line.text, page: line.page });
      prev = line;
    }
    return out;
  }
  const cellFrame = frame ?? own;
  const pitch = pitchOf(lines) ?? DEFAULT_PITCH;
  const builder = new ParagraphBuilder();
  for (const line of lines) builder.add({ line, frame: cellFrame, pitch });
  return builder.finish();
}

/** Joins lines into paragraphs, one line at a time, carrying a paragraph over page breaks. */
export class ParagraphBuilder {
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
