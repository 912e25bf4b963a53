import { defineRule } from '../rule.js';

export const slogansMissing = defineRule({
  id: 'slogans/missing',
  field: 'slogans',
  severity: 'error',
  description: 'An action-month plan lists its communication slogans ("Thông điệp, khẩu hiệu truyền thông").',
  *check({ plan }) {
    if (plan.kind === 'action-month' && plan.slogans.length === 0) {
      yield { message: 'an action-month plan without slogans ("Thông điệp, khẩu hiệu truyền thông")' };
    }
  },
});
