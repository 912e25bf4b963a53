import { defineRule } from '../rule.js';

// The type name stands alone on its line under the header (Nghị định 30/2020): "KẾ HOẠCH".
const TYPE_NAME = /^\s*K[ẾÊ]\s+HO[ẠA]CH\s*$/mu;

export const notAPlan = defineRule({
  id: 'document/not-a-plan',
  field: 'document',
  severity: 'error',
  description: 'The document is a plan (a "KẾ HOẠCH" type name, a …/KH-… number, or a body that reads as one).',
  *check({ plan }) {
    const typeName = TYPE_NAME.test(plan.text);
    const planNumber = plan.documentNumber !== null && /\/KH-/u.test(plan.documentNumber);
    const planTitle = plan.title !== null && /kế hoạch/iu.test(plan.title);
    // Text pulled from a PDF may have lost its header; the body still reads as a plan.
    const planBody = plan.kind !== 'other' || plan.implements.length > 0;
    if (!typeName && !planNumber && !planTitle && !planBody) {
      yield { message: 'not a plan: no "KẾ HOẠCH" type name and no plan number (…/KH-…)' };
    }
  },
});
