/**
 * Checks against the upper plan (`validate --against`): the diff engine compares the two
 * extractions once per plan, and each rule here reports one field of that comparison.
 */
import { diffPlans } from '../../diff/index.js';
import type { DiffFinding, PlanDiff } from '../../diff/schema.js';
import type { PlanExtraction } from '../../schema.js';
import { defineRule, type Field, type Rule, type RuleContext, type RuleHit } from '../rule.js';

// One diff per (upper, plan) pair, however many rules read it.
const diffs = new WeakMap<PlanExtraction, { upper: PlanExtraction; diff: PlanDiff }>();

function diffOf(ctx: RuleContext): PlanDiff | null {
  if (ctx.upper === null) return null;
  const hit = diffs.get(ctx.plan);
  if (hit && hit.upper === ctx.upper) return hit.diff;
  const diff = diffPlans(ctx.upper, ctx.plan);
  diffs.set(ctx.plan, { upper: ctx.upper, diff });
  return diff;
}

function fromDiff(finding: DiffFinding): RuleHit {
  return {
    message: finding.message,
    ...(finding.actual !== undefined ? { actual: finding.actual } : {}),
    ...(finding.expected !== undefined ? { expected: finding.expected } : {}),
  };
}

/** A rule that reports the diff findings with the given rule ids. */
function againstRule(id: string, field: Field, severity: Rule['severity'], description: string, diffRuleIds: readonly string[], spanOf?: (plan: PlanExtraction, diff: PlanDiff) => RuleHit['span']): Rule {
  return defineRule({
    id,
    field,
    severity,
    description,
    *check(ctx) {
      const diff = diffOf(ctx);
      if (!diff) return;
      for (const finding of diff.findings) {
        if (!diffRuleIds.includes(finding.ruleId)) continue;
        const span = spanOf?.(ctx.plan, diff);
        yield span ? { ...fromDiff(finding), span } : fromDiff(finding);
      }
    },
  });
}

export const implementsNotUpper = againstRule(
  'implements/not-upper', 'implements', 'error',
  'The plan cites the upper plan it is checked against, by its number and date.',
  ['diff/implements-missing', 'diff/implements-number', 'diff/implements-date'],
  // The citation the diff compared (chosen by number and issuer), not the first one the opening prints.
  (_plan, diff) => diff.implements.citedSpan ?? null,
);

export const themeNotUpper = againstRule(
  'theme/not-upper', 'theme', 'error',
  "The theme is the upper plan's theme.",
  ['diff/theme-changed'],
  (plan) => plan.theme?.span ?? null,
);

export const periodNotUpper = againstRule(
  'period/not-upper', 'period', 'error',
  "The period agrees with the upper plan's period.",
  ['diff/period-changed', 'diff/period-outside'],
  (plan) => plan.period?.span ?? null,
);

export const slogansMissingUpper = againstRule(
  'slogans/missing-upper', 'slogans', 'warning',
  "The plan carries the upper plan's slogans.",
  ['diff/slogan-missing'],
);

export const deadlinesUpperConflict = againstRule(
  'deadlines/upper-conflict', 'deadlines', 'error',
  "The plan's deadlines leave time to meet the upper plan's.",
  ['diff/deadline-conflict', 'diff/deadline-send-late'],
);

export const responsibilitiesUncoveredUpper = againstRule(
  'responsibilities/uncovered-upper', 'responsibilities', 'warning',
  'Every function the upper plan assigns has a local counterpart.',
  ['diff/responsibility-uncovered'],
);
