import { render, terms, type FileReport, type Finding, type Lang, type MessageId, type TermField, type ValidationReport } from '@plan-extract/core';
import { capitalise, type FormatOptions } from './common.js';
import { csvCell } from './escape.js';

/** The columns, and their heading in the report's language. */
const COLUMNS: ReadonlyArray<MessageId> = [
  'report:col-file', 'report:col-status', 'report:col-kind', 'report:col-severity', 'report:col-rule', 'report:col-part', 'report:col-line',
  'report:col-column', 'report:col-page', 'report:col-paragraph', 'report:col-section-number', 'report:col-problem', 'report:col-actual', 'report:col-expected',
  'report:col-note',
];

/**
 * One row per finding; a file without findings gets one row with its status, so every file is
 * listed. For Excel: headings, statuses and severities in the report's language (tools read JSON),
 * UTF-8 with a byte-order mark so Excel on Windows reads Vietnamese letters right, and every text
 * cell through `csvCell` (quoting, and no formula a spreadsheet would run). The rule id stays as it is.
 */
export function formatCsv(report: ValidationReport, { lang }: FormatOptions): string {
  const words = terms(lang);
  const rows: string[] = [COLUMNS.map((id) => csvCell(render({ id, params: {} }, lang) ?? id)).join(',')];
  const file = (f: FileReport) => [f.path, capitalise(words.status[f.status], lang), f.kind ? words.kind[f.kind] : null];
  for (const f of report.files) {
    if (f.findings.length === 0) {
      rows.push([...file(f), null, null, null, null, null, null, null, null, null, null, null, null].map(csvCell).join(','));
      continue;
    }
    for (const x of f.findings) rows.push([...file(f), ...findingCells(x, lang)].map(csvCell).join(','));
  }
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

function findingCells(f: Finding, lang: Lang): Array<string | number | null | undefined> {
  const words = terms(lang);
  const field = (words.field as Record<string, string>)[f.field as TermField] ?? f.field;
  return [capitalise(words.severity[f.severity], lang), f.ruleId, field, f.line, f.column, f.page ?? f.span?.page, f.paragraph, f.section, f.message, f.actual, f.expected, f.note];
}
