import { defineRule } from '../rule.js';

export const signerMissing = defineRule({
  id: 'signer/missing',
  field: 'signer',
  severity: 'error',
  description: 'The plan ends with a signature block (TM./KT. …, title, name).',
  *check({ plan }) {
    if (plan.signer === null) yield { message: 'no signature block (TM./KT. CHỦ TỊCH, title, name)' };
    else if (plan.signer.name === null) yield { message: 'the signature block has no signer name', span: plan.signer.span };
  },
});

export const recipientsMissing = defineRule({
  id: 'recipients/missing',
  field: 'recipients',
  severity: 'warning',
  description: 'The plan lists its recipients ("Nơi nhận:").',
  *check({ plan }) {
    if (plan.recipients.length === 0) yield { message: 'no recipients ("Nơi nhận:")' };
  },
});
