import { createMessage, msg } from '../messages/index.js';
import type { Grounded } from '../schema.js';
import type { ExtractContext, Extractor } from './context.js';
import { parsePlaceDate } from './dates/index.js';
import { ground } from './lines.js';

/** Place and date of issue, from the header's `Hạ Lang, ngày 16 tháng 5 năm 2025`. */
export interface Issued {
  place: Grounded | null;
  /** "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when a draft leaves the day or month blank. */
  issuedOn: string | null;
  /** The date as printed ("ngày tháng 5 năm 2025"), grounded. */
  date: Grounded | null;
}

// A year a web copy split in two: "năm 20 24".
const SPLIT_YEAR = /(năm\s+)(\d{2}) (\d{2})(?!\d)/iu;

/**
 * Reads the header's place-and-date zone with the date grammar; blank day or month give a partial date.
 * The zone may run over two lines ("Cà\nMau, ngày 21 ...", "Bắc Kạn, ngày 23\ntháng 10 năm 2023"): line
 * breaks read as spaces, which keeps every offset.
 */
export const extractIssued: Extractor<Issued> = (ctx: ExtractContext) => {
  const zone = ctx.anatomy.header?.placeDate;
  if (!zone) return { place: null, issuedOn: null, date: null };
  const base = zone.span.start;
  const printed = ctx.doc.text.slice(base, zone.span.end);
  // Same length in, same length out: "năm 20 24" → "năm 2024 ".
  const text = printed.replace(/\n/g, ' ').replace(SPLIT_YEAR, (_, word: string, a: string, b: string) => `${word}${a}${b} `);
  const found = parsePlaceDate(text);
  if (!found) return { place: null, issuedOn: null, date: null };
  const placeAt = found.place === null ? -1 : text.indexOf(found.place, found.index);
  const dateFrom = placeAt < 0 ? found.index : placeAt + (found.place ?? '').length;
  const dateAt = text.slice(dateFrom, found.end).search(/ngày/iu) + dateFrom;
  const place = placeAt < 0 ? null : ground(ctx, base + placeAt, base + placeAt + (found.place ?? '').length);
  const dateEnd = SPLIT_YEAR.test(printed) ? printed.length : found.end;
  const date = ground(ctx, base + dateAt, base + dateEnd);
  if (found.date === null) {
    ctx.diagnostics.push(createMessage('issuedOn/impossible-date', 'warning', 'issuedOn', msg('issuedOn/impossible-date', { text: date.text }), { span: date.span, actual: date.text }));
  }
  return { place, issuedOn: found.date, date };
};
