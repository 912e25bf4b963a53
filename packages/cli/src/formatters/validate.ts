import type { ValidationReport } from '@plan-extract/core';
import type { FormatOptions } from './common.js';
import { formatCsv } from './validate-csv.js';
import { formatHtml } from './validate-html.js';
import { formatJson } from './validate-json.js';
import { formatJunit } from './validate-junit.js';
import { formatSarif } from './validate-sarif.js';
import { formatStylish } from './validate-stylish.js';

export type { FormatOptions } from './common.js';

/** A validation report formatter: `(report, options) => string`, one per file (textlint style). */
export type ValidateFormatter = (report: ValidationReport, options: FormatOptions) => string;

export const VALIDATE_FORMATS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  html: formatHtml,
  csv: formatCsv,
} satisfies Record<string, ValidateFormatter>;

export type ValidateFormat = keyof typeof VALIDATE_FORMATS;
