import { msg } from '../../messages/index.js';
import { defineRule } from '../rule.js';

export const slogansMissing = defineRule({
  id: 'slogans/missing',
  field: 'slogans',
  severity: 'error',
  *check({ plan }) {
    if (plan.kind === 'action-month' && plan.slogans.length === 0) {
      yield { message: msg('slogans/missing') };
    }
  },
});
