/**
 * How crooked a scanned page lies: the slope of its text lines, found by projection profiles —
 * the dark pixels of a small copy of the page are summed along lines of each candidate slope,
 * and the slope whose sums are most peaked (lines of text and the gaps between them cleanly
 * apart) is the page's. The classic method (Postl 1986; Leptonica's `pixFindSkew` is a variant).
 *
 * Written here rather than taken from tesseract: tesseract's own levelling (`rotateAuto`) runs a
 * layout pass just to measure the angle (as long as the recognition itself) and then turns the
 * image with a smoothing resample that blurred 11 pt tone marks ("thể" read "thế"). Measuring
 * first lets the reader draw the page level in one resample from the scan (pdf.js renders it
 * turned), and leave it as is when it is nearly level.
 */
import type { GreyImage } from './render.js';

/** The largest slope looked for, in degrees: sheet feeders and hands stay within it. */
export const MAX_SKEW = 3;
/** Below this slope (degrees) a page is drawn as is: a line drifts less than half an x-height across the page. */
export const LEVEL_ENOUGH = 0.3;

/** Darker than this (0–255) in the small copy is ink. */
const INK = 160;

/**
 * The slope of the page's text lines in degrees, in image coordinates (y down): positive when
 * lines fall to the right (the sheet lay turned clockwise). 0 for a page without enough ink.
 * Searched in steps of 0.1° over ±MAX_SKEW, then refined to 0.02°.
 */
export function measureSkew(image: GreyImage): number {
  const points = inkPoints(image);
  if (points.length < 200) return 0;
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, step: number) => {
    for (let degrees = from; degrees <= to + 1e-9; degrees += step) {
      const score = profileScore(points, image.width, image.height, degrees);
      if (score > bestScore) {
        bestScore = score;
        best = degrees;
      }
    }
  };
  search(-MAX_SKEW, MAX_SKEW, 0.1);
  const coarse = best;
  search(coarse - 0.1, coarse + 0.1, 0.02);
  return Math.round(best * 100) / 100;
}

/** The ink pixels as a flat array of x, y pairs. */
function inkPoints(image: GreyImage): Int32Array {
  const { data, width, height } = image;
  let n = 0;
  for (let i = 0; i < data.length; i++) if ((data[i] as number) < INK) n++;
  const points = new Int32Array(n * 2);
  let k = 0;
  for (let y = 0; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      if ((data[row + x] as number) < INK) {
        points[k++] = x;
        points[k++] = y;
      }
    }
  }
  return points;
}

/**
 * How peaked the row sums are when the page is read along lines of `degrees` slope: the sum of
 * squared counts (a shear stands in for the rotation; at three degrees they differ by 0.1 %).
 */
function profileScore(points: Int32Array, width: number, height: number, degrees: number): number {
  const slope = Math.tan((degrees * Math.PI) / 180);
  const margin = Math.ceil(Math.abs(slope) * width) + 1;
  const bins = new Float64Array(height + 2 * margin);
  for (let i = 0; i < points.length; i += 2) {
    const row = Math.round((points[i + 1] as number) - (points[i] as number) * slope) + margin;
    bins[row] = (bins[row] as number) + 1;
  }
  let score = 0;
  for (let i = 0; i < bins.length; i++) score += (bins[i] as number) * (bins[i] as number);
  return score;
}
