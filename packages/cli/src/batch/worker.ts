/**
 * A batch worker: reads, extracts and validates one file per task. The validator (and its
 * dictionary) and the upper plan are built once per worker and reused across tasks.
 */
import '../runtime.js';
import { checkFile, createValidator, extractFile, type FileReport, type PlanExtraction, type Validator } from '@plan-extract/core';
import type { Task } from './pool.js';

let setup: Promise<{ validator: Validator; upper: PlanExtraction | null }> | null = null;
let setupKey = '';

export default async function run(task: Task): Promise<FileReport> {
  const key = JSON.stringify([task.config, task.upperPath, task.lang]);
  if (setup === null || key !== setupKey) {
    setupKey = key;
    setup = (async () => ({
      validator: await createValidator(task.config, { lang: task.lang }),
      upper: task.upperPath ? (await extractFile(task.upperPath, { limits: task.limits, lang: task.lang })).value : null,
    }))();
  }
  const { validator, upper } = await setup;
  return checkFile(task.path, { validator, upper, read: { limits: task.limits } });
}
