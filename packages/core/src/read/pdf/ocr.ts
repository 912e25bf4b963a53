/**
 * Scanned pages read by OCR into text items, for the PDF reader's page walk: a page without
 * real text and with a picture over it (`scan.ts`) is drawn in grey (`render.ts`), recognised by
 * tesseract (`ocr-engine.ts`), turned the right way up when it was scanned sideways or upside
 * down and drawn level when it lay crooked (`deskew.ts`), cleaned (`ocr-clean.ts`), and its
 * words become pdf.js-like items (`ocr-items.ts`) that go through the same line building and
 * layout as a text layer.
 */
import { PlanError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import type { TextItemLike } from './lines.js';
import { detectOrientation, recognise, type Recognised } from './ocr-engine.js';
import { cleanRecognition } from './ocr-clean.js';
import { ocrTextItems, type Recognition } from './ocr-items.js';
import { LEVEL_ENOUGH, measureSkew } from './deskew.js';
import { halve, hasInk, renderGrey, turn, type CanvasFactoryLike, type GreyImage, type RenderablePage } from './render.js';
import { hasRealText, isScan, pictures, type OcrMode, type OperatorList, type PictureOps, type Pictures } from './scan.js';

/**
 * Resolutions pages are drawn at for OCR. A scan is drawn at its own resolution, kept within
 * 200–300 dpi: measured on the corpus scans (200 dpi, `pnpm ocr-accuracy`), drawing them at 200 read
 * 99.2 % of the items right against 97 % at 300 (which adds a resample that blurs tone marks) and
 * 400 read worse still; below 200 dpi tesseract loses the marks of 11 pt print. A page without a
 * picture (`force`) is drawn at 300 dpi: its vector text is sharp at any size.
 */
export const OCR_DPI = { min: 200, max: 300, vector: 300 } as const;

/**
 * Below this mean word confidence (0–100) a page may be the wrong way up: tesseract reads an
 * upright scan at 85–96 and a page turned sideways or upside down at 30–45 (measured on the
 * fixtures). Only then is orientation detection run, so upright pages do not pay for it.
 */
const CHECK_ORIENTATION = 70;

/** What OCR made of one page, for the document's `source.ocrPages`. */
export interface RawOcrPage {
  page: number;
  /** Mean word confidence, 0–100 (tesseract's per-word confidence); 0 when no word was found. */
  confidence: number;
  words: number;
  /** Quarter turns (degrees clockwise) the page needed to stand upright: it was scanned turned. */
  rotation: 0 | 90 | 180 | 270;
  /** Degrees the page was levelled by (it lay crooked on the scanner). */
  skew: number;
  /** Words read with low confidence, in reading order (their spans are found after assembly). */
  uncertain: string[];
}

/** Below this confidence (0–100) a word's reading is not to be trusted for an error. */
export const LOW_WORD_CONFIDENCE = 60;

/** A pdf.js page, as far as OCR goes. */
export type ScannablePage = RenderablePage & { getOperatorList(): Promise<OperatorList> };

/** What the page walk hands OCR, once per document. */
export interface OcrContext {
  mode: OcrMode;
  /** The resolution to draw pages at; `null`: each page's own (`OCR_DPI`). */
  dpi: number | null;
  path: string | null;
  signal: AbortSignal | undefined;
  ops: PictureOps;
  canvasFactory: CanvasFactoryLike;
  /** Called before a page is OCR'd (progress, time budget). */
  onPage?: (page: number) => void;
  /** The pages OCR'd so far, in order. */
  pages: RawOcrPage[];
}

/**
 * A page's text items from OCR, with the page height in points as OCR saw it (upright), or
 * `null` when the page keeps its text layer.
 */
export async function readScannedPage(
  page: ScannablePage,
  textItems: readonly object[],
  n: number,
  ctx: OcrContext,
): Promise<{ items: TextItemLike[]; width: number; height: number } | null> {
  if (ctx.mode === 'off') return null;
  if (ctx.mode === 'auto' && hasRealText(textItems)) return null;
  const { width, height } = page.getViewport({ scale: 1 });
  // Read in `force` mode too, when no resolution is set: a scanned page is drawn at its own.
  const found = ctx.mode === 'auto' || ctx.dpi === null ? pictures(await page.getOperatorList(), ctx.ops, width * height) : null;
  if (ctx.mode === 'auto' && !(found && isScan(found))) return null;
  ctx.signal?.throwIfAborted();
  ctx.onPage?.(n);
  const dpi = ctx.dpi ?? drawingDpi(found);
  const image = await renderGrey(page, ctx.canvasFactory, dpi, ctx.path);
  const k = 72 / dpi;
  if (!hasInk(image)) {
    ctx.pages.push({ page: n, confidence: 0, words: 0, rotation: 0, skew: 0, uncertain: [] });
    return { items: [], width: image.width * k, height: image.height * k };
  }
  let best = await read(page, image, 0, dpi, n, ctx);
  if (best.confidence < CHECK_ORIENTATION) {
    // Half resolution is plenty to tell which way the lines run, and twice as fast.
    const orientation = await guarded(() => detectOrientation(halve(image), dpi / 2, ctx.signal), n, ctx);
    if (orientation.degrees !== 0) {
      const turned = await read(page, turn(image, orientation.degrees), orientation.degrees, dpi, n, ctx);
      // Keep the upright reading unless the turned one reads better: detection can be wrong on a sparse page.
      if (turned.confidence > best.confidence) best = turned;
    }
  }
  const { recognition, skew } = best.result;
  const words = wordsOf(recognition);
  ctx.pages.push({
    page: n,
    confidence: round(meanConfidence(words)),
    words: words.length,
    rotation: best.rotation,
    skew: round(skew),
    uncertain: words.filter((w) => w.confidence < LOW_WORD_CONFIDENCE).map((w) => w.text),
  });
  return { items: ocrTextItems(recognition), width: recognition.width * k, height: recognition.height * k };
}

interface Reading {
  /** The recognition cleaned (`ocr-clean.ts`). */
  result: Recognised;
  rotation: 0 | 90 | 180 | 270;
  /** Mean confidence of every word tesseract returned, specks and noise included: how readable the page was this way up. */
  confidence: number;
}

/**
 * Read the page turned by `rotation` (`image` is it drawn that way): when it lies crooked by more
 * than `LEVEL_ENOUGH`, it is drawn again turned level (measured on a quarter-size copy); what
 * slope is left is taken out of the words' boxes (`levelled`).
 */
async function read(page: ScannablePage, image: GreyImage, rotation: 0 | 90 | 180 | 270, dpi: number, n: number, ctx: OcrContext): Promise<Reading> {
  const slope = measureSkew(halve(halve(image)));
  const level = Math.abs(slope) >= LEVEL_ENOUGH;
  const drawn = level ? await renderGrey(page, ctx.canvasFactory, dpi, ctx.path, { quarter: rotation, degrees: -slope }) : image;
  const recognised = await guarded(() => recognise(drawn, dpi, ctx.signal), n, ctx);
  // The sheet's tilt, counter-clockwise positive: what the drawing took out, and what was left.
  const result = { recognition: cleanRecognition(recognised.recognition), skew: recognised.skew - (level ? slope : 0) };
  return { result, rotation, confidence: meanConfidence(wordsOf(recognised.recognition)) };
}

/** The resolution to draw a page at: its scan's own, within `OCR_DPI`; `OCR_DPI.vector` without a picture. */
export function drawingDpi(found: Pictures | null): number {
  if (!found?.dpi || !isScan(found)) return OCR_DPI.vector;
  return Math.min(OCR_DPI.max, Math.max(OCR_DPI.min, Math.round(found.dpi)));
}

const wordsOf = (recognition: Recognition) => recognition.lines.flatMap((line) => line.words).filter((w) => w.text.trim() !== '');
const meanConfidence = (words: { confidence: number }[]) => (words.length === 0 ? 0 : words.reduce((sum, w) => sum + w.confidence, 0) / words.length);

/** Engine failures as PlanErrors naming the file and page; an abort as its reason (the time budget's E_TIMEOUT). */
async function guarded<T>(work: () => Promise<T>, n: number, ctx: OcrContext): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (ctx.signal?.aborted) throw ctx.signal.reason;
    if (error instanceof PlanError) throw error.file === null && ctx.path !== null ? new PlanError(error.code, error.reason, ctx.path, { cause: error, ...(error.detail ? { detail: error.detail } : {}) }) : error;
    throw new PlanError('E_OCR', `OCR failed on page ${n} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, ctx.path, { cause: error, detail: msg('error:ocr-failed', { page: n }) });
  }
}

const round = (x: number) => Math.round(x * 10) / 10;
