/** `validate --format json`: the report contract, pretty-printed; messages in the chosen language, `messageId` + `params` to render them in another. */
import type { ValidationReport } from '@plan-extract/core';
import type { FormatOptions } from './common.js';
import { json } from './escape.js';

export function formatJson(report: ValidationReport, _options?: FormatOptions): string {
  return json(report);
}
