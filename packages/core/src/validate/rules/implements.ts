import { msg } from '../../messages/index.js';
import { defineRule } from '../rule.js';
import { compareDates } from './dates.js';

export const implementsMissing = defineRule({
  id: 'implements/missing',
  field: 'implements',
  severity: 'error',
  *check({ plan }) {
    // Districts and communes implement a plan from above; a province works from the ministry's
    // guidance and the law ("Căn cứ …"): its legal basis, not a plan it implements.
    if (plan.issuer?.level === 'national' || plan.issuer?.level === 'province') return;
    // "Thực hiện ..." or a plan cited at all ("Căn cứ Kế hoạch số ... của UBND huyện"): the upper plan may be either.
    if (!plan.implements.some((ref) => ref.role === 'implements' || ref.type === 'Kế hoạch')) yield { message: msg('implements/missing') };
  },
});

export const implementsDatedAfter = defineRule({
  id: 'implements/dated-after',
  field: 'implements',
  severity: 'error',
  *check({ plan }) {
    if (!plan.issuedOn) return;
    for (const ref of plan.implements) {
      if (ref.issuedOn && compareDates(ref.issuedOn, plan.issuedOn) > 0) {
        yield {
          message: msg('implements/dated-after', { number: ref.documentNumber, cited: ref.issuedOn, own: plan.issuedOn }),
          span: ref.span,
          actual: ref.issuedOn,
        };
      }
    }
  },
});
