/**
 * OCR words → pdf.js-like text items, so that a scanned page goes through the same line building
 * and layout as a text layer (`lines.ts`, `layout.ts`): header and closing tables, markers and
 * paragraphs come out as they do from a born-digital PDF. Pure functions over plain numbers.
 *
 * What the layout reads from an item is its baseline origin, advance width and font size. OCR gives
 * ink boxes, a baseline per line and glyph boxes; the font size is estimated from glyph heights
 * (x-height, cap height) and snapped to the sizes used on the page, as a text layer's would be.
 */
import type { TextItemLike } from './lines.js';

/** One recognised glyph: its text and ink height in pixels. */
export interface OcrGlyph {
  text: string;
  height: number;
}

/** A recognised word: ink box in image pixels (y down), tesseract's confidence 0–100. */
export interface OcrWord {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  glyphs: OcrGlyph[];
}

/** A recognised line: its words and its baseline, from (x0, y0) to (x1, y1) in image pixels. */
export interface OcrLine {
  words: OcrWord[];
  baseline: { x0: number; y0: number; x1: number; y1: number };
}

/** What OCR found on one page image. */
export interface Recognition {
  lines: OcrLine[];
  /** The image the boxes refer to, in pixels, and its resolution. */
  width: number;
  height: number;
  dpi: number;
}

// Glyph heights as a share of the font size, measured on LibreOffice renders of the corpus plans
// (Times New Roman 11–14 pt, rendered at 300 dpi and recognised): lower-case letters without
// ascender, descender or mark 0.48 em; capitals and digits without marks 0.66 em. Arial's are
// 0.52 and 0.72: within the tolerance of the size snapping below.
const X_HEIGHT = 0.48;
const CAP_HEIGHT = 0.66;
const X_GLYPH = /^[acemnorsuvwxz]$/;
const CAP_GLYPH = /^[A-IK-PR-Z0-9]$/;
/** Tesseract's line box (ascender to descender, marks included) is about this many ems. */
const ROW_HEIGHT = 0.95;

/**
 * Above this gap (in ems) two words of one OCR line belong to different text items: a justified
 * word space stays under 1 em, the gutter between the header's columns or the recipients and the
 * signature is several. Between items the layout then sees a segment break (`SEGMENT_GAP`), as it
 * does where pdf.js starts a new item.
 */
export const ITEM_GAP = 1;

/** Sizes within this ratio of each other are one font size (OCR's estimate jitters by a few percent). */
const SAME_SIZE = 1.1;

/**
 * The text items of a recognised page, in PDF points with y growing upwards (what `toFragment`
 * reads): one item per run of words without a gutter-wide gap, baseline from the OCR line, font
 * size from glyph heights, snapped so that a page's body lines share one size.
 */
export function ocrTextItems(recognition: Recognition): TextItemLike[] {
  const k = 72 / recognition.dpi;
  const pageHeight = recognition.height * k;
  const runs: { words: OcrWord[]; line: OcrLine; size: number }[] = [];
  for (const line of recognition.lines) {
    // In tesseract's reading order, not by box: boxes of neighbouring words can overlap ("Y" inside "tế;").
    const words = line.words.filter((w) => w.text.trim() !== '');
    if (words.length === 0) continue;
    const lineSize = sizeOf(words);
    let run: OcrWord[] = [];
    for (const word of words) {
      const prev = run[run.length - 1];
      if (prev && word.x0 - Math.max(...run.map((w) => w.x1)) > ITEM_GAP * lineSize) {
        runs.push({ words: run, line, size: sizeOf(run, lineSize) });
        run = [];
      }
      run.push(word);
    }
    runs.push({ words: run, line, size: sizeOf(run, lineSize) });
  }
  const snap = snapSizes(runs.map((r) => ({ size: r.size, weight: r.words.reduce((n, w) => n + w.text.length, 0) })));
  return runs.map((run, i) => {
    const first = run.words[0] as OcrWord;
    const right = Math.max(...run.words.map((w) => w.x1));
    const size = (snap[i] ?? run.size) * k;
    const baseline = baselineAt(run.line, first.x0);
    return {
      str: run.words.map((w) => w.text).join(' '),
      transform: [size, 0, 0, size, first.x0 * k, pageHeight - baseline * k],
      width: (right - first.x0) * k,
      height: size,
    };
  });
}

/** Lines shorter than this many words say little about the page's slope. */
const SLOPE_WORDS = 3;

/**
 * The page levelled: the slope of its lines measured from the baselines OCR fitted (the median
 * over lines of three words or more, weighted by length), and every box and baseline turned by
 * it about the image's centre, so that a line's words share a height and a column's lines a left
 * edge, as in a text layer. Returns the slope in degrees, counter-clockwise positive (a sheet
 * turned that way on the scanner).
 *
 * Only coordinates are turned, not the picture: recognising the image as scanned keeps the
 * strokes of tone marks intact (turning it by 0.4° blurred "thể" into "thế" on a fixture) and
 * saves tesseract's own levelling pass, which took as long as the recognition. Tesseract reads
 * lines sloping by a few degrees well; its line finder follows the slope.
 */
export function levelled(recognition: Recognition): { recognition: Recognition; skew: number } {
  const slopes: { size: number; weight: number }[] = [];
  for (const line of recognition.lines) {
    const { x0, y0, x1, y1 } = line.baseline;
    if (line.words.length < SLOPE_WORDS || x1 <= x0) continue;
    slopes.push({ size: Math.atan2(y1 - y0, x1 - x0), weight: x1 - x0 });
  }
  if (slopes.length === 0) return { recognition, skew: 0 };
  const angle = weightedMedian(slopes);
  if (angle === 0) return { recognition, skew: 0 };
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const cx = recognition.width / 2;
  const cy = recognition.height / 2;
  // Turning by -angle: the baseline direction (cos, sin) becomes (1, 0).
  const x = (px: number, py: number) => cx + (px - cx) * cos + (py - cy) * sin;
  const y = (px: number, py: number) => cy - (px - cx) * sin + (py - cy) * cos;
  const lines = recognition.lines.map((line): OcrLine => {
    const { x0, y0, x1, y1 } = line.baseline;
    const words = line.words.map((word): OcrWord => {
      // The word's foot on the baseline, turned; its box keeps its height above and below it.
      const foot = baselineAt(line, word.x0);
      const left = x(word.x0, foot);
      const base = y(word.x0, foot);
      return { ...word, x0: left, x1: left + (word.x1 - word.x0) * cos, y0: base - (foot - word.y0), y1: base + (word.y1 - foot) };
    });
    return { words, baseline: { x0: x(x0, y0), y0: y(x0, y0), x1: x(x1, y1), y1: y(x1, y1) } };
  });
  return { recognition: { ...recognition, lines }, skew: (-angle * 180) / Math.PI };
}

/** The baseline's height (pixels, y down) at `x`. */
function baselineAt(line: OcrLine, x: number): number {
  const { x0, y0, x1, y1 } = line.baseline;
  if (x1 === x0) return y0;
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/**
 * Font size in pixels from glyph heights: lower-case letters without ascenders or marks when
 * there are a few, else capitals and digits, else `fallback`, else the words' ink height.
 */
export function sizeOf(words: OcrWord[], fallback?: number): number {
  const xs: number[] = [];
  const caps: number[] = [];
  for (const word of words) {
    for (const glyph of word.glyphs) {
      if (X_GLYPH.test(glyph.text)) xs.push(glyph.height);
      else if (CAP_GLYPH.test(glyph.text)) caps.push(glyph.height);
    }
  }
  if (xs.length >= 3) return median(xs) / X_HEIGHT;
  if (caps.length >= 2) return median(caps) / CAP_HEIGHT;
  if (xs.length > 0) return median(xs) / X_HEIGHT;
  if (caps.length > 0) return median(caps) / CAP_HEIGHT;
  if (fallback !== undefined) return fallback;
  return median(words.map((w) => w.y1 - w.y0)) / ROW_HEIGHT;
}

/**
 * Sizes as a text layer would have them: estimates within `SAME_SIZE` of each other are grouped
 * (smallest first) and each group takes its character-weighted median. The layout compares sizes to tell a recipients list in 11 pt from a body
 * in 14 pt, and breaks paragraphs where the size changes: jitter would break them everywhere.
 */
export function snapSizes(estimates: { size: number; weight: number }[]): number[] {
  const order = estimates.map((_, i) => i).sort((a, b) => (estimates[a]?.size ?? 0) - (estimates[b]?.size ?? 0));
  const out: number[] = new Array(estimates.length);
  let group: number[] = [];
  const close = () => {
    if (group.length === 0) return;
    const size = weightedMedian(group.map((i) => estimates[i] as { size: number; weight: number }));
    for (const i of group) out[i] = size;
    group = [];
  };
  for (const i of order) {
    const size = (estimates[i] as { size: number }).size;
    const start = group.length > 0 ? (estimates[group[0] as number] as { size: number }).size : size;
    if (size > start * SAME_SIZE) close();
    group.push(i);
  }
  close();
  return out;
}

function weightedMedian(values: { size: number; weight: number }[]): number {
  const sorted = [...values].sort((p, q) => p.size - q.size);
  const total = sorted.reduce((n, v) => n + Math.max(1, v.weight), 0);
  let seen = 0;
  for (const v of sorted) {
    seen += Math.max(1, v.weight);
    if (seen * 2 >= total) return v.size;
  }
  return sorted[sorted.length - 1]?.size ?? 0;
}

function median(values: number[]): number {
  const sorted = [...values].sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
