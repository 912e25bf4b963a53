import { compareKey } from '../../normalize/index.js';
import { defineRule } from '../rule.js';
import { NATIONAL_THEMES } from '../themes.js';

export const themeMissing = defineRule({
  id: 'theme/missing',
  field: 'theme',
  severity: 'error',
  description: 'An action-month plan states its theme ("Chủ đề: …").',
  *check({ plan }) {
    if (plan.kind === 'action-month' && plan.theme === null) yield { message: 'an action-month plan without a theme ("Chủ đề: …")' };
  },
});

export const themeNotNational = defineRule({
  id: 'theme/not-national',
  field: 'theme',
  severity: 'error',
  description: "The theme is the year's national theme (or the campaign's, when configured).",
  *check({ plan, config }) {
    if (plan.kind !== 'action-month' || plan.theme === null) return;
    const year = plan.year ?? Number(plan.period?.start.slice(0, 4) ?? NaN);
    const expected = config.campaign.theme ?? config.themes[String(year)] ?? NATIONAL_THEMES[year];
    if (expected === undefined) return;
    if (compareKey(plan.theme.text) !== compareKey(expected)) {
      yield {
        message: `the theme is not the ${config.campaign.theme ? "campaign's" : `national theme of ${year}`}: "${expected}"`,
        span: plan.theme.span,
        actual: plan.theme.text,
        expected,
      };
    }
  },
});
