import type { PlanKind } from '../schema.js';
import type { Finding } from './rule.js';
import { DEFAULT_LANG, describeError, msg, render, type Lang, type MessageRef } from '../messages/index.js';

export type FileStatus = 'valid' | 'invalid' | 'unreadable';

/** One input file's outcome. Every input file gets one, whatever happened to it. */
export interface FileReport {
  path: string;
  status: FileStatus;
  /** The plan's kind, or null when unreadable. */
  kind: PlanKind | null;
  findings: Finding[];
  /** For unreadable files: the stable error code (E_CORRUPT, E_TIMEOUT, ...). */
  code?: string;
}

export interface Summary {
  files: number;
  valid: number;
  invalid: number;
  unreadable: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Rule id → number of findings. */
  byRule: Record<string, number>;
}

/** The JSON contract of `validate --format json`. */
export interface ValidationReport {
  schemaVersion: 1;
  files: FileReport[];
  summary: Summary;
}

/** A file's status from its findings: any error-level finding makes it invalid. */
export function statusOf(findings: readonly Finding[]): FileStatus {
  if (findings.some((f) => f.ruleId === 'document/unreadable')) return 'unreadable';
  return findings.some((f) => f.severity === 'error') ? 'invalid' : 'valid';
}

export function summarize(files: readonly FileReport[]): Summary {
  const summary: Summary = { files: files.length, valid: 0, invalid: 0, unreadable: 0, errors: 0, warnings: 0, infos: 0, byRule: {} };
  for (const file of files) {
    summary[file.status]++;
    for (const f of file.findings) {
      if (f.severity === 'error') summary.errors++;
      else if (f.severity === 'warning') summary.warnings++;
      else summary.infos++;
      summary.byRule[f.ruleId] = (summary.byRule[f.ruleId] ?? 0) + 1;
    }
  }
  // Stable order for diffs between runs: by rule id.
  summary.byRule = Object.fromEntries(Object.entries(summary.byRule).sort(([a], [b]) => a.localeCompare(b)));
  return summary;
}

export function buildReport(files: FileReport[]): ValidationReport {
  return { schemaVersion: 1, files, summary: summarize(files) };
}

/**
 * An unreadable file's report: one `document/unreadable` error naming the reason and code, in
 * `lang` (see `describeError`: a catalogue `detail` when the error has one).
 */
export function unreadableReport(path: string, code: string, reason: string, options: { detail?: MessageRef | null; lang?: Lang } = {}): FileReport {
  const lang = options.lang ?? DEFAULT_LANG;
  const ref = msg('document/unreadable', { reason: describeError({ code, reason, detail: options.detail ?? null }, lang), code });
  return {
    path,
    status: 'unreadable',
    kind: null,
    code,
    findings: [{ ruleId: 'document/unreadable', severity: 'error', field: 'document', message: render(ref, lang) ?? reason, messageId: ref.id, params: ref.params }],
  };
}
