/**
 * One page, from text items to finished lines: the entry point every source of page text goes
 * through (pdf.js's text layer here; OCR produces the same `TextItemLike` items). What comes out,
 * `PageLines`, is what the document layout (`layout.ts`) reads.
 *
 * Orientation: positions are first taken as the page is shown (its `/Rotate` applied, through the
 * viewport), then the page is turned so that most of its characters read left to right. A landscape
 * annex drawn upright and turned by `/Rotate`, a page turned by `/Rotate` whose text is upright in
 * its own space, and sideways text on an upright page all read; characters in any other direction
 * (a stamp, a margin note) are counted in `unread` instead of disappearing silently.
 */
import { fixMojibake } from '../../normalize/legacy.js';
import { buildLines, finishLineText, toFragment, type Fragment, type Line, type TextItemLike } from './lines.js';
import type { Ruling } from './rulings.js';

/** What the document layout needs of a page. */
export interface PageLines {
  page: number;
  /** Size of the page as read (after turning), in points; a table or column block goes on only onto a page as wide. */
  width?: number;
  height: number;
  /** Lines top to bottom. */
  lines: Line[];
  /** Ruling lines, in the same space as the lines; none when not looked for. */
  rulings?: readonly Ruling[];
}

/** A page's text as read, with what was left out. */
export interface PageText extends PageLines {
  width: number;
  rulings: Ruling[];
  /** Non-space characters of the page's items. */
  chars: number;
  /** Of those, the ones not read: drawn in another direction than the page's text. */
  unread: number;
  /** How far the page was turned (clockwise, degrees) to read its text upright, after `/Rotate`. */
  turned: 0 | 90 | 180 | 270;
  /** The legacy encoding repaired on this page, if any. */
  encoding: string | null;
}

export interface PageInput {
  /** 1-based page number. */
  page: number;
  items: readonly TextItemLike[];
  /**
   * The page as shown: its size in points and the matrix from the items' space to it, y down
   * (pdf.js's `PageViewport` at scale 1: `/Rotate` and the crop box applied).
   */
  viewport: { width: number; height: number; transform: readonly number[] };
  /** Ruling lines in the items' space (`rulingsFromOperatorList`), when looked for. */
  rulings?: readonly Ruling[];
}

type Turn = 0 | 90 | 180 | 270;

/** Maps points of the items' space to the reading space: as shown, y up, turned by `turn`. */
export function toReadingSpace(viewport: PageInput['viewport'], turn: Turn): { map: (x: number, y: number) => [number, number]; width: number; height: number } {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = viewport.transform;
  const { width: w, height: h } = viewport;
  const shown = (x: number, y: number): [number, number] => [a * x + c * y + e, h - (b * x + d * y + f)];
  switch (turn) {
    case 90:
      return { map: (x, y) => { const [u, v] = shown(x, y); return [v, w - u]; }, width: h, height: w };
    case 180:
      return { map: (x, y) => { const [u, v] = shown(x, y); return [w - u, h - v]; }, width: w, height: h };
    case 270:
      return { map: (x, y) => { const [u, v] = shown(x, y); return [h - v, u]; }, width: h, height: w };
    default:
      return { map: shown, width: w, height: h };
  }
}

/** An item's matrix in the shown space, y up. */
function shownMatrix(t: readonly number[], viewport: PageInput['viewport']): [number, number, number, number, number, number] {
  const [va = 1, vb = 0, vc = 0, vd = 1, ve = 0, vf = 0] = viewport.transform;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = t;
  // viewport × item, then y flipped.
  const m0 = va * a + vc * b;
  const m1 = vb * a + vd * b;
  const m2 = va * c + vc * d;
  const m3 = vb * c + vd * d;
  const m4 = va * e + vc * f + ve;
  const m5 = vb * e + vd * f + vf;
  return [m0, -m1, m2, -m3, m4, viewport.height - m5];
}

/** The direction a matrix writes in, as the clockwise turn that makes it upright; `null` for a slant. */
function directionOf(m: readonly number[]): Turn | null {
  const [a = 0, b = 0] = m;
  const tol = 0.1 * Math.hypot(a, b);
  if (Math.abs(b) <= tol) return a > 0 ? 0 : 180;
  if (Math.abs(a) <= tol) return b > 0 ? 90 : 270;
  return null;
}

// The same matrix after turning the shown page clockwise by `turn` (in a y-up space of size w × h).
function turnMatrix(m: readonly number[], turn: Turn, w: number, h: number): number[] {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = m;
  switch (turn) {
    case 90:
      return [b, -a, d, -c, f, w - e];
    case 180:
      return [-a, -b, -c, -d, w - e, h - f];
    case 270:
      return [-b, a, -d, c, h - f, e];
    default:
      return [a, b, c, d, e, f];
  }
}

const nonSpace = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 32) n++;
  return n;
};

/** Read one page: orientation, lines (split at vertical rulings), text finished (mojibake repaired, NFC). */
export function pageLines(input: PageInput): PageText {
  const { viewport, page } = input;
  // Characters by direction, to find the page's reading direction.
  const shown = input.items.map((item) => shownMatrix(item.transform, viewport));
  const byTurn = [0, 0, 0, 0];
  let chars = 0;
  input.items.forEach((item, i) => {
    const n = nonSpace(item.str);
    chars += n;
    const turn = directionOf(shown[i] as number[]);
    if (turn !== null) (byTurn[turn / 90] as number) += n;
  });
  let turned: Turn = 0;
  for (let k = 1; k < 4; k++) if ((byTurn[k] as number) > (byTurn[turned / 90] as number)) turned = (k * 90) as Turn;

  const space = toReadingSpace(viewport, turned);
  const rulings = (input.rulings ?? []).map((r) => {
    const [x0, y0] = space.map(r.x0, r.y0);
    const [x1, y1] = space.map(r.x1, r.y1);
    // Still on an axis after turning; snapped back onto it against rounding.
    if (Math.abs(y1 - y0) <= Math.abs(x1 - x0)) return { x0: Math.min(x0, x1), x1: Math.max(x0, x1), y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 };
    return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0: Math.min(y0, y1), y1: Math.max(y0, y1) };
  });
  const fragments: Fragment[] = [];
  let read = 0;
  input.items.forEach((item, i) => {
    const transform = turnMatrix(shown[i] as number[], turned, viewport.width, viewport.height);
    const fragment = toFragment({ str: item.str, width: item.width, height: item.height, transform });
    if (fragment) {
      fragments.push(fragment);
      read += nonSpace(item.str);
    }
  });
  const lines = buildLines(fragments, page, rulings);
  const encoding = finishText(lines);
  return { page, width: space.width, height: space.height, lines, rulings, chars, unread: chars - read, turned, encoding };
}

/**
 * Line texts made final: legacy-font mojibake repaired page by page (TCVN3/VNI fonts map
 * Vietnamese letters to Latin-1 codes), split syllables rejoined, NFC. Returns the page's encoding.
 */
function finishText(lines: Line[]): string | null {
  const segments = lines.flatMap((line) => line.segments);
  // One call per page: detection needs more text than a line gives. The fixers keep "\n".
  const fixed = fixMojibake(segments.map((s) => s.text).join('\n'));
  const texts = fixed.encoding !== null ? fixed.text.split('\n') : null;
  segments.forEach((segment, i) => {
    segment.text = finishLineText(texts?.length === segments.length ? (texts[i] ?? segment.text) : segment.text);
  });
  for (const line of lines) line.text = line.segments.map((s) => s.text).join(' ');
  return texts?.length === segments.length ? fixed.encoding : null;
}
