/**
 * deadlines: where the lower plan's timing cannot satisfy the upper plan's — it collects
 * reports (or plans) after the date the upper plan wants them — and a lower period that
 * leaves the upper period.
 */
import type { Deadline, DeadlineAction, PlanExtraction } from '../schema.js';
import type { CheckResult, DeadlineConflict, DeadlineDiff, DiffFinding } from './schema.js';
import { DEFAULT_LANG, msg, type Lang } from '../messages/index.js';
import { diffFinding, text } from './format.js';
import { periodWithin } from './period.js';
import { sameDocument } from './implements.js';

/** Actions whose deadlines chain from level to level: a lower body must collect before it sends up. */
const CHAINED: readonly DeadlineAction[] = ['plan', 'report'];

/** Recipients above the upper plan's issuer: the upper plan's own duty, not one the lower plan feeds. */
const NATIONAL_RECIPIENT = /(?<!\p{L})(Bộ|Chính phủ|Thủ tướng|Trung ương)(?!\p{L})/u;

const DAY_MS = 86_400_000;

/** The date by which a deadline falls due, or null for recurring, continuous or quarter timings. */
export function dueDate(deadline: Deadline): string | null {
  switch (deadline.kind) {
    case 'by':
    case 'on':
      return deadline.date;
    case 'range':
    case 'within':
      return deadline.end ?? deadline.date;
    default:
      return null;
  }
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/**
 * Pair each lower deadline with the upper deadline of the same action nearest in time (a
 * six-month report feeds the six-month report, not the annual one), ties to the later one.
 * Later than its upper deadline is a conflict (error); on the same day leaves no time to
 * compile (warning).
 */
export function checkDeadlines(upper: PlanExtraction, lower: PlanExtraction, lang: Lang = DEFAULT_LANG): CheckResult<DeadlineDiff> {
  const findings: DiffFinding[] = [];
  const conflicts: DeadlineConflict[] = [];
  // A plan's deadlines trivially coincide with themselves; there is no chain to check.
  if (sameDocument(upper, lower)) return { value: { conflicts }, findings };
  const upperDue = upper.deadlines.filter(
    (d) => CHAINED.includes(d.action) && dueDate(d) !== null && !NATIONAL_RECIPIENT.test(d.recipient ?? ''),
  );
  for (const l of lower.deadlines) {
    const lDate = dueDate(l);
    if (lDate === null || !CHAINED.includes(l.action)) continue;
    let best: Deadline | null = null;
    let bestGap = Infinity;
    for (const u of upperDue) {
      if (u.action !== l.action) continue;
      const uDate = dueDate(u) ?? lDate;
      const gap = Math.abs(days(uDate) - days(lDate));
      if (gap < bestGap || (gap === bestGap && best !== null && uDate > (dueDate(best) ?? ''))) {
        best = u;
        bestGap = gap;
      }
    }
    if (best === null) continue;
    const uDate = dueDate(best) ?? lDate;
    if (lDate > uDate) {
      const finding = diffFinding(lang, 'diff/deadline-conflict', 'error', 'deadlines', msg('diff/deadline-conflict', { action: l.action, date: lDate, upperDate: uDate }), {
        // The lower plan's own words ("trước ngày 10/7/2025") beside what the upper plan asks.
        actual: l.text,
        expected: text(msg('value:on-or-before', { date: uDate }), lang),
        span: l.span,
      });
      conflicts.push({ upper: best, lower: l, message: finding.message });
      findings.push(finding);
    } else if (lDate === uDate) {
      findings.push(
        diffFinding(lang, 'diff/deadline-no-margin', 'warning', 'deadlines', msg('diff/deadline-no-margin', { action: l.action, date: lDate }), {
          actual: l.text,
          expected: text(msg('value:before', { date: uDate }), lang),
          span: l.span,
        }),
      );
    }
  }
  if (upper.period !== null && lower.period !== null && !periodWithin(lower.period, upper.period)) {
    const ref = msg('diff/period-outside', { start: lower.period.start, end: lower.period.end, upperStart: upper.period.start, upperEnd: upper.period.end });
    findings.push(
      diffFinding(lang, 'diff/period-outside', 'error', 'period', ref, {
        actual: text(msg('value:range', { start: lower.period.start, end: lower.period.end }), lang),
        expected: text(msg('value:within', { start: upper.period.start, end: upper.period.end }), lang),
        span: lower.period.span,
      }),
    );
  }
  return { value: { conflicts }, findings };
}
