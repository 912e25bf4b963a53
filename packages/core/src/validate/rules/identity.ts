import { msg } from '../../messages/index.js';
import { defineRule, type RuleHit } from '../rule.js';
import { yearOf } from './dates.js';

export const issuerMissing = defineRule({
  id: 'issuer/missing',
  field: 'issuer',
  severity: 'error',
  *check({ plan }) {
    if (plan.issuer === null) yield { message: msg('issuer/missing') };
  },
});

export const issuedOnMissing = defineRule({
  id: 'issuedOn/missing',
  field: 'issuedOn',
  severity: 'warning',
  *check({ plan }) {
    if (plan.issuedOn === null) yield { message: msg('issuedOn/missing') };
  },
});

export const titleMissing = defineRule({
  id: 'title/missing',
  field: 'title',
  severity: 'error',
  *check({ plan }) {
    if (plan.title === null) yield { message: msg('title/missing') };
  },
});

export const yearMissing = defineRule({
  id: 'year/missing',
  field: 'year',
  severity: 'warning',
  *check({ plan }) {
    if (plan.year === null) yield { message: msg('year/missing') };
  },
});

// "… năm 2025" in the title.
const TITLE_YEAR = /năm\s+(\d{4})/u;

export const yearInconsistent = defineRule({
  id: 'year/inconsistent',
  field: 'year',
  severity: 'error',
  *check({ plan }) {
    const titleYear = plan.title ? Number(TITLE_YEAR.exec(plan.title)?.[1] ?? NaN) : NaN;
    const claims: Array<{ what: 'title' | 'period' | 'issuedOn'; year: number; hit: Omit<RuleHit, 'message'> }> = [];
    if (Number.isFinite(titleYear)) claims.push({ what: 'title', year: titleYear, hit: { field: 'title' } });
    const periodYear = yearOf(plan.period?.start);
    if (plan.period && periodYear !== null) claims.push({ what: 'period', year: periodYear, hit: { field: 'period', span: plan.period.span } });
    const issuedYear = yearOf(plan.issuedOn);
    if (issuedYear !== null) claims.push({ what: 'issuedOn', year: issuedYear, hit: { field: 'issuedOn' } });
    const [first, ...rest] = claims;
    if (!first) return;
    for (const other of rest) {
      // A plan for next year may be issued late in the year before: only the title and period must match exactly.
      const tolerated = other.what === 'issuedOn' && other.year === first.year - 1;
      if (other.year !== first.year && !tolerated) {
        yield {
          ...other.hit,
          message: msg('year/inconsistent', { what: other.what, year: other.year, against: first.what, againstYear: first.year }),
          actual: String(other.year),
          expected: String(first.year),
        };
      }
    }
  },
});
