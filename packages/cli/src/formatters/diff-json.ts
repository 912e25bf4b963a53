/** `diff --format json`: the PlanDiff contract, pretty-printed, one trailing newline. */
import type { PlanDiff } from '@plan-extract/core';
import { json } from './escape.js';

export function formatDiffJson(diff: PlanDiff): string {
  return json(diff);
}
