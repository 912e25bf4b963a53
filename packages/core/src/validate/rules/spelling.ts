import { msg } from '../../messages/index.js';
import { defineRule, type Rule } from '../rule.js';

function spellingRule(id: 'spelling/unknown-word' | 'spelling/confusable'): Rule {
  return defineRule({
    id,
    field: 'spelling',
    severity: 'warning',
    *check({ plan, speller, span }) {
      for (const issue of speller.check(plan.text)) {
        if (issue.ruleId !== id) continue;
        yield {
          message: issue.expected ? msg('spelling/confusable', { word: issue.actual, expected: issue.expected }) : msg('spelling/unknown-word', { word: issue.actual }),
          span: span(issue.start, issue.end),
          actual: issue.actual,
          ...(issue.expected ? { expected: issue.expected } : {}),
        };
      }
    },
  });
}

export const unknownWord = spellingRule('spelling/unknown-word');
export const confusable = spellingRule('spelling/confusable');
