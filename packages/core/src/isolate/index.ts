/**
 * Extraction in a worker thread that is ended when the document's time budget is spent. Reading and
 * extracting check the budget themselves between pages, parts and paragraphs, but pdf.js can spend
 * minutes inside one page (500 000 nested `q`, a form tree ten levels deep) without giving the
 * thread back; only ending the thread stops that. `@plan-extract/core/isolate` is a light entry
 * point: it loads nothing of the pipeline in the calling thread (the worker does), so a process
 * that only extracts in workers does not pay for it twice.
 */
import { Worker } from 'node:worker_threads';
import { PlanError, type ErrorCode } from '../errors.js';
import { WorkerDeadline } from './deadline.js';

export { PlanError, isPlanError, type ErrorCode } from '../errors.js';
export { WorkerDeadline } from './deadline.js';
import type { MessageRef } from '../messages/index.js';
import type { Message, Result } from '../model.js';
import type { Limits, ReadOptions, ReadProgress } from '../read/options.js';
import type { PlanExtraction } from '../schema.js';

/** What the worker reads: a path, a URL, the file's bytes, a string, or a path given as raw bytes. */
export type IsolatedInput = string | URL | Uint8Array | { text: string } | { file: string | Uint8Array };

/** What `extractFile` takes (`ReadOptions`: path, lang, ocr, onProgress), with the worker's own meaning of limits and signal. */
export interface IsolateOptions extends Pick<ReadOptions, 'path' | 'lang' | 'ocr' | 'onProgress'> {
  /** Overrides of the default limits; `timeoutMs` (and as much again for each page read by OCR) is also when the worker is ended. */
  limits?: Partial<Limits>;
  /** Ends the worker early; the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Most megabytes of JavaScript heap the worker may use; past it the document is E_TOO_LARGE. Default 1024. */
  maxHeapMb?: number;
}

/** The reply of `worker.ts`: the extraction, or the error in a form that crosses threads. */
export type WorkerReply =
  | { progress: ReadProgress }
  | { ok: true; value: PlanExtraction; messages: Message[] }
  | { ok: false; code: ErrorCode; reason: string; file: string | null; detail: MessageRef | null };

/** The time budget's default, as `DEFAULT_LIMITS.timeoutMs` (not imported: this module stays light). */
const DEFAULT_TIMEOUT_MS = 30_000;

/** The worker script: built next to this module; from the sources (tests), the built copy. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../../dist/isolate/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);
}

/**
 * Read and extract `input` in a worker thread. Resolves like `extractFile`; rejects with a
 * `PlanError`: the worker's own (E_CORRUPT, E_TOO_LARGE...), E_TIMEOUT when the budget ran out
 * and the worker was ended, E_TOO_LARGE when it ran out of memory, E_INTERNAL when it died.
 */
export function extractFileIsolated(input: IsolatedInput, options: IsolateOptions = {}): Promise<Result<PlanExtraction>> {
  const name = options.path ?? (typeof input === 'string' ? input : input instanceof URL ? input.pathname : null);
  const timeoutMs = options.limits?.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxHeapMb = options.maxHeapMb ?? 1024;
  options.signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), {
      workerData: { input: input instanceof URL ? { url: input.href } : input, path: options.path, limits: options.limits, lang: options.lang, ocr: options.ocr },
      // Whatever a library prints in the worker stays there: the caller's output is one line per document.
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    });
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      deadline.clear();
      options.signal?.removeEventListener('abort', onAbort);
      outcome();
      void worker.terminate();
    };
    // The budget: `timeoutMs`, and as much again for each page read by OCR (the worker says when one starts).
    const deadline = new WorkerDeadline(timeoutMs, () =>
      settle(() => reject(new PlanError('E_TIMEOUT', `reading and extraction took longer than ${deadline.ms} ms; stopped`, name, { detail: { id: 'error:timeout', params: { ms: deadline.ms } } }))),
    );
    const onAbort = () => settle(() => reject(options.signal?.reason));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: WorkerReply) => {
      if ('progress' in reply) {
        // A message still queued when the document was settled must not set a timer again.
        if (settled) return;
        deadline.extend();
        options.onProgress?.(reply.progress);
        return;
      }
      settle(() => (reply.ok ? resolve({ value: reply.value, messages: reply.messages }) : reject(new PlanError(reply.code, reply.reason, reply.file, reply.detail ? { detail: reply.detail } : {}))));
    });
    worker.once('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new PlanError('E_TOO_LARGE', `processing needed more than ${maxHeapMb} MB of memory; stopped`, name, { detail: { id: 'error:out-of-memory', params: {} } })
            : new PlanError('E_INTERNAL', `the worker failed: ${error.message}`, name, { cause: error }),
        ),
      ),
    );
    worker.once('exit', (code) => settle(() => reject(new PlanError('E_INTERNAL', `the worker ended (exit code ${code}) without an answer`, name))));
  });
}
