/** theme: the lower plan keeps the upper plan's theme, compared on `compareKey`. */
import { compareKey } from '../normalize/index.js';
import type { PlanExtraction } from '../schema.js';
import type { CheckResult, DiffFinding, FieldDiff } from './schema.js';
import { redline } from './slogans.js';

/**
 * Same, changed or missing. Tone-mark placement, quotes, emphasis marks, case and punctuation
 * do not count (`compareKey`). `not-applicable` when the upper plan states no theme
 * (annual plans do not have one).
 */
export function checkTheme(upper: PlanExtraction, lower: PlanExtraction): CheckResult<FieldDiff> {
  const findings: DiffFinding[] = [];
  const u = upper.theme?.text ?? null;
  const l = lower.theme?.text ?? null;
  if (u === null) return { value: { status: 'not-applicable', upper: u, lower: l }, findings };
  if (l === null) {
    findings.push({
      ruleId: 'diff/theme-missing',
      severity: 'warning',
      field: 'theme',
      message: `The lower plan states no theme; the upper plan's theme is “${u}”.`,
      expected: u,
    });
    return { value: { status: 'missing', upper: u, lower: l }, findings };
  }
  if (compareKey(u) === compareKey(l)) return { value: { status: 'match', upper: u, lower: l }, findings };
  findings.push({
    ruleId: 'diff/theme-changed',
    severity: 'error',
    field: 'theme',
    message: `The lower plan's theme “${l}” differs from the upper plan's “${u}”.`,
    actual: l,
    expected: u,
  });
  return { value: { status: 'changed', upper: u, lower: l, redline: redline(u, l) }, findings };
}
