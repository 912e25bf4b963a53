import { describe, expect, it } from 'vitest';
import { createValidator, RULE_IDS } from '@plan-extract/core';
import { MAX_FINDINGS_PER_RULE } from '../../../packages/core/src/validate/index.js';
import { cleanPlan } from './plan-builder.js';

const validator = await createValidator({}, { lang: 'en' });

// Made-up words no dictionary holds: "qzx" and two letters, all different.
const nonsense = (n: number) => Array.from({ length: n }, (_, i) => `qzx${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}`);

describe('a rule that finds too much', () => {
  it('lists the first 200 findings and counts the rest in one note', () => {
    const words = nonsense(450);
    const plan = cleanPlan((t) => `${t}\n${words.join(' ')}.`);
    const findings = validator.validate({ plan });
    const spelling = findings.filter((f) => f.ruleId === 'spelling/unknown-word');
    expect(spelling).toHaveLength(MAX_FINDINGS_PER_RULE);
    const capped = findings.filter((f) => f.ruleId === 'validate/findings-capped');
    expect(capped).toHaveLength(1);
    expect(capped[0]).toMatchObject({ severity: 'info', field: 'spelling', message: 'spelling/unknown-word: 250 more findings of this rule not listed (the first 200 are)' });
    expect(RULE_IDS).toContain('validate/findings-capped');
  });

  it('says nothing when a rule stays under the cap', () => {
    const plan = cleanPlan((t) => `${t}\n${nonsense(3).join(' ')}.`);
    const findings = validator.validate({ plan });
    expect(findings.filter((f) => f.ruleId === 'spelling/unknown-word')).toHaveLength(3);
    expect(findings.some((f) => f.ruleId === 'validate/findings-capped')).toBe(false);
  });
});
