/**
 * A PDF page as a greyscale picture, for OCR: drawn by pdf.js onto a canvas from
 * `@napi-rs/canvas` (pdf.js's own choice in Node), then reduced to one byte per pixel.
 * Plus the few picture operations OCR needs (turning by quarter turns, halving, PGM encoding),
 * written here because they are a loop each and an image library would be a second native package.
 */
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PlanError } from '../../errors.js';
import { msg } from '../../messages/index.js';

/** One byte per pixel, rows top to bottom. */
export interface GreyImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** What rendering needs of a pdf.js page. */
export type RenderablePage = Pick<PDFPageProxy, 'getViewport' | 'render' | 'rotate'>;

/** How to turn the page as it is drawn: quarter turns clockwise, then a small angle (degrees, clockwise positive) about the centre. */
export interface Turning {
  quarter: 0 | 90 | 180 | 270;
  degrees: number;
}

export interface CanvasFactoryLike {
  create(width: number, height: number): { canvas: unknown; context: unknown };
}

interface Context2D {
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}

/**
 * Draw `page` at `dpi` (its /Rotate applied, as it is shown, then `turning`) and return it in
 * grey. The small angle is drawn by pdf.js itself, so a scan is resampled once, from its own
 * pixels, whatever the angle. Without `@napi-rs/canvas` (an optional package of pdf.js, and a
 * native one) OCR cannot run: that is one clear E_UNSUPPORTED, not a crash inside pdf.js.
 */
export async function renderGrey(
  page: RenderablePage,
  canvasFactory: CanvasFactoryLike,
  dpi: number,
  path: string | null,
  turning: Turning = { quarter: 0, degrees: 0 },
): Promise<GreyImage> {
  const viewport = page.getViewport({ scale: dpi / 72, rotation: (page.rotate + turning.quarter) % 360 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  let made: { canvas: unknown; context: unknown };
  try {
    made = canvasFactory.create(width, height);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PlanError('E_UNSUPPORTED', `OCR needs @napi-rs/canvas to draw the scanned pages, and it cannot be loaded (${detail})`, path, { cause: error, detail: msg('error:ocr-needs-package', { pkg: '@napi-rs/canvas' }) });
  }
  type Params = Parameters<RenderablePage['render']>[0];
  const params: Params = { canvasContext: made.context as Params['canvasContext'], canvas: made.canvas as Params['canvas'], viewport };
  if (turning.degrees !== 0) {
    // About the canvas's centre, in its pixels (pdf.js applies `transform` before the viewport's).
    const a = (turning.degrees * Math.PI) / 180;
    const [cos, sin, cx, cy] = [Math.cos(a), Math.sin(a), width / 2, height / 2];
    params.transform = [cos, sin, -sin, cos, cx - cx * cos + cy * sin, cy - cx * sin - cy * cos];
  }
  await page.render(params).promise;
  const rgba = (made.context as Context2D).getImageData(0, 0, width, height).data;
  // Free the canvas's pixels now rather than at the next collection: a 300 dpi page is 35 MB.
  (made.canvas as { width: number; height: number }).width = 0;
  (made.canvas as { width: number; height: number }).height = 0;
  return { data: toGrey(rgba, width * height), width, height };
}

/** ITU-R BT.601 luma in integer arithmetic (what a greyscale scan stores). */
function toGrey(rgba: Uint8ClampedArray, pixels: number): Uint8Array {
  const grey = new Uint8Array(pixels);
  for (let i = 0, j = 0; i < pixels; i++, j += 4) {
    grey[i] = ((rgba[j] as number) * 77 + (rgba[j + 1] as number) * 150 + (rgba[j + 2] as number) * 29) >> 8;
  }
  return grey;
}

/** The picture turned clockwise by a quarter, half or three-quarter turn. */
export function turn(image: GreyImage, degrees: 0 | 90 | 180 | 270): GreyImage {
  if (degrees === 0) return image;
  const { data, width: w, height: h } = image;
  const out = new Uint8Array(data.length);
  if (degrees === 180) {
    for (let i = 0, n = data.length; i < n; i++) out[n - 1 - i] = data[i] as number;
    return { data: out, width: w, height: h };
  }
  // A quarter turn swaps width and height. Source (x, y) lands at (h-1-y, x) clockwise, (y, w-1-x) anticlockwise.
  for (let y = 0; y < h; y++) {
    const row = y * w;
    for (let x = 0; x < w; x++) {
      const target = degrees === 90 ? x * h + (h - 1 - y) : (w - 1 - x) * h + y;
      out[target] = data[row + x] as number;
    }
  }
  return { data: out, width: h, height: w };
}

/** Half the size (each output pixel the mean of a 2×2 block): orientation detection needs no more. */
export function halve(image: GreyImage): GreyImage {
  const width = image.width >> 1;
  const height = image.height >> 1;
  const out = new Uint8Array(width * height);
  const src = image.data;
  const w = image.width;
  for (let y = 0; y < height; y++) {
    const a = 2 * y * w;
    const b = a + w;
    for (let x = 0; x < width; x++) {
      const i = 2 * x;
      out[y * width + x] = ((src[a + i] as number) + (src[a + i + 1] as number) + (src[b + i] as number) + (src[b + i + 1] as number) + 2) >> 2;
    }
  }
  return { data: out, width, height };
}

/** Binary PGM (P5): a header and the bytes, which Leptonica (inside tesseract) reads without decoding work. */
export function pgm(image: GreyImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header);
  out.set(image.data, header.length);
  return out;
}

/** Whether the picture has any ink at all: a blank page needs no OCR. */
export function hasInk(image: GreyImage): boolean {
  const { data } = image;
  // Sample every 7th pixel: ink covers far more than that on any page with text.
  let dark = 0;
  for (let i = 0; i < data.length; i += 7) if ((data[i] as number) < 128 && ++dark > 50) return true;
  return false;
}

