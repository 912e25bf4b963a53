import { msg } from '../../messages/index.js';
import { defineRule } from '../rule.js';

export const responsibilitiesMissing = defineRule({
  id: 'responsibilities/missing',
  field: 'responsibilities',
  severity: 'error',
  *check({ plan }) {
    if (plan.responsibilities.length === 0) yield { message: msg('responsibilities/missing') };
  },
});

export const responsibilitiesNoLead = defineRule({
  id: 'responsibilities/no-lead',
  field: 'responsibilities',
  severity: 'warning',
  *check({ plan }) {
    if (plan.responsibilities.length > 0 && !plan.responsibilities.some((r) => r.role === 'lead')) {
      yield { message: msg('responsibilities/no-lead') };
    }
  },
});
