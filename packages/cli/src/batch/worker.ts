/**
 * A batch worker: reads, extracts and validates one file per task. The validator (and its
 * dictionary) is built once per worker and reused across tasks; the upper plan comes with the task.
 */
import '../runtime.js';
import { checkFile, createValidator, type FileReport, type ReadProgress, type Validator } from '@plan-extract/core';
import type { Task } from './pool.js';

let validator: Promise<Validator> | null = null;
let validatorKey = '';

/**
 * Check one file. Pages read by OCR are reported as they start, on `task.progress` (the main thread
 * extends the file's budget and shows progress). The OCR engine, like the validator, is loaded once
 * per worker, on the first scanned page.
 */
export default async function run(task: Task): Promise<FileReport> {
  const key = JSON.stringify([task.config, task.lang]);
  if (validator === null || key !== validatorKey) {
    validatorKey = key;
    validator = createValidator(task.config, { lang: task.lang });
  }
  const onProgress = task.progress ? (progress: ReadProgress) => task.progress?.postMessage(progress) : undefined;
  return checkFile(task.path, {
    validator: await validator,
    upper: task.upper,
    read: { limits: task.limits, ocr: task.ocr, ...(onProgress ? { onProgress } : {}) },
    ...(task.file ? { input: { file: task.file } } : {}),
  });
}
