/** theme: the lower plan keeps the upper plan's theme, compared on `compareKey`. */
import { compareKey } from '../normalize/index.js';
import type { PlanExtraction } from '../schema.js';
import type { CheckResult, DiffFinding, FieldDiff } from './schema.js';
import { redline } from './slogans.js';
import { DEFAULT_LANG, msg, type Lang } from '../messages/index.js';
import { diffFinding } from './format.js';

/**
 * Same, changed or missing. Tone-mark placement, quotes, emphasis marks, case and punctuation
 * do not count (`compareKey`). `not-applicable` when the upper plan states no theme
 * (annual plans do not have one).
 */
export function checkTheme(upper: PlanExtraction, lower: PlanExtraction, lang: Lang = DEFAULT_LANG): CheckResult<FieldDiff> {
  const findings: DiffFinding[] = [];
  const u = upper.theme?.text ?? null;
  const l = lower.theme?.text ?? null;
  if (u === null) return { value: { status: 'not-applicable', upper: u, lower: l }, findings };
  if (l === null) {
    findings.push(diffFinding(lang, 'diff/theme-missing', 'warning', 'theme', msg('diff/theme-missing', { upper: u }), { expected: u }));
    return { value: { status: 'missing', upper: u, lower: l }, findings };
  }
  if (compareKey(u) === compareKey(l)) return { value: { status: 'match', upper: u, lower: l }, findings };
  findings.push(diffFinding(lang, 'diff/theme-changed', 'error', 'theme', msg('diff/theme-changed', { lower: l, upper: u }), { actual: l, expected: u, span: lower.theme?.span }));
  return { value: { status: 'changed', upper: u, lower: l, redline: redline(u, l) }, findings };
}
