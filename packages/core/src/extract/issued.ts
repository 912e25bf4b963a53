import type { Grounded } from '../schema.js';
import type { ExtractContext, Extractor } from './context.js';
import { frontLines, ground, numericDate } from './lines.js';

/** Place and date of issue, from the header line `Hạ Lang, ngày 16 tháng 5 năm 2025`. */
export interface Issued {
  place: Grounded | null;
  /** "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when a draft leaves the day or month blank. */
  issuedOn: string | null;
  /** The date as printed ("ngày tháng 5 năm 2025"), grounded. */
  date: Grounded | null;
}

//   "Hạ Lang, ngày 16 tháng 5 năm 2025"   "Lý Sơn, ngày tháng 4 năm 2025"   "Cao Bằng, ngày 16/5/2025"
const PLACE_DATE = /(?<![\p{L}\d/-])((?:\p{Lu}[\p{Ll}\p{M}]*|\d+)(?: (?:\p{Lu}[\p{Ll}\p{M}]*|\d+))*)\s*,\s*(ngày\s*(?:(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4})))/u;
const GROUP_PLACE = 1;
const GROUP_DATE = 2;
const GROUP_DAY = 3;
const GROUP_MONTH = 4;
const GROUP_YEAR = 5;
const GROUP_NUM_DAY = 6;
const GROUP_NUM_MONTH = 7;
const GROUP_NUM_YEAR = 8;

/** Reads the place-and-date line of the header; blank day or month give a partial date. */
export const extractIssued: Extractor<Issued> = (ctx: ExtractContext) => {
  for (const line of frontLines(ctx)) {
    const m = PLACE_DATE.exec(line.text);
    if (!m) continue;
    const placeText = m[GROUP_PLACE] ?? '';
    const place = ground(ctx, line.start + m.index, line.start + m.index + placeText.length);
    const dateText = m[GROUP_DATE] ?? '';
    const dateAt = line.start + m.index + m[0].length - dateText.length;
    const date = ground(ctx, dateAt, dateAt + dateText.length);
    let issuedOn: string | null;
    if (m[GROUP_NUM_YEAR]) {
      issuedOn = numericDate(m[GROUP_NUM_DAY] ?? '', m[GROUP_NUM_MONTH] ?? '', m[GROUP_NUM_YEAR]);
    } else {
      issuedOn = partialDate(m[GROUP_DAY], m[GROUP_MONTH], m[GROUP_YEAR] ?? '');
    }
    if (issuedOn === null) {
      ctx.diagnostics.push({ ruleId: 'issued-date-invalid', severity: 'warning', field: 'issuedOn', message: `Not a calendar date: ${date.text}`, span: date.span, actual: date.text });
    }
    return { place, issuedOn, date };
  }
  return { place: null, issuedOn: null, date: null };
};

/** Day and month may be blank in drafts: "ngày tháng 5 năm 2025" → "2025-05". */
export function partialDate(day: string | undefined, month: string | undefined, year: string): string | null {
  if (!/^\d{4}$/.test(year)) return null;
  if (!month) return day ? null : year;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (!day) return `${year}-${String(m).padStart(2, '0')}`;
  return numericDate(day, month, year);
}
