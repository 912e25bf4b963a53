/**
 * What the plan-date parsers share: word boundaries that know Vietnamese letters, the tags that
 * carry a finding's kind through chrono's refiners, and how a stated or implied year is set.
 */
import type { ParsingComponents, ParsingContext, ParsingOption } from 'chrono-node';
import type { TimingKind } from '../../schema.js';

/** The option object passed to `chrono.parse`: the plan's own year, used for years left out. */
export interface PlanParsingOption extends ParsingOption {
  planYear: number | null;
}

/** The plan year from the parsing option, or null when the caller did not know it. */
export function planYearOf(context: ParsingContext): number | null {
  return (context.option as Partial<PlanParsingOption>).planYear ?? null;
}

// `\b` and chrono's `\W` treat "ư", "đ", "ạ"... as non-word characters; these do not.
/** Nothing word-like before (a lookbehind). */
export const WORD_START = '(?<![\\p{L}\\p{M}\\p{N}])';
/** Nothing word-like after (a lookahead). */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}])';
/**
 * Spaces, including the line breaks of hard-wrapped PDF text. Bounded, as every quantifier of the
 * date patterns is: two space patterns in a row over one long run of spaces (`\s*(?:/|\s+năm)`)
 * backtrack quadratically, and normalized text never has more than a few spaces between words.
 */
export const SP = '\\s{1,8}';
/** Optional spaces, bounded like `SP`. */
export const OPT_SP = '\\s{0,8}';
/** "từ" / "kể từ" right before a range, to be taken into it. */
export const FROM_BEFORE = /(?<![\p{L}\p{M}\p{N}])(?:kể\s+)?từ\s*$/iu;

/** Tag prefixes; a result's kind is the tag `plan/kind/<kind>` with the highest precedence. */
export const TAG = {
  kind: 'plan/kind/',
  /** The year was neither written nor known from the plan: dates of this component are unknown. */
  yearUnknown: 'plan/year-unknown',
  /** A draft's issue date with the day (or month) left blank. */
  partial: 'plan/partial',
  /** The plan's own issue date ("Cao Bằng, ngày 16 tháng 5 năm 2025"). */
  issueDate: 'plan/issue-date',
  /** The issue date of a cited document ("Nghị định số 56/2017/NĐ-CP ngày 09/5/2017"). */
  reference: 'plan/reference-date',
  /** `plan/invalid-day/<day>`: the written day does not exist in that month. */
  invalidDay: 'plan/invalid-day/',
  /** A deadline's day inferred from a month ("trước tháng 6" → 31/5): implied, yet the deadline's date. */
  inferredDue: 'plan/inferred-due',
  /** `plan/quarter/<YYYY-Qn>`. */
  quarter: 'plan/quarter/',
  /** `plan/every/<ISO-8601 duration>`. */
  every: 'plan/every/',
} as const;

/** Most specific first: a merged range still carries its parts' `on` tags. */
export const KIND_PRECEDENCE: readonly TimingKind[] = ['range', 'by', 'quarters', 'recurring', 'continuous', 'within', 'on'];

/** The tag that marks a result as being of `kind`. */
export function kindTag(kind: TimingKind): string {
  return TAG.kind + kind;
}

/** The kind of a result or component, from its tags, or null. */
export function kindOf(tags: Set<string>): TimingKind | null {
  return KIND_PRECEDENCE.find((kind) => tags.has(kindTag(kind))) ?? null;
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A written four-digit year, or null when it is not a plausible plan year. */
export function parseYear(text: string | undefined): number | null {
  if (!text) return null;
  const year = Number(text);
  return year >= 1900 && year <= 2099 ? year : null;
}

/** Assigns the written year, or implies the plan's year, or marks the year unknown. */
export function setYear(context: ParsingContext, components: ParsingComponents, written: number | null): void {
  if (written !== null) {
    components.assign('year', written);
    return;
  }
  const planYear = planYearOf(context);
  if (planYear !== null) components.imply('year', planYear);
  else components.addTag(TAG.yearUnknown);
}

/**
 * Sets day/month/year on `components`, or returns false when this is not a date at all
 * (day 0 or > 31, month 0 or > 12). A day the month does not have (31/6, 29/2/2025) is kept
 * as a finding: chrono would drop it (UnlikelyFormatFilter) or roll it over, so the day is
 * implied as 1 to keep the components valid and the written day goes into a tag.
 */
export function setDayMonthYear(
  context: ParsingContext,
  components: ParsingComponents,
  day: number,
  month: number,
  year: number | null,
): boolean {
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  components.assign('month', month);
  setYear(context, components, year);
  const effectiveYear = components.get('year') ?? 2000;
  // Without a known year, only 29/2 is uncertain; a leap year gives it the benefit of the doubt.
  const checkYear = components.tags().has(TAG.yearUnknown) ? 2000 : effectiveYear;
  if (day > daysInMonth(checkYear, month)) {
    components.imply('day', 1);
    components.addTag(TAG.invalidDay + day);
  } else {
    components.assign('day', day);
  }
  return true;
}

/** Vietnamese number words used for periods ("sáu tháng"). */
export const NUMBER_WORDS: Record<string, number> = {
  'một': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'năm': 5, 'sáu': 6,
  'bảy': 7, 'tám': 8, 'chín': 9, 'mười': 10, 'mười hai': 12,
};
/** A count in digits or words ("06", "sáu"). */
export const NUMBER_PATTERN = '(?:\\d{1,2}|mười\\s+hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)';

/** "06" → 6, "sáu" → 6, or null. */
export function parseNumber(text: string): number | null {
  const key = text.toLowerCase().replace(/\s+/g, ' ');
  const value = NUMBER_WORDS[key] ?? (/^\d+$/.test(key) ? Number(key) : null);
  return value !== null && value > 0 ? value : null;
}

/**
 * Whether `index` in the full text starts a word. chrono re-runs a pattern on the text after a
 * declined match, where a lookbehind cannot see the character before, so parsers check here too.
 */
export function startsWord(context: ParsingContext, index: number, alsoReject: RegExp | null = null): boolean {
  const before = context.text.slice(Math.max(0, index - 1), index);
  return !/[\p{L}\p{M}\p{N}]/u.test(before) && !(alsoReject?.test(before) ?? false);
}
