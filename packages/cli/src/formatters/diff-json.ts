/** `diff --format json`: the PlanDiff contract, pretty-printed, one trailing newline. */
import type { PlanDiff } from '@plan-extract/core';

export function formatDiffJson(diff: PlanDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
