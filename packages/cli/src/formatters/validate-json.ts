import type { ValidationReport } from '@plan-extract/core';

/** The JSON contract of `validate --format json`. */
export function formatJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
