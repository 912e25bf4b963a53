/**
 * Is a PDF page a scan? A page is read by OCR (in the default `auto` mode) when its text layer
 * holds no real text — fewer than a line's worth of letters: nothing, a page number, a scanner's
 * stamp — and a picture covers most of it. A blank page or a page of vector drawings is not
 * OCR'd: the engine is not even loaded for it.
 */

/** How OCR is used on PDF pages: `auto` reads scanned pages by OCR, `force` every page (the text layer is ignored), `off` none. */
export type OcrMode = 'auto' | 'off' | 'force';

export const OCR_MODES: readonly OcrMode[] = ['auto', 'off', 'force'];

/** Fewer letters than this is no real text layer (a page number, "Scanned by …"); a body line alone has 60. */
const MIN_LETTERS = 40;
/** Share of the page a picture must cover to be a scan of it (a logo or a signature image covers far less). */
const MIN_PICTURE_SHARE = 0.5;

/** Whether `items` (a page's text layer) hold real text: enough letters. */
export function hasRealText(items: readonly object[]): boolean {
  let letters = 0;
  for (const item of items) {
    if (!('str' in item) || typeof item.str !== 'string') continue;
    letters += item.str.match(/\p{L}/gu)?.length ?? 0;
    if (letters >= MIN_LETTERS) return true;
  }
  return false;
}

/** pdf.js's operator list, as far as pictures go. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

/** The operator codes read here (pdf.js's `OPS`). */
export interface PictureOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
  paintImageXObjectRepeat: number;
}

type Matrix = [number, number, number, number, number, number];

/** What the pictures on a page come to: the share of the page they cover, and the largest one's resolution. */
export interface Pictures {
  /** 0–1, summed over pictures and capped at the page. */
  share: number;
  /** Pixels per inch of the largest picture as drawn on the page (a scan's own resolution), or null without pictures. */
  dpi: number | null;
}

/**
 * The pictures of a page: each image is the unit square under the transformation in force where
 * it is painted (pdf.js's save/restore/transform operators and form matrices), its area |det| of
 * that matrix, and its resolution its pixel width over its drawn width in inches.
 */
export function pictures(list: OperatorList, ops: PictureOps, pageArea: number): Pictures {
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  let area = 0;
  let largest = 0;
  let dpi: number | null = null;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(asMatrix(args) ?? [1, 0, 0, 1, 0, 0], ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = asMatrix(args?.[0]);
      if (matrix) ctm = multiply(matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === ops.paintImageXObject || fn === ops.paintInlineImageXObject || fn === ops.paintImageMaskXObject || fn === ops.paintImageXObjectRepeat) {
      const painted = Math.abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]);
      area += painted;
      const pixels = pixelWidth(args);
      const inches = Math.hypot(ctm[0], ctm[1]) / 72;
      if (painted > largest && pixels !== null && inches > 0) {
        largest = painted;
        dpi = pixels / inches;
      }
    }
  }
  return { share: pageArea > 0 ? Math.min(1, area / pageArea) : 0, dpi };
}

/** An image's width in pixels from pdf.js's paint arguments: `[objId, width, height]`, or the image data first. */
function pixelWidth(args: unknown[] | null): number | null {
  if (!args) return null;
  if (typeof args[1] === 'number') return args[1];
  const data = args[0] as { width?: unknown } | null | undefined;
  return typeof data?.width === 'number' ? data.width : null;
}

/** Whether the pictures on a page cover enough of it to be a scan of it. */
export function isScan(found: Pictures): boolean {
  return found.share >= MIN_PICTURE_SHARE;
}

function asMatrix(value: unknown): Matrix | null {
  if (!value || typeof (value as ArrayLike<number>).length !== 'number' || (value as ArrayLike<number>).length < 6) return null;
  const m = Array.from(value as ArrayLike<number>).slice(0, 6);
  return m.every((x) => typeof x === 'number' && Number.isFinite(x)) ? (m as Matrix) : null;
}

/** `m` applied first, then `n` (PDF's row-vector convention: m × n). */
function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}
