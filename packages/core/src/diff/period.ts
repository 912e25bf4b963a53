/** period: the lower plan runs over the upper plan's period. */
import type { Period, PlanExtraction } from '../schema.js';
import type { CheckResult, DiffFinding, FieldDiff } from './schema.js';
import { displayDate } from './format.js';

/** Whether `inner` lies within `outer` (ISO dates compare as strings). */
export function periodWithin(inner: Period, outer: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function describe(period: Period): string {
  return `${displayDate(period.start)}–${displayDate(period.end)}`;
}

/**
 * Same, changed or missing. Periods compare on their dates, not their wording: "Từ ngày
 * 01/6/2025 đến ngày 30/6/2025" and "từ 1/6 đến 30/6/2025" are the same period, which no text
 * key would see. A lower period that leaves the upper one is a deadline conflict
 * (`diff/period-outside`, raised by the deadlines check), so this check only warns about
 * a period that is shorter but inside.
 */
export function checkPeriod(upper: PlanExtraction, lower: PlanExtraction): CheckResult<FieldDiff> {
  const findings: DiffFinding[] = [];
  const u = upper.period;
  const l = lower.period;
  const value = { upper: u?.text ?? null, lower: l?.text ?? null };
  if (u === null) return { value: { status: 'not-applicable', ...value }, findings };
  if (l === null) {
    findings.push({
      ruleId: 'diff/period-missing',
      severity: 'warning',
      field: 'period',
      message: `The lower plan states no period; the upper plan runs ${describe(u)}.`,
    });
    return { value: { status: 'missing', ...value }, findings };
  }
  if (u.start === l.start && u.end === l.end) return { value: { status: 'match', ...value }, findings };
  if (periodWithin(l, u)) {
    findings.push({
      ruleId: 'diff/period-changed',
      severity: 'warning',
      field: 'period',
      message: `The lower plan runs ${describe(l)}, inside but not all of the upper plan's ${describe(u)}.`,
      actual: describe(l),
      expected: describe(u),
    });
  }
  return { value: { status: 'changed', ...value }, findings };
}
