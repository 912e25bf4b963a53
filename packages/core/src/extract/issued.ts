import { createMessage, msg } from '../messages/index.js';
import type { Grounded } from '../schema.js';
import type { ExtractContext, Extractor } from './context.js';
import { parsePlaceDate } from './dates/index.js';
import { frontLines, ground } from './lines.js';

/** Place and date of issue, from the header line `Hạ Lang, ngày 16 tháng 5 năm 2025`. */
export interface Issued {
  place: Grounded | null;
  /** "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when a draft leaves the day or month blank. */
  issuedOn: string | null;
  /** The date as printed ("ngày tháng 5 năm 2025"), grounded. */
  date: Grounded | null;
}

/** Reads the place-and-date line of the header with the date grammar; blank day or month give a partial date. */
export const extractIssued: Extractor<Issued> = (ctx: ExtractContext) => {
  for (const line of frontLines(ctx)) {
    //   "Hạ Lang, ngày 16 tháng 5 năm 2025"   "Lý Sơn, ngày tháng 4 năm 2025"   "Cao Bằng, ngày 16/5/2025"
    const found = parsePlaceDate(line.text);
    if (!found || found.place === null) continue;
    const placeAt = line.text.indexOf(found.place, found.index);
    const dateAt = line.text.slice(placeAt + found.place.length, found.end).search(/ngày/iu) + placeAt + found.place.length;
    const place = ground(ctx, line.start + placeAt, line.start + placeAt + found.place.length);
    const date = ground(ctx, line.start + dateAt, line.start + found.end);
    if (found.date === null) {
      ctx.diagnostics.push(createMessage('issuedOn/impossible-date', 'warning', 'issuedOn', msg('issuedOn/impossible-date', { text: date.text }), { span: date.span, actual: date.text }));
    }
    return { place, issuedOn: found.date, date };
  }
  return { place: null, issuedOn: null, date: null };
};
