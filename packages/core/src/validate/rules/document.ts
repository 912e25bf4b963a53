import { msg } from '../../messages/index.js';
import type { PlanExtraction } from '../../schema.js';
import { defineRule } from '../rule.js';

// The anatomy's type name (Nghị định 30/2020): "KẾ HOẠCH".
const PLAN_TYPE = /^K[ẾÊ]\s*HO[ẠA]CH$/u;

/**
 * Whether an extraction reads as a plan: a "KẾ HOẠCH" type name, a …/KH-… number, a title
 * naming a plan, or — text pulled from a PDF may have lost its header — a body that reads as one.
 * `extract` and `diff` refuse what is not; `validate` reports `document/not-a-plan` alone.
 */
export function looksLikePlan(plan: PlanExtraction): boolean {
  const zone = plan.anatomy.typeName;
  const typeName = zone !== null && PLAN_TYPE.test(plan.text.slice(zone.span.start, zone.span.end));
  const planNumber = plan.documentNumber !== null && /\/KH-/u.test(plan.documentNumber);
  const planTitle = plan.title !== null && /kế hoạch/iu.test(plan.title);
  const planBody = plan.kind !== 'other' || plan.implements.length > 0;
  return typeName || planNumber || planTitle || planBody;
}

export const notAPlan = defineRule({
  id: 'document/not-a-plan',
  field: 'document',
  severity: 'error',
  *check({ plan }) {
    if (!looksLikePlan(plan)) yield { message: msg('document/not-a-plan') };
  },
});
