/**
 * Checks against the upper plan (`validate --against`): the diff engine compares the two
 * extractions once per plan, and each diff finding becomes a validation finding under the same
 * rule id (`diff/theme-changed` in `diff` and in `validate`), so a configuration, a CI filter or
 * a person reading both reports meets one name for one problem.
 */
import { diffPlans } from '../../diff/index.js';
import type { DiffFinding, PlanDiff } from '../../diff/schema.js';
import type { Severity } from '../../model.js';
import type { RuleId } from '../../rule-ids.js';
import type { PlanExtraction } from '../../schema.js';
import { defineRule, type Field, type Rule, type RuleContext, type RuleHit } from '../rule.js';

// One diff per (upper, plan) pair, however many rules read it.
const diffs = new WeakMap<PlanExtraction, { upper: PlanExtraction; lang: string; diff: PlanDiff }>();

function diffOf(ctx: RuleContext): PlanDiff | null {
  if (ctx.upper === null) return null;
  const hit = diffs.get(ctx.plan);
  if (hit && hit.upper === ctx.upper && hit.lang === ctx.lang) return hit.diff;
  // In the validator's language: the diff's `expected` values are words too ("on or before 10/7/2025").
  const diff = diffPlans(ctx.upper, ctx.plan, { lang: ctx.lang });
  diffs.set(ctx.plan, { upper: ctx.upper, lang: ctx.lang, diff });
  return diff;
}

function fromDiff(finding: DiffFinding): RuleHit {
  const message = finding.messageId !== undefined ? { id: finding.messageId, params: finding.params ?? {} } : finding.message;
  return {
    message: message as RuleHit['message'],
    ...(finding.span ? { span: finding.span } : {}),
    ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
  };
}

/** The rule that reports the diff's findings of one id; `spanOf` places findings the diff leaves unplaced. */
function againstRule(id: RuleId & `diff/${string}`, field: Field, severity: Severity, spanOf?: (plan: PlanExtraction, diff: PlanDiff) => RuleHit['span']): Rule {
  return defineRule({
    id,
    field,
    severity,
    *check(ctx) {
      const diff = diffOf(ctx);
      if (!diff) return;
      for (const finding of diff.findings) {
        if (finding.ruleId !== id) continue;
        const hit = fromDiff(finding);
        const span = hit.span ?? spanOf?.(ctx.plan, diff);
        yield span ? { ...hit, span } : hit;
      }
    },
  });
}

// The citation the diff compared (chosen by number and issuer), not the first one the opening prints.
const citation = (plan: PlanExtraction, diff: PlanDiff) => diff.implements.citedSpan ?? plan.implements[0]?.span ?? null;
const theme = (plan: PlanExtraction) => plan.theme?.span ?? null;
const period = (plan: PlanExtraction) => plan.period?.span ?? null;

/** Every diff check as a rule, in the diff's order; severities are the diff's own. */
export const AGAINST_RULES: readonly Rule[] = [
  againstRule('diff/upper-draft', 'implements', 'info'),
  againstRule('diff/implements-missing', 'implements', 'error', citation),
  againstRule('diff/implements-number', 'implements', 'error', citation),
  againstRule('diff/implements-date', 'implements', 'error', citation),
  againstRule('diff/implements-issuer', 'implements', 'warning', citation),
  againstRule('diff/theme-missing', 'theme', 'warning'),
  againstRule('diff/theme-changed', 'theme', 'error', theme),
  againstRule('diff/period-missing', 'period', 'warning'),
  againstRule('diff/period-changed', 'period', 'warning', period),
  againstRule('diff/period-outside', 'period', 'error', period),
  againstRule('diff/slogan-changed', 'slogans', 'info'),
  againstRule('diff/slogan-missing', 'slogans', 'warning'),
  againstRule('diff/slogan-extra', 'slogans', 'info'),
  againstRule('diff/deadline-conflict', 'deadlines', 'error'),
  againstRule('diff/deadline-no-margin', 'deadlines', 'warning'),
  againstRule('diff/deadline-send-late', 'deadlines', 'error'),
  againstRule('diff/responsibility-uncovered', 'responsibilities', 'warning'),
  againstRule('diff/responsibility-extra', 'responsibilities', 'info'),
  againstRule('diff/lead-changed', 'responsibilities', 'info'),
];
