/**
 * Lines rebuilt from pdf.js text items by position, not by content-stream order.
 * Pure functions over plain numbers, so the layout rules can be tested without pdf.js.
 * Coordinates are PDF points with y growing upwards (pdf.js `transform[4]`, `transform[5]`).
 */
import { boundMarks, nfc } from '../../normalize/index.js';

/** One pdf.js text item: baseline origin, advance width, font size. */
export interface Fragment {
  str: string;
  x: number;
  y: number;
  /** Advance width, corrected for glyphs pdf.js counted as zero-width (see `hiddenDiacriticWidth`). */
  w: number;
  size: number;
}

/** A run of a line with no gap wider than a word space between text items: a whole body line, or a table cell's line. */
export interface Segment {
  x0: number;
  x1: number;
  text: string;
  /** The gap before it, in ems of the line's font size (0 for the first). */
  gap: number;
}

/** A printed line: its segments left to right, text still as pdf.js gave it (see `finishLineText`). */
export interface Line {
  page: number;
  /** Baseline. */
  y: number;
  /** The font size most of the line's characters are set in. */
  size: number;
  x0: number;
  x1: number;
  segments: Segment[];
  text: string;
  /** Estimated width of the line's first word: would it have fitted at the end of the line above? */
  firstWordWidth: number;
}

/**
 * A pdf.js text item, reduced to what layout needs: its text, its matrix (baseline origin in
 * `transform[4]`, `transform[5]`; direction and size in the rest), its advance width and height.
 * Other sources of page text (OCR) produce the same shape.
 */
export interface TextItemLike {
  str: string;
  transform: readonly number[];
  width: number;
  height: number;
}

/** A vertical ruling a line must not run across: a cell border (see rulings.ts). */
interface Cut {
  x: number;
  y0: number;
  y1: number;
}

// Gaps are measured in ems of the larger font size of the two fragments.
/** Above this gap two fragments are separate words. Word spaces are ≥ 0.25 em; kerning and font switches stay under 0.1 em. */
const SPACE_GAP = 0.15;
/**
 * Above this gap between two text items a line falls apart into segments: a cell's text ends
 * there, or a tab. Word spaces inside one item do not count; between items they are ≈ 0.25 em.
 */
const SEGMENT_GAP = 0.4;
/** A gap this wide (in ems) is a gutter on its own: a justified word space rarely exceeds 1 em, a numbering tab 1.5 em. */
export const GUTTER_GAP = 2;

/**
 * Width pdf.js left out of an item. pdf.js gives any glyph whose Unicode mapping contains a
 * combining mark zero width (its "zero-width diacritic" rule); a PDF made from NFD text maps
 * one precomposed glyph to "o\u0300", so the item comes out short by that glyph and the next
 * item seems to start after a gap — the "Phò ng" split. Estimate the lost advance per base letter.
 */
export function hiddenDiacriticWidth(str: string, size: number): number {
  let width = 0;
  for (const match of str.matchAll(/(\p{L})\p{Mn}+/gu)) width += baseLetterWidth(match[1] ?? 'o') * size;
  return width;
}

// Advance widths in ems, between Times and Arial: close enough to tell a lost glyph (≈ 0.5 em) from a lost glyph plus a space (≥ 0.75 em).
const NARROW = /[iIjlJ]/;
function baseLetterWidth(letter: string): number {
  if (NARROW.test(letter)) return letter === letter.toLowerCase() ? 0.26 : 0.32;
  if (letter === 'm') return 0.8;
  if (letter === 'M' || letter === 'W') return 0.9;
  return letter === letter.toLowerCase() ? 0.5 : 0.7;
}

/** A fragment from a pdf.js item, or `null` for whitespace-only, empty and rotated items. */
export function toFragment(item: TextItemLike): Fragment | null {
  if (item.str.trim() === '') return null;
  const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
  // Rotated text (stamps, margin notes) is not part of the reading order.
  if (a <= 0 || Math.abs(b) > 0.1 * Math.abs(a)) return null;
  const size = Math.abs(d) || Math.hypot(c, d) || item.height || a;
  return { str: item.str, x, y, w: item.width + hiddenDiacriticWidth(item.str, size), size };
}

/**
 * Group fragments into lines by baseline (within 0.4 em), order each line by x, and join
 * fragments with a space where the gap is a word space. A vertical ruling (a cell border) always
 * ends a segment, cutting a fragment that runs across it. O(n log n) in the page's fragments.
 */
export function buildLines(fragments: Fragment[], page: number, rulings: readonly { x0: number; y0: number; x1: number; y1: number }[] = []): Line[] {
  const sorted = [...fragments].sort((p, q) => q.y - p.y || p.x - q.x);
  const cuts: Cut[] = rulings.filter((r) => r.x0 === r.x1).map((r) => ({ x: r.x0, y0: r.y0, y1: r.y1 }));
  const lines: Line[] = [];
  let group: Fragment[] = [];
  let baseline = 0;
  let size = 0;
  const flush = () => {
    if (group.length > 0) {
      // The borders this line's text band crosses (baseline to about the x-height).
      const here = cuts.length === 0 ? [] : cuts.filter((c) => c.y0 <= baseline + 0.5 * size && c.y1 >= baseline).map((c) => c.x);
      lines.push(makeLine(here.length === 0 ? group : cutAt(group, here), page, here));
    }
    group = [];
  };
  for (const f of sorted) {
    if (group.length > 0 && Math.abs(baseline - f.y) > 0.4 * Math.max(size, f.size)) flush();
    if (group.length === 0) {
      baseline = f.y;
      size = f.size;
    }
    group.push(f);
  }
  flush();
  return lines;
}

/**
 * Fragments cut where a vertical ruling runs through them: pdf.js may give two tight cells' text
 * as one item. The cut falls at the space nearest the ruling (by estimated glyph widths).
 */
function cutAt(group: Fragment[], cuts: number[]): Fragment[] {
  const out: Fragment[] = [];
  const queue = [...group];
  while (queue.length > 0) {
    const f = queue.shift() as Fragment;
    const cut = cuts.find((x) => x > f.x + 0.3 * f.size && x < f.x + f.w - 0.3 * f.size);
    if (cut === undefined) {
      out.push(f);
      continue;
    }
    const total = estimate(f.str) || 1;
    let at = 0;
    let width = 0;
    while (at < f.str.length && f.x + (width / total) * f.w < cut) width += estimate(f.str.charAt(at++));
    // The nearest space within three characters, else where the estimate says.
    let split = at;
    for (let d = 0; d <= 3; d++) {
      if (f.str.charAt(at - d) === ' ') {
        split = at - d;
        break;
      }
      if (f.str.charAt(at + d) === ' ') {
        split = at + d;
        break;
      }
    }
    const head = f.str.slice(0, split);
    const tail = f.str.slice(split).replace(/^ /, '');
    if (head.trim() === '' || tail.trim() === '') {
      out.push(f);
      continue;
    }
    const headWidth = (estimate(head) / total) * f.w;
    out.push({ ...f, str: head, w: headWidth });
    queue.unshift({ ...f, str: tail, x: Math.max(cut + 0.01, f.x + (estimate(f.str.slice(0, split + 1)) / total) * f.w), w: (estimate(tail) / total) * f.w });
  }
  return out;
}

function makeLine(group: Fragment[], page: number, cuts: readonly number[] = []): Line {
  group.sort((p, q) => p.x - q.x);
  const segments: Segment[] = [];
  let parts: string[] = [];
  let x0 = 0;
  let x1 = -Infinity;
  // Characters per font size: a bigger symbol or a superscript does not change the line's size.
  const bySize = new Map<number, number>();
  let prev: Fragment | null = null;
  let gapBefore = 0;
  for (const f of group) {
    bySize.set(f.size, (bySize.get(f.size) ?? 0) + f.str.length);
    const em = Math.max(f.size, prev?.size ?? 0);
    const gap = f.x - x1;
    if (prev === null || gap > SEGMENT_GAP * em || cuts.some((x) => x >= x1 - 0.5 && x <= f.x + 0.5)) {
      if (prev !== null) segments.push({ x0, x1, text: parts.join('').trim(), gap: gapBefore });
      gapBefore = prev === null ? 0 : gap / em;
      parts = [f.str];
      x0 = f.x;
    } else {
      const spaced = /\s$/.test(parts[parts.length - 1] ?? '') || /^\s/.test(f.str);
      parts.push(!spaced && gap > SPACE_GAP * em ? ` ${f.str}` : f.str);
    }
    x1 = Math.max(x1, f.x + f.w);
    prev = f;
  }
  segments.push({ x0, x1, text: parts.join('').trim(), gap: gapBefore });
  const first = group[0] as Fragment;
  let size = first.size;
  for (const [s, n] of bySize) if (n > (bySize.get(size) ?? 0)) size = s;
  return {
    page,
    y: first.y,
    size,
    x0: segments[0]?.x0 ?? first.x,
    x1: segments[segments.length - 1]?.x1 ?? first.x + first.w,
    segments,
    text: segments.map((s) => s.text).join(' '),
    firstWordWidth: firstWordWidth(group),
  };
}

/** The part of a line made of some of its segments (a table cell's share of it). */
export function subLine(line: Line, segments: Segment[]): Line {
  const first = segments[0] as Segment;
  const last = segments[segments.length - 1] as Segment;
  // The first word's share of the first segment, by estimated glyph widths.
  const word = /^\S*/.exec(first.text)?.[0] ?? '';
  const whole = estimate(first.text);
  const firstWord = first === line.segments[0] ? line.firstWordWidth : whole > 0 ? ((first.x1 - first.x0) * estimate(word)) / whole : 0;
  return { ...line, segments, x0: first.x0, x1: last.x1, text: segments.map((s) => s.text).join(' '), firstWordWidth: firstWord };
}

/**
 * The width of the line's first word, which may run over several fragments ("Th" + "ô" + "ng"
 * when a producer positions some glyphs on their own). Within a fragment, widths are shared out
 * by estimated glyph widths, not by character count: "nhằm" is wider than "tiết".
 */
function firstWordWidth(sorted: Fragment[]): number {
  let width = 0;
  let end = -Infinity;
  for (const f of sorted) {
    const lead = width === 0 ? f.str.trimStart() : f.str;
    if (width > 0 && (f.x - end > SPACE_GAP * f.size || /^\s/.test(lead))) break;
    const word = /^\S*/.exec(lead)?.[0] ?? '';
    const whole = estimate(lead.trimEnd());
    width += whole > 0 ? (f.w * estimate(word)) / whole : 0;
    end = f.x + f.w;
    if (word.length < lead.length) break;
  }
  return width;
}

// Rough advance widths in ems by letter shape, enough to share a fragment's width out among its words.
function estimate(text: string): number {
  let total = 0;
  const nfd = text.normalize('NFD');
  // Four regex tests per character made this the PDF reader's hottest function: a table lookup
  // by code unit instead (a code point beyond the BMP is rare and still classified by regex).
  for (let i = 0; i < nfd.length; i++) {
    const code = nfd.charCodeAt(i);
    let w: number;
    if (code < 0xd800 || code > 0xdfff) {
      let shape = SHAPE_OF[code] as number;
      if (shape === 0) {
        shape = WIDTHS.indexOf(glyphWidth(nfd.charAt(i)));
        SHAPE_OF[code] = shape;
      }
      w = WIDTHS[shape] as number;
    } else {
      const point = nfd.codePointAt(i) as number;
      if (point > 0xffff) i++;
      w = glyphWidth(String.fromCodePoint(point));
    }
    if (w !== 0) total += w;
  }
  return total;
}

// Shape classes by UTF-16 code unit: 0 = not seen yet, else an index into WIDTHS.
const WIDTHS: readonly number[] = [-1, 0, 0.25, 0.3, 0.85, 0.68, 0.5];
const SHAPE_OF = new Uint8Array(0x10000);

/** The advance width of one character in ems; 0 for a combining mark (it adds no width). */
function glyphWidth(ch: string): number {
  if (/\p{M}/u.test(ch)) return 0;
  if (ch === ' ') return 0.25;
  if (/[ijlftrI.,;:'!|()\[\]\/-]/.test(ch)) return 0.3;
  if (/[mwMW]/.test(ch)) return 0.85;
  if (/\p{Lu}/u.test(ch)) return 0.68;
  return 0.5;
}

// A letter with a combining mark, a space, then only a syllable-final consonant cluster:
// no Vietnamese word is made of those, so the space is an extraction artefact ("Phò ng", "Hù ng").
const SPLIT_AFTER_MARK = /(\p{L}\p{M}+) (ch|nh|ng|c|m|n|p|t)(?![\p{L}\p{M}])/gu;

// Latin ligatures (ﬁ, ﬂ...), which pdf.js would have expanded had its normalization been on.
const LIGATURES = /[\ufb00-\ufb06]/g;

/** Rejoin syllables split after a combining mark, expand ligatures, then NFC. */
export function finishLineText(text: string): string {
  return nfc(boundMarks(text).replace(SPLIT_AFTER_MARK, '$1$2').replace(LIGATURES, (c) => c.normalize('NFKC')));
}
