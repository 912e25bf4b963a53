/** Date helpers shared by the rules: ISO strings compare as strings once cut to the same precision. */
import { daysInMonth } from '../../extract/dates/constants.js';

/** Compare two possibly partial ISO dates at the precision both have: -1, 0 or 1. */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function yearOf(date: string | null | undefined): number | null {
  return date ? Number(date.slice(0, 4)) : null;
}

/** A printed day/month/year that names no real day: "31/6/2025", "30/02/2026". */
export interface ImpossibleDate {
  text: string;
  start: number;
  end: number;
}

// "31/6/2025", "31-6-2025", "31.6.2025"; the day-first order of Vietnamese dates.
const DMY = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/])/g;
const DAY = 1;
const MONTH = 3;
const YEAR = 4;

/** Every impossible day/month/year in `text`, with offsets. Linear in the text. */
export function impossibleDates(text: string): ImpossibleDate[] {
  const out: ImpossibleDate[] = [];
  for (const m of text.matchAll(DMY)) {
    const day = Number(m[DAY]);
    const month = Number(m[MONTH]);
    const year = Number(m[YEAR]);
    if (!isRealDate(year, month, day)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}
