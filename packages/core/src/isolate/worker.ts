/**
 * The worker of `extractFileIsolated`: one document, read and extracted, the answer posted back.
 * A worker's globals are its own, so, like the CLI, it removes `DecompressionStream`: pdf.js then
 * inflates with its own synchronous code instead of web streams and zlib's thread pool (faster).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isPlanError } from '../errors.js';
import { extractFile } from '../extract/index.js';
import type { Lang } from '../messages/index.js';
import type { Limits } from '../read/options.js';
import type { OcrMode } from '../read/pdf/scan.js';
import type { IsolatedInput, WorkerReply } from './index.js';

delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;

interface Job {
  input: Exclude<IsolatedInput, URL> | { url: string };
  path?: string;
  limits?: Partial<Limits>;
  lang?: Lang;
  ocr?: OcrMode;
}

const job = workerData as Job;
const input = typeof job.input === 'object' && 'url' in job.input ? new URL(job.input.url) : job.input;
let reply: WorkerReply;
try {
  const { value, messages } = await extractFile(input, {
    ...(job.path !== undefined ? { path: job.path } : {}),
    ...(job.limits ? { limits: job.limits } : {}),
    ...(job.lang ? { lang: job.lang } : {}),
    ...(job.ocr ? { ocr: job.ocr } : {}),
    // A page read by OCR: the caller extends the budget and shows progress.
    onProgress: (progress) => parentPort?.postMessage({ progress } satisfies WorkerReply),
  });
  reply = { ok: true, value, messages };
} catch (error) {
  reply = isPlanError(error)
    ? { ok: false, code: error.code, reason: error.reason, file: error.file, detail: error.detail }
    : { ok: false, code: 'E_INTERNAL', reason: `internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, file: job.path ?? null, detail: null };
}
parentPort?.postMessage(reply);
