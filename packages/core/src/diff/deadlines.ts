/**
 * deadlines: where the lower plan's timing cannot satisfy the upper plan's — it collects
 * reports (or plans) after the date the upper plan wants them — and a lower period that
 * leaves the upper period.
 */
import type { Deadline, DeadlineAction, PlanExtraction } from '../schema.js';
import type { CheckResult, DeadlineConflict, DeadlineDiff, DiffFinding } from './schema.js';
import { displayDate } from './format.js';
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

const NOUN: Record<DeadlineAction, string> = { plan: 'plans', report: 'reports', event: 'events', other: 'it' };

/**
 * Pair each lower deadline with the upper deadline of the same action nearest in time (a
 * six-month report feeds the six-month report, not the annual one), ties to the later one.
 * Later than its upper deadline is a conflict (error); on the same day leaves no time to
 * compile (warning).
 */
export function checkDeadlines(upper: PlanExtraction, lower: PlanExtraction): CheckResult<DeadlineDiff> {
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
    const noun = NOUN[l.action];
    if (lDate > uDate) {
      const message = `The lower plan asks for ${noun} by ${displayDate(lDate)}, after the upper plan's deadline ${displayDate(uDate)} for the same ${noun}: it cannot send them up in time.`;
      conflicts.push({ upper: best, lower: l, message });
      findings.push({
        ruleId: 'diff/deadline-conflict',
        severity: 'error',
        field: 'deadlines',
        message,
        actual: lDate,
        expected: `on or before ${uDate}`,
      });
    } else if (lDate === uDate) {
      findings.push({
        ruleId: 'diff/deadline-no-margin',
        severity: 'warning',
        field: 'deadlines',
        message: `The lower plan asks for ${noun} by ${displayDate(lDate)}, the very day the upper plan wants them: no time is left to compile them.`,
        actual: lDate,
        expected: `before ${uDate}`,
      });
    }
  }
  if (upper.period !== null && lower.period !== null && !periodWithin(lower.period, upper.period)) {
    findings.push({
      ruleId: 'diff/period-outside',
      severity: 'error',
      field: 'period',
      message: `The lower plan's period ${displayDate(lower.period.start)}–${displayDate(lower.period.end)} leaves the upper plan's ${displayDate(upper.period.start)}–${displayDate(upper.period.end)}.`,
      actual: `${lower.period.start}/${lower.period.end}`,
      expected: `within ${upper.period.start}/${upper.period.end}`,
    });
  }
  return { value: { conflicts }, findings };
}
