import type { ValidationReport } from '@plan-extract/core';

const COLUMNS = ['path', 'status', 'kind', 'severity', 'ruleId', 'field', 'line', 'column', 'page', 'message'] as const;

/** RFC 4180: quote a field that holds a comma, quote or line break; double inner quotes. */
function cell(value: string | number | null | undefined): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per finding; a file without findings gets one row with its status, so every file is listed. */
export function formatCsv(report: ValidationReport): string {
  const rows: string[] = [COLUMNS.join(',')];
  for (const file of report.files) {
    if (file.findings.length === 0) {
      rows.push([file.path, file.status, file.kind, '', '', '', '', '', '', ''].map(cell).join(','));
      continue;
    }
    for (const f of file.findings) {
      rows.push([file.path, file.status, file.kind, f.severity, f.ruleId, f.field, f.line, f.column, f.span?.page, f.message].map(cell).join(','));
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
