/**
 * Tesseract (tesseract.js, WebAssembly) as this thread's OCR engine, offline: the Vietnamese
 * model and the orientation model come from their npm packages (`@tesseract.js-data/vie`,
 * `@tesseract.js-data/osd`), the WebAssembly core from `tesseract.js-core` (tesseract.js requires
 * it from node_modules in Node; it has no download path there), and the cache is off, so nothing
 * is fetched or written. Each engine runs in a thread of its own, started on first use and kept
 * for the life of this thread (a batch worker starts it once): text PDFs never load it.
 *
 * While no job runs, the engine's thread is unref'd, so a CLI run ends when its work is done
 * without anyone closing the engine; a job in flight refs it again. A job whose signal aborts
 * (the document's time budget ran out) ends the engine's thread: a recognition cannot be
 * interrupted otherwise, and the next page or document starts a fresh engine.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { PlanError } from '../../errors.js';
import { msg } from '../../messages/index.js';
import { levelled, type OcrLine, type OcrWord } from './ocr-items.js';
import { pgm, type GreyImage } from './render.js';

const require = createRequire(import.meta.url);

/** A recognised page, levelled, and the slope taken out of it. */
export type Recognised = ReturnType<typeof levelled>;

/** Which way up the page is, by tesseract's orientation detection: turn it this far clockwise. */
export interface Orientation {
  degrees: 0 | 90 | 180 | 270;
  confidence: number;
}

// ---------------------------------------------------------------------------
// What we use of tesseract.js (its typings leave out the worker's thread)

interface TesseractWorker {
  recognize(image: Uint8Array, options: Record<string, unknown>, output: Record<string, boolean>): Promise<{ data: TesseractPage }>;
  detect(image: Uint8Array): Promise<{ data: { orientation_degrees: number | null; orientation_confidence: number | null } }>;
  setParameters(params: Record<string, string>): Promise<unknown>;
  terminate(): Promise<unknown>;
  /** The engine's thread (tesseract.js's `worker` field). */
  worker: { ref(): void; unref(): void; on(event: 'error' | 'exit', listener: (value: unknown) => void): void } | null;
}

interface TesseractPage {
  blocks: { paragraphs: { lines: TesseractLine[] }[] }[] | null;
}

interface TesseractLine {
  bbox: Box;
  baseline?: Box & { has_baseline?: boolean };
  rowAttributes?: { descenders?: number };
  words: { text: string; confidence: number; bbox: Box; symbols?: { text: string; bbox: Box }[] }[];
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface TesseractModule {
  createWorker(langs: string, oem: number, options: Record<string, unknown>): Promise<TesseractWorker>;
}

// Tesseract's engine modes: 1 = LSTM only (the recogniser), 0 = the legacy engine (what orientation detection runs on).
const OEM_LSTM_ONLY = 1;
const OEM_LEGACY = 0;

// ---------------------------------------------------------------------------
// The engines of this thread

/** A started engine: tesseract.js's worker, and a promise that rejects if its thread ends on its own (a crash). */
interface Running {
  worker: TesseractWorker;
  ended: Promise<never>;
}

/** An engine started on first use; started again after it failed, crashed or was stopped. */
class Engine {
  private started: Promise<Running> | null = null;
  private busy = 0;

  constructor(private readonly start: () => Promise<Running>) {}

  /** Run `job` on the engine; on abort the engine's thread is ended and the job rejects with the signal's reason. */
  async run<T>(job: (worker: TesseractWorker) => Promise<T>, signal: AbortSignal | undefined): Promise<T> {
    signal?.throwIfAborted();
    const starting = this.started ?? this.launch();
    const { worker, ended } = await abortable(starting, signal, () => this.stop(starting));
    this.busy++;
    worker.worker?.ref();
    try {
      // A crashed engine thread answers no more: its end rejects the job instead of leaving it pending.
      return await abortable(Promise.race([job(worker), ended]), signal, () => this.stop(starting));
    } finally {
      if (--this.busy === 0) worker.worker?.unref();
    }
  }

  /** Start the engine. A failed start or a crashed engine is not kept: the next page starts it again. */
  private launch(): Promise<Running> {
    const starting = this.start();
    this.started = starting;
    const forget = () => {
      if (this.started === starting) this.started = null;
    };
    starting.then(({ ended }) => ended.catch(forget), forget);
    return starting;
  }

  /** End the engine's thread; the next job starts a new one. */
  private stop(which: Promise<Running>): void {
    if (this.started !== which) return;
    this.started = null;
    this.busy = 0;
    which.then(({ worker }) => worker.terminate()).catch(() => undefined);
  }
}

/** Resolves when `work` does, or rejects with the signal's reason as soon as it aborts (after calling `onAbort`). */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined, onAbort: () => void): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(signal.reason);
    };
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

const recogniser = new Engine(() => startWorker('vie', OEM_LSTM_ONLY, '4.0.0_best_int', false));
const orienter = new Engine(() => startWorker('osd', OEM_LEGACY, '4.0.0', true));

/**
 * Tesseract's "sparse text" page segmentation: find every piece of text, in no particular order.
 * Its default (fully automatic) layout analysis dropped whole lines next to a seal or signature,
 * taking them for part of a picture — the signer's name, the last recipient — and its reading
 * order is of no use here: the words' boxes go through our own layout. Measured on the corpus
 * scans (`pnpm ocr-accuracy`): 44 of 50 fields against 39 of 50 with the default.
 */
const PSM_SPARSE_TEXT = '11';

/**
 * Recognise a page image as scanned; the words' boxes are then levelled by the slope of their
 * lines (`levelled`), in the image's pixels.
 */
export async function recognise(image: GreyImage, dpi: number, signal?: AbortSignal): Promise<Recognised> {
  const page = await recogniser.run(
    (worker) => worker.recognize(pgm(image), { user_defined_dpi: String(dpi), tessedit_pageseg_mode: PSM_SPARSE_TEXT }, { blocks: true, text: false }),
    signal,
  );
  return levelled({ lines: linesOf(page.data), width: image.width, height: image.height, dpi });
}

/** Which way up a page image is (tesseract's orientation and script detection); upright when it cannot tell. */
export async function detectOrientation(image: GreyImage, dpi: number, signal?: AbortSignal): Promise<Orientation> {
  const result = await orienter.run(async (worker) => {
    // The image carries no resolution; without one tesseract guesses and says so on stderr.
    await worker.setParameters({ user_defined_dpi: String(dpi) });
    return worker.detect(pgm(image));
  }, signal);
  const degrees = result.data.orientation_degrees;
  const confidence = result.data.orientation_confidence ?? 0;
  return degrees === 90 || degrees === 180 || degrees === 270 ? { degrees, confidence } : { degrees: 0, confidence };
}

/** Tesseract's block → paragraph → line → word tree, as lines of words with glyph heights. */
function linesOf(page: TesseractPage): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of page.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words: OcrWord[] = line.words.map((w) => ({
          text: w.text,
          confidence: w.confidence,
          ...w.bbox,
          glyphs: (w.symbols ?? []).map((s) => ({ text: s.text, height: s.bbox.y1 - s.bbox.y0 })),
        }));
        if (words.length === 0) continue;
        const b = line.baseline;
        // Without a fitted baseline: the line box's bottom, less its descenders.
        const base = b && b.has_baseline !== false && b.x1 !== b.x0 ? b : { x0: line.bbox.x0, x1: line.bbox.x1, y0: line.bbox.y1 - (line.rowAttributes?.descenders ?? 0), y1: line.bbox.y1 - (line.rowAttributes?.descenders ?? 0) };
        lines.push({ words, baseline: { x0: base.x0, y0: base.y0, x1: base.x1, y1: base.y1 } });
      }
    }
  }
  return lines;
}

// ---------------------------------------------------------------------------
// Starting an engine, from installed files only

/**
 * A tesseract.js worker for `lang`, reading `<package>/<folder>/<lang>.traineddata.gz` from
 * node_modules. Fails with E_UNSUPPORTED naming the missing package when a piece is absent.
 */
async function startWorker(lang: 'vie' | 'osd', oem: number, folder: string, legacy: boolean): Promise<Running> {
  const tesseract = load<TesseractModule>('tesseract.js');
  const langPath = dataFolder(lang, folder);
  let failStart: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => {
    failStart = reject;
  });
  failed.catch(() => undefined);
  const worker = await Promise.race([
    tesseract.createWorker(lang, oem, {
      langPath,
      cacheMethod: 'none',
      gzip: true,
      legacyCore: legacy,
      legacyLang: legacy,
      workerPath: threadScript(),
      logger: () => undefined,
      // tesseract.js throws from its message handler when a job fails and no handler is given:
      // an uncaught exception. Jobs reject on their own; a failure while starting rejects here.
      errorHandler: (error: unknown) => failStart(new PlanError('E_OCR', `the OCR engine failed to start (${String(error).split('\n')[0]})`, null)),
    }),
    failed,
  ]);
  // A crashed engine thread (out of memory in WebAssembly) must not take this thread down with it:
  // its 'error' is caught here, and its end rejects whatever job was waiting on it.
  let end: (error: Error) => void = () => undefined;
  const ended = new Promise<never>((_, reject) => {
    end = reject;
  });
  ended.catch(() => undefined);
  worker.worker?.on('error', (error) => end(new Error(`the OCR engine crashed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)));
  worker.worker?.on('exit', (code) => end(new Error(`the OCR engine stopped (exit code ${String(code)})`)));
  worker.worker?.unref();
  return { worker, ended };
}

/** The installed folder of a language's model; E_UNSUPPORTED when the package is missing. */
function dataFolder(lang: 'vie' | 'osd', folder: string): string {
  const pkg = `@tesseract.js-data/${lang}`;
  let dir: string;
  try {
    dir = join(dirname(require.resolve(`${pkg}/package.json`)), folder);
  } catch {
    throw new PlanError('E_UNSUPPORTED', `OCR needs the package ${pkg}, which is not installed`, null, { detail: msg('error:ocr-needs-package', { pkg }) });
  }
  if (!existsSync(join(dir, `${lang}.traineddata.gz`))) throw new PlanError('E_UNSUPPORTED', `OCR needs ${pkg}/${folder}/${lang}.traineddata.gz, which is missing`, null, { detail: msg('error:ocr-needs-package', { pkg }) });
  return dir;
}

function load<T>(name: string): T {
  try {
    return require(name) as T;
  } catch (error) {
    throw new PlanError('E_UNSUPPORTED', `OCR needs the package ${name}, which cannot be loaded (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`, null, {
      detail: msg('error:ocr-needs-package', { pkg: name }),
    });
  }
}

/**
 * The engine thread's script: tesseract.js's own Node worker script, with that thread's console
 * silenced first. Tesseract reports to stderr as it works ("Estimating resolution as 300",
 * "Detected 12 diacritics"), and tesseract.js gives no way to turn that off; on a CLI's stderr
 * it would pass for our messages. A `data:` URL, so that it runs from the sources (tests) and
 * from the build alike, with nothing to copy.
 */
function threadScript(): URL {
  const script = require.resolve('tesseract.js/src/worker-script/node/index.js');
  const code = [
    "import { createRequire } from 'node:module';",
    'for (const name of ["log", "info", "warn", "error", "debug"]) console[name] = () => {};',
    `createRequire(${JSON.stringify(script)})(${JSON.stringify(script)});`,
  ].join('\n');
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}
