import { msg } from '../../messages/index.js';
import { defineRule } from '../rule.js';

// Decrees, circulars and government resolutions carry their year: "56/2017/NĐ-CP", "28/2019/TT-BLĐTBXH".
const NEEDS_YEAR = /^(?:NĐ|TT|NQ)(?:-|$)/u;
const NUMBER = /^(\d+)\/(?:(\d{4})\/)?([\p{Lu}Đ]+(?:-[\p{Lu}\d&Đ]+)*)$/u;
const GROUP_YEAR = 2;
const GROUP_SYMBOL = 3;

export const referenceMalformed = defineRule({
  id: 'references/malformed',
  field: 'references',
  severity: 'warning',
  *check({ plan }) {
    for (const ref of plan.references) {
      if (ref.number === null) continue;
      const m = NUMBER.exec(ref.number.replace(/\s+/g, ''));
      if (!m) continue;
      const symbol = m[GROUP_SYMBOL] ?? '';
      if (NEEDS_YEAR.test(symbol) && m[GROUP_YEAR] === undefined) {
        const year = ref.issuedOn?.slice(0, 4);
        const expected = year ? ref.number.replace('/', `/${year}/`) : undefined;
        yield {
          message: msg('references/malformed', { number: ref.number, symbol, expected: expected ?? null }),
          span: ref.span,
          actual: ref.number,
          ...(expected ? { expected } : {}),
        };
      }
    }
  },
});
