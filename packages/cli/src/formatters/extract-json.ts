/** `extract --format json`: the contract itself, pretty-printed. */
import type { PlanExtraction } from '@plan-extract/core';
import { json } from './escape.js';

export function formatExtractJson(extraction: PlanExtraction): string {
  return json(extraction);
}
