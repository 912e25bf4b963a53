import { msg } from '../../messages/index.js';
import { defineRule } from '../rule.js';

export const signerMissing = defineRule({
  id: 'signer/missing',
  field: 'signer',
  severity: 'error',
  *check({ plan }) {
    if (plan.signer === null) yield { message: msg('signer/missing') };
    else if (plan.signer.name === null) yield { message: msg('signer/missing#name'), span: plan.signer.span };
  },
});

export const recipientsMissing = defineRule({
  id: 'recipients/missing',
  field: 'recipients',
  severity: 'warning',
  *check({ plan }) {
    if (plan.recipients.length === 0) yield { message: msg('recipients/missing') };
  },
});
