import { msg } from '../../messages/index.js';
import { compareKey } from '../../normalize/index.js';
import { defineRule } from '../rule.js';
import { NATIONAL_THEMES } from '../themes.js';

export const themeMissing = defineRule({
  id: 'theme/missing',
  field: 'theme',
  severity: 'error',
  *check({ plan }) {
    if (plan.kind === 'action-month' && plan.theme === null) yield { message: msg('theme/missing') };
  },
});

export const themeNotNational = defineRule({
  id: 'theme/not-national',
  field: 'theme',
  severity: 'error',
  *check({ plan, config }) {
    if (plan.kind !== 'action-month' || plan.theme === null) return;
    const year = plan.year ?? Number(plan.period?.start.slice(0, 4) ?? NaN);
    const expected = config.campaign.theme ?? config.themes[String(year)] ?? NATIONAL_THEMES[year];
    if (expected === undefined) return;
    if (compareKey(plan.theme.text) !== compareKey(expected)) {
      yield {
        message: msg('theme/not-national', { expected, year: Number.isFinite(year) ? year : null, campaign: config.campaign.theme !== undefined }),
        span: plan.theme.span,
        actual: plan.theme.text,
        expected,
      };
    }
  },
});
