/** period: the lower plan runs over the upper plan's period. */
import type { Period, PlanExtraction } from '../schema.js';
import type { CheckResult, DiffFinding, FieldDiff } from './schema.js';
import { DEFAULT_LANG, msg, type Lang } from '../messages/index.js';
import { diffFinding, text } from './format.js';

/** Whether `inner` lies within `outer` (ISO dates compare as strings). */
export function periodWithin(inner: Period, outer: Period): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function describe(period: Period, lang: Lang): string {
  return text(msg('value:range', { start: period.start, end: period.end }), lang);
}

/**
 * Same, changed or missing. Periods compare on their dates, not their wording: "Từ ngày
 * 01/6/2025 đến ngày 30/6/2025" and "từ 1/6 đến 30/6/2025" are the same period, which no text
 * key would see. A lower period that leaves the upper one is a deadline conflict
 * (`diff/period-outside`, raised by the deadlines check), so this check only warns about
 * a period that is shorter but inside.
 */
export function checkPeriod(upper: PlanExtraction, lower: PlanExtraction, lang: Lang = DEFAULT_LANG): CheckResult<FieldDiff> {
  const findings: DiffFinding[] = [];
  const u = upper.period;
  const l = lower.period;
  const value = { upper: u?.text ?? null, lower: l?.text ?? null };
  if (u === null) return { value: { status: 'not-applicable', ...value }, findings };
  if (l === null) {
    findings.push(diffFinding(lang, 'diff/period-missing', 'warning', 'period', msg('diff/period-missing', { upperStart: u.start, upperEnd: u.end }), { expected: describe(u, lang) }));
    return { value: { status: 'missing', ...value }, findings };
  }
  if (u.start === l.start && u.end === l.end) return { value: { status: 'match', ...value }, findings };
  if (periodWithin(l, u)) {
    const ref = msg('diff/period-changed', { start: l.start, end: l.end, upperStart: u.start, upperEnd: u.end });
    findings.push(diffFinding(lang, 'diff/period-changed', 'warning', 'period', ref, { actual: describe(l, lang), expected: describe(u, lang), span: l.span }));
  }
  return { value: { status: 'changed', ...value }, findings };
}
