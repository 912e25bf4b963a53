/**
 * A batch worker: reads, extracts and validates one file per task. The validator (and its
 * dictionary) and the upper plan are built once per worker and reused across tasks.
 */
import '../runtime.js';
import { checkFile, createValidator, extractFile, type FileReport, type PlanExtraction, type ReadProgress, type Validator } from '@plan-extract/core';
import type { Task } from './pool.js';

let setup: Promise<{ validator: Validator; upper: PlanExtraction | null }> | null = null;
let setupKey = '';

/**
 * Check one file. Pages read by OCR are reported as they start, to `task.progress` in a pool
 * worker (the main thread extends the file's budget and shows progress) or to `hooks` in-thread.
 * The OCR engine, like the validator, is loaded once per worker, on the first scanned page.
 */
export default async function run(task: Task, hooks: { onProgress?: (progress: ReadProgress) => void } = {}): Promise<FileReport> {
  const key = JSON.stringify([task.config, task.upperPath, task.lang]);
  if (setup === null || key !== setupKey) {
    setupKey = key;
    setup = (async () => ({
      validator: await createValidator(task.config, { lang: task.lang }),
      upper: task.upperPath ? (await extractFile(task.upperPath, { limits: task.limits, lang: task.lang, ocr: task.ocr })).value : null,
    }))();
  }
  const { validator, upper } = await setup;
  const onProgress = hooks.onProgress ?? (task.progress ? (progress: ReadProgress) => task.progress?.postMessage(progress) : undefined);
  return checkFile(task.path, { validator, upper, read: { limits: task.limits, ocr: task.ocr, ...(onProgress ? { onProgress } : {}) } });
}
