import { defineRule, type RuleHit } from '../rule.js';
import { yearOf } from './dates.js';

export const issuerMissing = defineRule({
  id: 'issuer/missing',
  field: 'issuer',
  severity: 'error',
  description: 'The issuing body is stated.',
  *check({ plan }) {
    if (plan.issuer === null) yield { message: 'no issuing body (ỦY BAN NHÂN DÂN …) found' };
  },
});

export const issuedOnMissing = defineRule({
  id: 'issuedOn/missing',
  field: 'issuedOn',
  severity: 'warning',
  description: 'The place and date of issue are stated (day and month may be blank in drafts).',
  *check({ plan }) {
    if (plan.issuedOn === null) yield { message: 'no date of issue ("…, ngày … tháng … năm …")' };
  },
});

export const titleMissing = defineRule({
  id: 'title/missing',
  field: 'title',
  severity: 'error',
  description: 'The plan has a summary line (title) under "KẾ HOẠCH".',
  *check({ plan }) {
    if (plan.title === null) yield { message: 'no title under "KẾ HOẠCH"' };
  },
});

export const yearMissing = defineRule({
  id: 'year/missing',
  field: 'year',
  severity: 'warning',
  description: 'The plan says which year it is for.',
  *check({ plan }) {
    if (plan.year === null) yield { message: 'the plan does not say which year it is for' };
  },
});

// "… năm 2025" in the title.
const TITLE_YEAR = /năm\s+(\d{4})/u;

export const yearInconsistent = defineRule({
  id: 'year/inconsistent',
  field: 'year',
  severity: 'error',
  description: 'Title year, period year and year of issue agree.',
  *check({ plan }) {
    const titleYear = plan.title ? Number(TITLE_YEAR.exec(plan.title)?.[1] ?? NaN) : NaN;
    const claims: Array<{ what: string; year: number; hit: Omit<RuleHit, 'message'> }> = [];
    if (Number.isFinite(titleYear)) claims.push({ what: 'title', year: titleYear, hit: { field: 'title' } });
    const periodYear = yearOf(plan.period?.start);
    if (plan.period && periodYear !== null) claims.push({ what: 'period', year: periodYear, hit: { field: 'period', span: plan.period.span } });
    const issuedYear = yearOf(plan.issuedOn);
    if (issuedYear !== null) claims.push({ what: 'date of issue', year: issuedYear, hit: { field: 'issuedOn' } });
    const [first, ...rest] = claims;
    if (!first) return;
    for (const other of rest) {
      // A plan for next year may be issued late in the year before: only the title and period must match exactly.
      const tolerated = other.what === 'date of issue' && other.year === first.year - 1;
      if (other.year !== first.year && !tolerated) {
        yield {
          ...other.hit,
          message: `the ${other.what} says ${other.year} but the ${first.what} says ${first.year}`,
          actual: String(other.year),
          expected: String(first.year),
        };
      }
    }
  },
});
