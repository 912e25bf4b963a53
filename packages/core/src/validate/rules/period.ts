import { msg } from '../../messages/index.js';
import type { PlanExtraction } from '../../schema.js';
import { defineRule } from '../rule.js';
import { impossibleDates, yearOf, type ImpossibleDate } from './dates.js';

// The line that states the period: "2. Thời gian: Từ ngày 01/6/2025 đến ngày 30/6/2025."
const PERIOD_LINE = /^[^\n]{0,12}Thời gian(?: thực hiện| triển khai)?\s*:[^\n]*/gmu;

/** Impossible dates, split by whether they stand on the plan's period line or elsewhere (deadlines). */
export function impossibleDatesByField(plan: PlanExtraction): { period: ImpossibleDate[]; other: ImpossibleDate[] } {
  const lines = [...plan.text.matchAll(PERIOD_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  // Only the first such line is the plan's period; later ones are activities' timing.
  const periodLine = plan.period?.span ?? lines[0] ?? null;
  const period: ImpossibleDate[] = [];
  const other: ImpossibleDate[] = [];
  for (const date of impossibleDates(plan.text)) {
    const onPeriodLine = periodLine !== null && date.start >= lineStart(plan.text, periodLine.start) && date.end <= lineEnd(plan.text, periodLine.end);
    (onPeriodLine ? period : other).push(date);
  }
  return { period, other };
}

const lineStart = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
};

export const periodMissing = defineRule({
  id: 'period/missing',
  field: 'period',
  severity: 'error',
  *check({ plan }) {
    if (plan.kind === 'action-month' && plan.period === null) yield { message: msg('period/missing') };
  },
});

export const periodImpossibleDate = defineRule({
  id: 'period/impossible-date',
  field: 'period',
  severity: 'error',
  *check({ plan, span }) {
    for (const date of impossibleDatesByField(plan).period) {
      yield { message: msg('period/impossible-date', { text: date.text }), span: span(date.start, date.end), actual: date.text };
    }
  },
});

export const periodEndBeforeStart = defineRule({
  id: 'period/end-before-start',
  field: 'period',
  severity: 'error',
  *check({ plan }) {
    if (plan.period && plan.period.end < plan.period.start) {
      yield { message: msg('period/end-before-start', { start: plan.period.start, end: plan.period.end }), span: plan.period.span };
    }
  },
});

export const periodWrongYear = defineRule({
  id: 'period/wrong-year',
  field: 'period',
  severity: 'error',
  *check({ plan }) {
    if (!plan.period || plan.year === null) return;
    const years = [yearOf(plan.period.start), yearOf(plan.period.end)];
    if (years.some((y) => y !== plan.year)) {
      yield {
        message: msg('period/wrong-year', { start: plan.period.start, end: plan.period.end, year: plan.year }),
        span: plan.period.span,
        actual: plan.period.text,
        expected: String(plan.year),
      };
    }
  },
});

export const periodNotActionMonth = defineRule({
  id: 'period/not-action-month',
  field: 'period',
  severity: 'warning',
  *check({ plan, config }) {
    if (plan.kind !== 'action-month' || !plan.period) return;
    const year = plan.period.start.slice(0, 4);
    const expected = config.campaign.period ?? { start: `${year}-06-01`, end: `${year}-06-30` };
    if (plan.period.start !== expected.start || plan.period.end !== expected.end) {
      yield {
        message: msg('period/not-action-month', { start: plan.period.start, end: plan.period.end, expectedStart: expected.start, expectedEnd: expected.end, campaign: config.campaign.period !== undefined }),
        span: plan.period.span,
        actual: plan.period.text,
        expected: msg('value:range', { start: expected.start, end: expected.end }),
      };
    }
  },
});
