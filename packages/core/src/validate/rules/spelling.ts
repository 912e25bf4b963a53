import { defineRule, type Rule } from '../rule.js';

function spellingRule(id: 'spelling/unknown-word' | 'spelling/confusable', description: string): Rule {
  return defineRule({
    id,
    field: 'spelling',
    severity: 'warning',
    description,
    *check({ plan, speller, span }) {
      for (const issue of speller.check(plan.text)) {
        if (issue.ruleId !== id) continue;
        yield {
          message: issue.expected ? `"${issue.actual}" — did you mean "${issue.expected}"?` : `"${issue.actual}" is not a Vietnamese word`,
          span: span(issue.start, issue.end),
          actual: issue.actual,
          ...(issue.expected ? { expected: issue.expected } : {}),
        };
      }
    },
  });
}

export const unknownWord = spellingRule('spelling/unknown-word', 'Words are Vietnamese syllables (dictionary-vi) or known names and loanwords.');
export const confusable = spellingRule('spelling/confusable', 'No known misspelling of a common phrase ("phồng vinh" for "phồn vinh").');
