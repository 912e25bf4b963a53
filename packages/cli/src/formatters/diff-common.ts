/** What the diff formatters share: a one-line description of a side, counts for the summary. */
import { displayDate, type PlanDiff, type PlanSide } from '@plan-extract/core';

/** "1420/KH-UBND dated 16/5/2025 — Ủy ban nhân dân tỉnh Cao Bằng". */
export function describeSide(side: PlanSide): string {
  const number = side.documentNumber ?? 'no number (draft)';
  const issuer = side.issuer ? ` — ${side.issuer}` : '';
  return `${number}${side.issuedOn ? ` dated ${displayDate(side.issuedOn)}` : ', undated'}${issuer}`;
}

export interface DiffCounts {
  error: number;
  warning: number;
  info: number;
}

export function severityCounts(diff: PlanDiff): DiffCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of diff.findings) counts[f.severity] += 1;
  return counts;
}

/** "2 errors, 1 warning, 0 info". */
export function describeCounts(counts: DiffCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

/** One-line tallies per section, shared by every format's summary. */
export function sectionTallies(diff: PlanDiff): { section: string; status: string }[] {
  const s = diff.slogans;
  const r = diff.responsibilities;
  return [
    { section: 'Implements', status: diff.implements.status },
    { section: 'Theme', status: diff.theme.status },
    { section: 'Period', status: diff.period.status },
    { section: 'Slogans', status: `${s.matched.length} matched, ${s.changed.length} changed, ${s.missing.length} missing, ${s.extra.length} extra` },
    { section: 'Deadlines', status: `${diff.deadlines.conflicts.length} conflict${diff.deadlines.conflicts.length === 1 ? '' : 's'}` },
    { section: 'Responsibilities', status: `${r.covered.length} covered, ${r.uncovered.length} uncovered, ${r.extra.length} extra; lead ${r.lead.status}` },
  ];
}
