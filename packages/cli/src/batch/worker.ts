/**
 * A batch worker: reads, extracts and validates one file per task. The validator (and its
 * dictionary) is built once per worker and reused across tasks; the upper plan comes with the task.
 */
import '../runtime.js';
import { checkFile, createValidator, type FileReport, type Validator } from '@plan-extract/core';
import type { Task } from './pool.js';

let validator: Promise<Validator> | null = null;
let validatorKey = '';

export default async function run(task: Task): Promise<FileReport> {
  const key = JSON.stringify([task.config, task.lang]);
  if (validator === null || key !== validatorKey) {
    validatorKey = key;
    validator = createValidator(task.config, { lang: task.lang });
  }
  return checkFile(task.path, {
    validator: await validator,
    upper: task.upper,
    read: { limits: task.limits },
    ...(task.file ? { input: { file: task.file } } : {}),
  });
}
