import { availableParallelism } from 'node:os';
import { unreadableReport, type FileReport, type Lang, type Limits, type ValidateConfigInput } from '@plan-extract/core';
import type { Input } from './inputs.js';

/** One file for a worker. Plain data: it crosses a thread boundary. */
export interface Task {
  path: string;
  upperPath: string | null;
  config: ValidateConfigInput;
  limits: Partial<Limits>;
  /** The language of findings. */
  lang: Lang;
}

export interface BatchOptions {
  /** Worker threads; 1 runs in this thread. */
  concurrency: number;
  config: ValidateConfigInput;
  upperPath: string | null;
  lang: Lang;
  limits: Partial<Limits> & { timeoutMs: number };
  onProgress?: (done: number, total: number) => void;
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
    options.onProgress?.(++done, inputs.length);
  };
  const task = (input: Input): Task => ({ path: input.path, upperPath: options.upperPath, config: options.config, limits: options.limits, lang: options.lang });

  if (options.concurrency <= 1) {
    // In-thread: no worker start-up cost for one file or `--concurrency 1`.
    const { default: run } = await import('./worker.js');
    for (const [i, input] of inputs.entries()) {
      finish(i, input.missing ? missing(input, options.lang) : await withBudget(() => run(task(input)), input, options.limits.timeoutMs, options.lang));
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
      const signal = AbortSignal.timeout(options.limits.timeoutMs);
      try {
        finish(i, (await pool.run(task(input), { signal })) as FileReport);
      } catch (error) {
        finish(i, signal.aborted ? timedOut(input, options.limits.timeoutMs, options.lang) : crashed(input, error, options.lang));
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

// In-thread runs cannot be killed; the budget still bounds how long we wait (reading has its own timeout).
async function withBudget(start: () => Promise<FileReport>, input: Input, ms: number, lang: Lang): Promise<FileReport> {
  const started = performance.now();
  const work = start();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<FileReport>((resolve) => {
    timer = setTimeout(() => resolve(timedOut(input, ms, lang)), ms);
    timer.unref();
  });
  try {
    const report = await Promise.race([work, late]);
    // Synchronous extraction blocks the timer: a file that ran over is over, even if it finished.
    return performance.now() - started > ms ? timedOut(input, ms, lang) : report;
  } finally {
    clearTimeout(timer);
  }
}
