/** `extract --format json`: the contract itself, pretty-printed. */
import type { PlanExtraction } from '@plan-extract/core';

export function formatExtractJson(extraction: PlanExtraction): string {
  return `${JSON.stringify(extraction, null, 2)}\n`;
}
