import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { msg, unreadableReport, type FileReport, type Lang, type Limits, type OcrMode, type PlanExtraction, type ReadProgress, type ValidateConfigInput } from '@plan-extract/core';
import { WorkerDeadline } from '@plan-extract/core/isolate';
import type { Input } from './inputs.js';

/** One file for a worker. Plain data: it crosses a thread boundary. */
export interface Task {
  /** The name in the report. */
  path: string;
  /** The raw bytes of a name that is not UTF-8, to open the file by. */
  file?: Uint8Array;
  /** The upper plan (`--against`), extracted once by the main thread. */
  upper: PlanExtraction | null;
  config: ValidateConfigInput;
  limits: Partial<Limits>;
  /** The language of findings. */
  lang: Lang;
  ocr: OcrMode;
  /** Where the worker reports pages read by OCR (each one extends the file's time budget). */
  progress?: MessagePort;
}

export interface BatchOptions {
  /** Worker threads (1 or more): every document runs in one, so that it can be stopped. */
  concurrency: number;
  config: ValidateConfigInput;
  upper: PlanExtraction | null;
  /** The language of findings and reasons. */
  lang: Lang;
  limits: Partial<Limits> & { timeoutMs: number };
  ocr: OcrMode;
  /** A file is done: `done` of `total`, the last one `inputs[index]`. */
  onProgress?: (done: number, total: number, index: number) => void;
  /** A page of `path` is about to be read by OCR. */
  onOcrPage?: (path: string, progress: ReadProgress) => void;
}

/**
 * The number of workers: `auto` (or nothing) is one per core, at most one per file; a number must be
 * a whole number ≥ 1 and is capped at the cores (`--concurrency 1e9` started 300 workers, each file
 * then ran out of time waiting for a core). Throws for anything else.
 */
export function resolveConcurrency(value: string | undefined, files: number): number {
  const cores = availableParallelism();
  const wanted = value === undefined || value === 'auto' ? cores : Number(value);
  if (value !== undefined && value !== 'auto' && (!Number.isSafeInteger(wanted) || wanted < 1 || value.trim() === '')) {
    throw new Error(`--concurrency takes a whole number ≥ 1 or "auto", not "${value}"`);
  }
  return Math.max(1, Math.min(wanted, cores, files));
}

/** The worker module: built next to this one; from the sources (tests calling `execute`), the built copy. */
function workerUrl(): string {
  return (import.meta.url.endsWith('.ts') ? new URL('../../dist/batch/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url)).href;
}

/**
 * Check every input in a pool of worker threads and return one report per input in input order
 * (never in completion order). Reports hold findings only, not documents, so memory stays flat
 * over thousands of files. A task over its time budget is aborted and its worker replaced; the
 * file is reported unreadable (E_TIMEOUT). Inputs that could not be checked at all (missing
 * files, folders that cannot be listed, globs that match nothing) get their row without a worker.
 */
export async function runBatch(inputs: readonly Input[], options: BatchOptions): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(inputs.length);
  let done = 0;
  const finish = (i: number, report: FileReport) => {
    reports[i] = report;
    options.onProgress?.(++done, inputs.length, i);
  };
  // A page about to be read by OCR: the file's budget grows by as much again (ReadOptions.ocr), and progress is shown.
  const ocrPage = (input: Input, deadline: WorkerDeadline) => (progress: ReadProgress) => {
    deadline.extend();
    options.onOcrPage?.(input.path, progress);
  };
  const task = (input: Input): Task => ({
    path: input.path,
    ...(input.file ? { file: input.file } : {}),
    upper: options.upper,
    config: options.config,
    limits: options.limits,
    lang: options.lang,
    ocr: options.ocr,
  });

  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: workerUrl(),
    minThreads: options.concurrency,
    maxThreads: options.concurrency,
    // A worker whose heap holds over 128 MB after a task is replaced rather than kept: a plan leaves
    // 20–50 MB, a document near the budgets 200–260 MB that V8 would keep until its next full
    // collection, for the next file to pile on (25 such files peaked at 1.6 GB with two workers;
    // recycled, 0.94 GB). Ordinary batches never recycle.
    maxMemoryLimitBeforeRecycle: 128 * 1024 * 1024,
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
      if (input.problem) {
        const { code, reason, detail } = input.problem;
        finish(i, unreadableReport(input.path, code, reason, { detail, lang: options.lang }));
        continue;
      }
      // Over its budget, the task is aborted and its worker replaced.
      const abort = new AbortController();
      const deadline = new WorkerDeadline(options.limits.timeoutMs, () => abort.abort());
      // The worker reports pages read by OCR over a port of their own.
      const { port1, port2 } = new MessageChannel();
      port1.on('message', ocrPage(input, deadline));
      try {
        finish(i, (await pool.run({ ...task(input), progress: port2 }, { signal: abort.signal, transferList: [port2] })) as FileReport);
      } catch (error) {
        finish(i, abort.signal.aborted ? timedOut(input, deadline.ms, options.lang) : crashed(input, error, options.lang));
      } finally {
        deadline.clear();
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

const timedOut = (input: Input, ms: number, lang: Lang) =>
  unreadableReport(input.path, 'E_TIMEOUT', `processing took longer than ${ms} ms; stopped`, { detail: msg('error:timeout', { ms }), lang });

function crashed(input: Input, error: unknown, lang: Lang): FileReport {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return unreadableReport(input.path, 'E_TOO_LARGE', 'processing ran out of memory; stopped', { detail: msg('error:out-of-memory'), lang });
  }
  return unreadableReport(input.path, 'E_INTERNAL', `the worker failed: ${detail}`, { lang });
}
