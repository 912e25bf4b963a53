/** What the report formatters share: where a finding is, in words; what to read first; counts. */
import { count, t, terms, type FileReport, type Finding, type Lang, type Severity } from '@plan-extract/core';

/** What every formatter is given besides the report. */
export interface FormatOptions {
  /** ANSI colour (terminal output only). */
  color: boolean;
  /** The language of everything the report says. */
  lang: Lang;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const STATUS_RANK: Record<FileReport['status'], number> = { invalid: 0, unreadable: 1, valid: 2 };

/** Files in the order a person deals with them: invalid, then unreadable, then valid; input order within each. */
export function filesByAttention(files: readonly FileReport[]): FileReport[] {
  return files.map((file, i) => ({ file, i })).sort((a, b) => STATUS_RANK[a.file.status] - STATUS_RANK[b.file.status] || a.i - b.i).map((x) => x.file);
}

/** Findings in the order they matter: errors, warnings, notes; by place in the document within each. */
export function findingsByAttention<F extends Pick<Finding, 'severity'> & { span?: { start: number } | null | undefined }>(findings: readonly F[]): F[] {
  return findings
    .map((finding, i) => ({ finding, i }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || (a.finding.span?.start ?? -1) - (b.finding.span?.start ?? -1) || a.i - b.i)
    .map((x) => x.finding);
}

export const severityRank = (severity: Severity): number => SEVERITY_RANK[severity];

/** A finding's location fields (`Location`), as findings, diagnostics and diff findings carry them. */
export interface Placed {
  line?: number | undefined;
  column?: number | undefined;
  page?: number | undefined;
  paragraph?: number | undefined;
  section?: string | undefined;
  span?: { page?: number | null } | null | undefined;
}

/**
 * Where a finding is, as its reader finds it: "dòng 145, cột 83" (text), "đoạn 79, trang 3"
 * (DOCX), "trang 7" (PDF), with the section ("Mục V.8") unless `short`. Empty when the finding
 * concerns the whole document.
 */
export function place(f: Placed, lang: Lang, options: { short?: boolean } = {}): string {
  const parts: string[] = [];
  const page = f.page ?? f.span?.page ?? undefined;
  if (f.line !== undefined) parts.push(options.short ? `${f.line}:${f.column ?? 1}` : t(lang, 'report:at-line', { line: f.line, column: f.column ?? 1 }));
  if (f.paragraph !== undefined) parts.push(t(lang, 'report:at-paragraph', { paragraph: f.paragraph }));
  if (page !== undefined && f.line === undefined) parts.push(t(lang, 'report:at-page', { page }));
  if (!options.short && f.section !== undefined) parts.push(t(lang, 'report:at-section', { section: f.section }));
  return parts.join(', ');
}

/** "2 lỗi, 1 cảnh báo, 0 lưu ý" / "2 errors, 1 warning, 0 notes". */
export function severityCounts(counts: Record<Severity, number>, lang: Lang): string {
  return [
    count(counts.error, lang, 'lỗi', 'error'),
    count(counts.warning, lang, 'cảnh báo', 'warning'),
    count(counts.info, lang, 'lưu ý', 'note'),
  ].join(', ');
}

/** A severity as a label ("Lỗi", "Warning"), capitalised for a column or a badge. */
export function severityLabel(severity: Severity, lang: Lang): string {
  return capitalise(terms(lang).severity[severity], lang);
}

/** A file status as a label ("Chưa đạt", "Valid"). */
export function statusLabel(status: FileReport['status'], lang: Lang): string {
  return capitalise(terms(lang).status[status], lang);
}

export function capitalise(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
