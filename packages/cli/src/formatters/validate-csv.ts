import type { ValidationReport } from '@plan-extract/core';
import type { FormatOptions } from './common.js';
import { csvCell } from './escape.js';

const COLUMNS = ['path', 'status', 'kind', 'severity', 'ruleId', 'field', 'line', 'column', 'page', 'paragraph', 'section', 'message', 'actual', 'expected'] as const;

/**
 * One row per finding; a file without findings gets one row with its status, so every file is
 * listed. Column names and codes (status, severity, rule id) stay machine-readable; messages are
 * in the report's language. UTF-8 with a byte-order mark, so Excel on Windows reads Vietnamese
 * letters right; every text cell through `csvCell` (quoting, and no formula a spreadsheet would run).
 */
export function formatCsv(report: ValidationReport, _options: FormatOptions): string {
  const rows: string[] = [COLUMNS.join(',')];
  for (const file of report.files) {
    if (file.findings.length === 0) {
      rows.push([file.path, file.status, file.kind, '', '', '', null, null, null, null, '', '', '', ''].map(csvCell).join(','));
      continue;
    }
    for (const f of file.findings) {
      rows.push(
        [file.path, file.status, file.kind, f.severity, f.ruleId, f.field, f.line, f.column, f.page ?? f.span?.page, f.paragraph, f.section, f.message, f.actual, f.expected]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}
