import { defineRule } from '../rule.js';

// The anatomy's type name (Nghị định 30/2020): "KẾ HOẠCH".
const PLAN_TYPE = /^K[ẾÊ]\s*HO[ẠA]CH$/u;

export const notAPlan = defineRule({
  id: 'document/not-a-plan',
  field: 'document',
  severity: 'error',
  description: 'The document is a plan (a "KẾ HOẠCH" type name, a …/KH-… number, or a body that reads as one).',
  *check({ plan }) {
    const zone = plan.anatomy.typeName;
    const typeName = zone !== null && PLAN_TYPE.test(plan.text.slice(zone.span.start, zone.span.end));
    const planNumber = plan.documentNumber !== null && /\/KH-/u.test(plan.documentNumber);
    const planTitle = plan.title !== null && /kế hoạch/iu.test(plan.title);
    // Text pulled from a PDF may have lost its header; the body still reads as a plan.
    const planBody = plan.kind !== 'other' || plan.implements.length > 0;
    if (!typeName && !planNumber && !planTitle && !planBody) {
      yield { message: 'not a plan: no "KẾ HOẠCH" type name and no plan number (…/KH-…)' };
    }
  },
});
