import { findCitations } from '../citations/index.js';
import type { Grounded, YearSpan } from '../schema.js';
import { foldSameLength } from '../segment/anatomy/words.js';
import type { ExtractContext } from './context.js';
import { openingOf, ownClause } from './opening.js';

/** The plan's year, or for a programme over several years its span. */
export interface PlanYears {
  year: number | null;
  years: YearSpan | null;
}

// On folded text (no diacritics, lower case), after citations and written dates are blanked out.
//   "giai đoạn 2021 - 2025" · "2019 -\n2020" · "từ năm 2013 đến 2016"
const RANGE = /(?<!\d)((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?!\d)|nam\s+((?:19|20)\d{2})\s+den\s+(?:het\s+)?(?:nam\s+)?((?:19|20)\d{2})(?!\d)/gu;
//   "đến năm 2030" (the end of a programme), but not "định hướng đến năm 2030" / "tầm nhìn đến năm 2045".
const UNTIL = /(?<!(?:dinh\s+huong|tam\s+nhin)\s+)den\s+(?:het\s+)?nam\s+((?:19|20)\d{2})(?!\d)/gu;
//   "năm 2025" not opening a range.
const SINGLE = /(?<!den\s+(?:het\s+)?)nam\s+((?:19|20)\d{2})(?!\d)(?!\s*[-–—]\s*\d)/gu;
// Written dates: their years date something else ("(3/2/1930 - 3/2/2023)", "ngày 25 tháng 9 năm 2024").
const DATE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}|ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s*,?\s+nam\s+(?:19|20)\d{2}/gu;

/** `text` folded, with the citations and dates it contains blanked out (same length), built in one pass. */
function ownWords(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const c of findCitations(text)) {
    if (c.index < at) continue;
    parts.push(text.slice(at, c.index), ' '.repeat(c.headEnd - c.index));
    at = c.headEnd;
  }
  parts.push(text.slice(at));
  return foldSameLength(parts.join('')).replace(DATE, (m) => ' '.repeat(m.length));
}

/** The year or span a text (title, own clause) gives the plan; years before the year before `issued` name the past, not the plan. */
function yearsIn(text: string, issued: number | null, periods: readonly YearSpan[] = []): PlanYears | null {
  const notBefore = issued === null ? null : issued - 1;
  const words = ownWords(text);
  const ok = (y: number) => notBefore === null || y >= notBefore;
  const ranges: YearSpan[] = [];
  const inRange: Array<[number, number]> = [];
  for (const m of words.matchAll(RANGE)) {
    const start = Number(m[1] ?? m[3]);
    const end = Number(m[2] ?? m[4]);
    inRange.push([m.index, m.index + m[0].length]);
    if (end >= start && ok(end)) ranges.push({ start, end });
  }
  let single: number | null = null;
  for (const m of words.matchAll(SINGLE)) {
    if (inRange.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const y = Number(m[1]);
    if (ok(y)) single = y;
  }
  if (single !== null) return { year: single, years: null };
  const range = ranges[0];
  if (range) return range.start === range.end ? { year: range.start, years: null } : { year: null, years: range };
  for (const m of words.matchAll(UNTIL)) {
    const end = Number(m[1]);
    if (!ok(end)) continue;
    // "đến năm 2030": the span starts where a period ending that year starts ("giai đoạn 2021 - 2030" in the
    // opening, the programme the plan carries out), else in the year of issue.
    const start = periods.find((p) => p.end === end)?.start ?? issued;
    if (start !== null && end > start) return { year: null, years: { start, end } };
  }
  return null;
}

/** Every "A - B" period in a text (citations' numbers and dates left out), for "đến năm B" to find its start. */
function periodsIn(text: string): YearSpan[] {
  const out: YearSpan[] = [];
  for (const m of ownWords(text).matchAll(RANGE)) out.push({ start: Number(m[1] ?? m[3]), end: Number(m[2] ?? m[4]) });
  return out;
}

/**
 * The plan's own year, as the plan states it: from the title ("... năm 2025"), else the plan's own clause
 * in the opening ("UBND huyện Chi Lăng xây dựng Kế hoạch ... năm 2025"). A programme ("giai đoạn 2021 -
 * 2025", "đến năm 2030") has no single year: `year` null, `years` its span ("định hướng đến năm 2030" is an
 * outlook, not the span). Years of cited documents and written dates do not count, nor years before the
 * year of issue (a title may name the past it reviews). A plan issued in the last quarter whose title
 * names only the next year ("... 3/2/2023", issued in December 2022) is for that year. When nothing says,
 * both are null: the date of issue does not say which year a plan is for.
 */
export function extractYear(ctx: ExtractContext, known: { title: Grounded | null; issuedOn: string | null }): PlanYears {
  const issued = known.issuedOn ? Number(known.issuedOn.slice(0, 4)) : null;
  const periods = periodsIn(openingOf(ctx).text);
  const fromTitle = known.title ? yearsIn(known.title.text, issued, periods) : null;
  if (fromTitle) return fromTitle;
  const own = ownClause(ctx);
  const fromOwn = own ? yearsIn(own.text, issued, periods) : null;
  if (fromOwn) return fromOwn;
  const month = Number(known.issuedOn?.slice(5, 7) || 0);
  if (issued !== null && month >= 10 && known.title && new RegExp(`(?<!\\d)${issued + 1}(?!\\d)`, 'u').test(known.title.text)) return { year: issued + 1, years: null };
  return { year: null, years: null };
}

/**
 * The year that completes dates written without one ("trước ngày 15/12"): the plan's year, else the first
 * year of its span, else the year of issue.
 */
export function referenceYear(years: PlanYears, issuedOn: string | null): number | null {
  return years.year ?? years.years?.start ?? (issuedOn ? Number(issuedOn.slice(0, 4)) : null);
}
