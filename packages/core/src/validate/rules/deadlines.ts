import { msg } from '../../messages/index.js';
import type { Deadline } from '../../schema.js';
import { defineRule } from '../rule.js';
import { compareDates, yearOf } from './dates.js';
import { impossibleDatesByField } from './period.js';

/** The last day a deadline allows: its date, or the end of its range/month/quarters. */
const lastDay = (d: Deadline) => d.date ?? d.end;

export const deadlineImpossibleDate = defineRule({
  id: 'deadlines/impossible-date',
  field: 'deadlines',
  severity: 'error',
  *check({ plan, span }) {
    for (const date of impossibleDatesByField(plan).other) {
      yield { message: msg('deadlines/impossible-date', { text: date.text }), span: span(date.start, date.end), actual: date.text };
    }
  },
});

export const reportBeforePeriodEnd = defineRule({
  id: 'deadlines/report-before-period-end',
  field: 'deadlines',
  severity: 'error',
  *check({ plan }) {
    if (!plan.period) return;
    for (const d of plan.deadlines) {
      const due = lastDay(d);
      if (d.action === 'report' && due && compareDates(due, plan.period.end) < 0) {
        yield {
          message: msg('deadlines/report-before-period-end', { due, end: plan.period.end }),
          span: d.span,
          actual: d.text,
          expected: msg('value:after', { date: plan.period.end }),
        };
      }
    }
  },
});

export const deadlineFarFromYear = defineRule({
  id: 'deadlines/far-from-year',
  field: 'deadlines',
  severity: 'warning',
  *check({ plan }) {
    if (plan.year === null) return;
    const year = plan.year;
    for (const d of plan.deadlines) {
      const y = yearOf(lastDay(d));
      if (y !== null && (y < year || y > year + 1)) {
        yield { message: msg('deadlines/far-from-year', { year: y, planYear: year }), span: d.span, actual: String(y), expected: String(year) };
      }
    }
  },
});

export const deadlineAfterCampaign = defineRule({
  id: 'deadlines/after-campaign',
  field: 'deadlines',
  severity: 'error',
  *check({ plan, config }) {
    const limits = config.campaign.deadlines;
    if (!limits) return;
    for (const d of plan.deadlines) {
      const limit = d.action === 'plan' ? limits.plan : d.action === 'report' ? limits.report : undefined;
      const due = lastDay(d);
      if (limit && due && compareDates(due, limit) > 0) {
        yield { message: msg('deadlines/after-campaign', { action: d.action, due, limit }), span: d.span, actual: d.text, expected: msg('value:on-or-before', { date: limit }) };
      }
    }
  },
});
