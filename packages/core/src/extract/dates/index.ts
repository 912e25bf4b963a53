/**
 * Dates and timings in plan text: chrono.vi extended with plan parsers (see `configuration.ts`).
 * Day-first always; a year left out comes from the plan's own year, never from today.
 * Dates are ISO strings built from the parsed components, so no time zone can shift them.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { nfc } from '../../normalize/index.js';
import type { Timing, TimingKind } from '../../schema.js';
import { planChrono } from './configuration.js';
import { TAG, daysInMonth, kindOf } from './constants.js';
import type { PlanParsingOption } from './constants.js';

export { createPlanChrono } from './configuration.js';

export interface DateContext {
  /**
   * The plan's own year, for dates that leave it out. When null, the reference's year is used if a
   * reference is given; otherwise dates without a written year come out null.
   */
  year: number | null;
  /** fixed reference for chrono, default Jan 1 of year */
  reference?: Date;
}

export interface TimingMatch {
  /** `[index, end)`: UTF-16 offsets into the text searched. */
  index: number;
  end: number;
  text: string;
  timing: Timing;
  /**
   * A written day the month does not have (31/6/2025), as written (year null when not written);
   * the affected date is null in `timing`.
   */
  invalid?: { day: number; month: number; year: number | null };
}

function parse(text: string, context: DateContext): ParsedResult[] {
  const planYear = context.year ?? context.reference?.getFullYear() ?? null;
  // Noon, as chrono itself uses, so that no offset moves the reference to another day.
  const reference = context.reference ?? new Date(planYear ?? 2000, 0, 1, 12);
  const option: PlanParsingOption = { planYear };
  return planChrono.parse(text, reference, option);
}

/** `text` in NFC, with a map from NFC offsets back to offsets in `text` (NFD input: chi-lang). */
function toNfc(text: string): { nfc: string; original: (offset: number) => number } {
  const whole = nfc(text);
  if (whole === text) return { nfc: whole, original: (offset) => offset };
  const map: number[] = [];
  let out = '';
  // Composition stays within a letter and its combining marks, so each cluster maps as a whole.
  for (const cluster of text.matchAll(/\P{M}\p{M}*|\p{M}+/gsu)) {
    const composed = nfc(cluster[0]);
    for (let k = 0; k < composed.length; k++) map.push(cluster.index);
    out += composed;
  }
  map.push(text.length);
  return { nfc: out, original: (offset) => map[offset] ?? text.length };
}

function iso(year: number, month: number, day?: number): string {
  const ym = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  return day === undefined ? ym : `${ym}-${String(day).padStart(2, '0')}`;
}

function yearOf(components: ParsedComponents): number | null {
  return components.tags().has(TAG.yearUnknown) ? null : components.get('year');
}

function invalidDayOf(components: ParsedComponents): number | null {
  for (const tag of components.tags()) if (tag.startsWith(TAG.invalidDay)) return Number(tag.slice(TAG.invalidDay.length));
  return null;
}

/**
 * The stated day (or a deadline's day inferred from its month), or null when no day is stated,
 * the year is unknown or the day does not exist.
 */
function dayOf(components: ParsedComponents): string | null {
  const year = yearOf(components);
  const month = components.get('month');
  const day = components.get('day');
  const stated = components.isCertain('day') || components.tags().has(TAG.inferredDue);
  if (year === null || month === null || day === null || !stated || invalidDayOf(components) !== null) return null;
  return iso(year, month, day);
}

/** The first day covered, at the precision stated: a day, a month or a year. */
function firstDay(components: ParsedComponents): string | null {
  const year = yearOf(components);
  if (year === null || invalidDayOf(components) !== null) return null;
  const month = components.isCertain('month') ? (components.get('month') ?? 1) : 1;
  const day = components.isCertain('day') ? (components.get('day') ?? 1) : 1;
  return iso(year, month, day);
}

/** The last day covered, at the precision stated. */
function lastDay(components: ParsedComponents): string | null {
  const year = yearOf(components);
  if (year === null || invalidDayOf(components) !== null) return null;
  const month = components.isCertain('month') ? (components.get('month') ?? 12) : 12;
  const day = components.isCertain('day') ? (components.get('day') ?? 1) : daysInMonth(year, month);
  return iso(year, month, day);
}

function tagValues(tags: Set<string>, prefix: string): string[] {
  return [...tags].filter((tag) => tag.startsWith(prefix)).map((tag) => tag.slice(prefix.length));
}

function toTimingMatch(result: ParsedResult): TimingMatch | null {
  const tags = result.tags();
  const kind: TimingKind | null = kindOf(tags) ?? (result.start.isCertain('day') ? 'on' : null);
  if (kind === null) return null;
  const timing: Timing = { kind, text: result.text, date: null, start: null, end: null, quarters: [], every: null };
  const last = result.end ?? result.start;
  switch (kind) {
    case 'on':
    case 'by':
      timing.date = dayOf(result.start);
      break;
    case 'quarters':
      timing.quarters = tagValues(tags, TAG.quarter).sort();
      timing.start = firstDay(result.start);
      timing.end = lastDay(last);
      break;
    case 'range':
    case 'within':
    case 'continuous':
      timing.start = firstDay(result.start);
      timing.end = lastDay(last);
      break;
    case 'recurring':
      timing.every = tagValues(tags, TAG.every)[0] ?? null;
      break;
  }
  const match: TimingMatch = { index: result.index, end: result.index + result.text.length, text: result.text, timing };
  for (const components of result.end ? [result.start, result.end] : [result.start]) {
    const day = invalidDayOf(components);
    if (day === null) continue;
    match.invalid = { day, month: components.get('month') ?? 0, year: components.isCertain('year') ? components.get('year') : null };
    break;
  }
  return match;
}

/** Every timing expression in `text`, in order, non-overlapping; offsets are UTF-16 indices into `text`. */
export function findTimings(text: string, context: DateContext): TimingMatch[] {
  const { nfc, original } = toNfc(text);
  const matches: TimingMatch[] = [];
  for (const result of parse(nfc, context)) {
    const tags = result.tags();
    // Issue dates (the plan's, complete or with blanks) and cited documents' dates are dates, not timings.
    if (tags.has(TAG.partial) || tags.has(TAG.issueDate) || tags.has(TAG.reference)) continue;
    const match = toTimingMatch(result);
    if (!match) continue;
    match.index = original(match.index);
    match.end = original(match.end);
    match.text = match.timing.text = text.slice(match.index, match.end);
    matches.push(match);
  }
  matches.sort((a, b) => a.index - b.index);
  return matches.filter((match, i) => i === 0 || match.index >= (matches[i - 1]?.end ?? 0));
}

// Place names are capitalised words (or a number: "Phường 1") right before the comma.
// Hạ Lang, · Cao Bằng, · TP. Hồ Chí Minh, · Phường 1, · Thành phố Hồ Chí Minh, (the unit word in small letters)
const PLACE_BEFORE = /(?<!\S)((?:(?:Thành phố|Thị xã|Thị trấn)[ \t]+)?(?:\p{Lu}[\p{L}\p{M}.]*|\d+)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.]*|\d+)){0,5})[ \t]*,[ \t]*$/u;
const PLACE_GROUP = 1;

/** The place and (possibly partial) date of an issue line, or null. Offsets index `line`. */
export function parsePlaceDate(line: string): { place: string | null; date: string | null; index: number; end: number } | null {
  const { nfc, original } = toNfc(line);
  for (const result of parse(nfc, { year: null })) {
    const tags = result.tags();
    // An issue date is written "ngày ...": a bare "09/5/2017" at the start of a wrapped line is not one.
    if (tags.has(TAG.reference) || result.end || !/^ngày/iu.test(result.text)) continue;
    let date: string | null;
    if (tags.has(TAG.partial)) {
      const year = result.start.get('year');
      const month = result.start.get('month');
      if (year === null) continue;
      date = result.start.isCertain('month') && month !== null ? iso(year, month) : String(year).padStart(4, '0');
    } else if (kindOf(tags) === 'on' && result.start.isCertain('year')) {
      date = dayOf(result.start);
    } else {
      continue;
    }
    const place = PLACE_BEFORE.exec(nfc.slice(0, result.index));
    const index = place ? result.index - place[0].length : result.index;
    return { place: place?.[PLACE_GROUP] ?? null, date, index: original(index), end: original(result.index + result.text.length) };
  }
  return null;
}

/** A single date like "16/5/2025" or "ngày 16 tháng 5 năm 2025" → "2025-05-16" (year from context if missing), or null. */
export function parseDate(text: string, context: DateContext): string | null {
  for (const result of parse(nfc(text), context)) {
    if (result.tags().has(TAG.partial) || (!result.start.isCertain('day') && invalidDayOf(result.start) === null)) continue;
    return dayOf(result.start);
  }
  return null;
}
