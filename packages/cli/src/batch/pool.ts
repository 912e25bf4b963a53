import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { unreadableReport, type FileReport, type Lang, type Limits, type OcrMode, type ReadProgress, type ValidateConfigInput } from '@plan-extract/core';
import type { Input } from './inputs.js';

/** One file for a worker. Plain data: it crosses a thread boundary. */
export interface Task {
  path: string;
  upperPath: string | null;
  config: ValidateConfigInput;
  limits: Partial<Limits>;
  /** The language of findings. */
  lang: Lang;
  ocr: OcrMode;
  /** Where the worker reports pages read by OCR (each one extends the file's time budget). */
  progress?: MessagePort;
}

export interface BatchOptions {
  /** Worker threads; 1 runs in this thread. */
  concurrency: number;
  config: ValidateConfigInput;
  upperPath: string | null;
  lang: Lang;
  limits: Partial<Limits> & { timeoutMs: number };
  ocr: OcrMode;
  /** A file is done: `done` of `total`, the last one `inputs[index]`. */
  onProgress?: (done: number, total: number, index: number) => void;
  /** A page of `path` is about to be read by OCR. */
  onOcrPage?: (path: string, progress: ReadProgress) => void;
}

export function resolveConcurrency(value: string | undefined, files: number): number {
  const cores = availableParallelism();
  if (value === undefined || value === 'auto') return Math.max(1, Math.min(cores, files));
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--concurrency takes a whole number ≥ 1 or "auto", not "${value}"`);
  return Math.min(n, Math.max(1, files));
}

/**
 * Check every input, in parallel, and return one report per input in input order
 * (never in completion order). Reports hold findings only, not documents, so memory
 * stays flat over thousands of files. A task over its time budget is aborted and its
 * worker replaced; the file is reported unreadable (E_TIMEOUT).
 */
export async function runBatch(inputs: readonly Input[], options: BatchOptions): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(inputs.length);
  let done = 0;
  const finish = (i: number, report: FileReport) => {
    reports[i] = report;
    options.onProgress?.(++done, inputs.length, i);
  };
  // A page about to be read by OCR: the file's budget grows by as much again (ReadOptions.ocr), and progress is shown.
  const ocrPage = (input: Input, budget: Budget) => (progress: ReadProgress) => {
    budget.extend();
    options.onOcrPage?.(input.path, progress);
  };
  const task = (input: Input): Task => ({ path: input.path, upperPath: options.upperPath, config: options.config, limits: options.limits, lang: options.lang, ocr: options.ocr });

  if (options.concurrency <= 1) {
    // In-thread: no worker start-up cost for one file or `--concurrency 1`.
    const { default: run } = await import('./worker.js');
    for (const [i, input] of inputs.entries()) {
      if (input.missing) {
        finish(i, missing(input, options.lang));
        continue;
      }
      const budget = new Budget(options.limits.timeoutMs);
      finish(i, await withBudget(() => run(task(input), { onProgress: ocrPage(input, budget) }), input, budget, options.lang));
    }
    return reports;
  }

  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: options.concurrency,
    maxThreads: options.concurrency,
    // A worker still holding over 1 GiB after a task (a huge document) is replaced rather than kept.
    maxMemoryLimitBeforeRecycle: 1024 * 1024 * 1024,
    // No `resourceLimits`: a worker gets V8's default heap limit, as the main thread does. A lower
    // cap (1 GiB) made V8 grow the heap timidly and collect more often: 200 PDFs took 4.9 s instead
    // of 4.3 s with 2 workers. A worker that does run out is ended by Node (ERR_WORKER_OUT_OF_MEMORY),
    // its file reported and the worker replaced; the read limits keep documents far below that.
  });
  // One task in flight per worker: the time budget starts when a worker takes the file, not when
  // the file joins the queue (else every file still queued after `timeoutMs` would time out).
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < inputs.length; i = next++) {
      const input = inputs[i] as Input;
      if (input.missing) {
        finish(i, missing(input, options.lang));
        continue;
      }
      const budget = new Budget(options.limits.timeoutMs);
      // The worker reports pages read by OCR over a port of their own.
      const { port1, port2 } = new MessageChannel();
      port1.on('message', ocrPage(input, budget));
      try {
        finish(i, (await pool.run({ ...task(input), progress: port2 }, { signal: budget.signal, transferList: [port2] })) as FileReport);
      } catch (error) {
        finish(i, budget.signal.aborted ? timedOut(input, budget.ms, options.lang) : crashed(input, error, options.lang));
      } finally {
        budget.clear();
        port1.close();
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: options.concurrency }, lane));
  } finally {
    await pool.destroy();
  }
  return reports;
}

const missing = (input: Input, lang: Lang) => unreadableReport(input.path, 'E_NOT_FOUND', 'no such file', { lang });
const timedOut = (input: Input, ms: number, lang: Lang) => unreadableReport(input.path, 'E_TIMEOUT', `processing took longer than ${ms} ms`, { lang });
const crashed = (input: Input, error: unknown, lang: Lang) =>
  unreadableReport(input.path, 'E_INTERNAL', `the worker failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, { lang });

/** A file's time budget: aborts its signal when spent; `extend` adds the base budget again (a page read by OCR). */
class Budget {
  private readonly controller = new AbortController();
  private readonly started = performance.now();
  private timer: NodeJS.Timeout | undefined;
  ms: number;

  constructor(private readonly base: number) {
    this.ms = base;
    this.arm();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Whether the budget is spent (also when a synchronous stretch kept the timer from firing). */
  get over(): boolean {
    return this.controller.signal.aborted || performance.now() - this.started > this.ms;
  }

  extend(): void {
    this.ms += this.base;
    this.arm();
  }

  clear(): void {
    clearTimeout(this.timer);
  }

  private arm(): void {
    clearTimeout(this.timer);
    if (!Number.isFinite(this.ms)) return;
    this.timer = setTimeout(() => this.controller.abort(), Math.max(0, this.started + this.ms - performance.now()));
    this.timer.unref();
  }
}

// In-thread runs cannot be killed; the budget still bounds how long we wait (reading has its own timeout).
async function withBudget(start: () => Promise<FileReport>, input: Input, budget: Budget, lang: Lang): Promise<FileReport> {
  const work = start();
  const late = new Promise<FileReport>((resolve) => {
    budget.signal.addEventListener('abort', () => resolve(timedOut(input, budget.ms, lang)), { once: true });
  });
  try {
    const report = await Promise.race([work, late]);
    // Synchronous extraction blocks the timer: a file that ran over is over, even if it finished.
    return budget.over ? timedOut(input, budget.ms, lang) : report;
  } finally {
    budget.clear();
  }
}
