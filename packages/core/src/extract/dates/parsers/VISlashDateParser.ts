import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { SP, WORD_START, kindTag, parseYear, setDayMonthYear, startsWord } from '../constants.js';

/**
 * A day-first numeric date, optionally introduced by "ngày" / "vào ngày".
 * Replaces chrono's SlashDateFormatParser, which swaps day and month when the month is over 12,
 * takes the year closest to the reference date instead of the plan's year, and drops 31/6.
 *
 * 16/5/2025 · 05/7 · ngày 01/6/2025 · vào ngày 01/6 · 16-5-2025 · 16.5.2025
 */
const PATTERN = new RegExp(
  `${WORD_START}((?:vào${SP})?ngày${SP})?` +
    '(?<![\\d/.])(\\d{1,2})([/.-])(\\d{1,2})(?:\\3(\\d{4}))?' +
    // Not part of a document number ("56/2017/NĐ-CP", "12/5/NQ") or a longer number; a dash
    // and a digit may follow ("01/6-30/6/2025", a range).
    '(?![\\d/]|\\.[\\p{L}\\p{N}]|-\\p{L})',
  'iu',
);
const PREFIX_GROUP = 1;
const DAY_GROUP = 2;
const SEPARATOR_GROUP = 3;
const MONTH_GROUP = 4;
const YEAR_GROUP = 5;

export default class VISlashDateParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context, index, /[/.]/) || /[^\d\s]-$/u.test(context.text.slice(Math.max(0, index - 2), index))) return null;
    const hasPrefix = match[PREFIX_GROUP] !== undefined;
    const yearText = match[YEAR_GROUP];
    // "1.2" and "6-7" are section numbers and ranges of counts, not dates, unless a year follows.
    if (match[SEPARATOR_GROUP] !== '/' && !yearText) return null;
    const day = Number(match[DAY_GROUP]);
    const month = Number(match[MONTH_GROUP]);
    // "trực 24/7" is round-the-clock service, not the 24th of July.
    if (!hasPrefix && !yearText && day === 24 && month === 7) return null;
    const year = parseYear(yearText);
    if (yearText && year === null) return null;
    const result = context.createParsingResult(index, match[0]);
    if (!setDayMonthYear(context, result.start, day, month, year)) return null;
    result.addTag(kindTag('on'));
    return result;
  }
}
