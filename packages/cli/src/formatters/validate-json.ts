/** `validate --format json`: the report contract, pretty-printed; messages in the chosen language, `messageId` + `params` to render them in another. */
import type { ValidationReport } from '@plan-extract/core';
import type { FormatOptions } from './common.js';

export function formatJson(report: ValidationReport, _options?: FormatOptions): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
