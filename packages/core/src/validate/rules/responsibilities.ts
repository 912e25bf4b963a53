import { defineRule } from '../rule.js';

export const responsibilitiesMissing = defineRule({
  id: 'responsibilities/missing',
  field: 'responsibilities',
  severity: 'error',
  description: 'The plan assigns its work to agencies ("Tổ chức thực hiện").',
  *check({ plan }) {
    if (plan.responsibilities.length === 0) yield { message: 'no implementation section ("Tổ chức thực hiện") assigning work to agencies' };
  },
});

export const responsibilitiesNoLead = defineRule({
  id: 'responsibilities/no-lead',
  field: 'responsibilities',
  severity: 'warning',
  description: 'One agency leads the plan (chủ trì, tham mưu).',
  *check({ plan }) {
    if (plan.responsibilities.length > 0 && !plan.responsibilities.some((r) => r.role === 'lead')) {
      yield { message: 'no agency is made lead of the plan (chủ trì, tham mưu tổ chức triển khai)' };
    }
  },
});
