import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { SP, WORD_END, WORD_START, kindTag, parseYear, setYear, startsWord } from '../constants.js';

/**
 * A month as a timing: "within" that month. Replaces chrono's VIMonthYearParser, whose month
 * words collide with ordinary ones ("tháng năm" is also "months and years") and whose missing
 * year comes from the reference date rather than the plan.
 * "24 tháng tuổi" and "6 tháng đầu" (ages and durations) have no month number after "tháng".
 *
 * trong tháng 5/2026 · tháng 5 năm 2026 · trong tháng 6 · tháng 12/2025
 */
const PATTERN = new RegExp(
  `${WORD_START}((?:trong${SP})?)tháng${SP}(\\d{1,2})(?:\\s*(?:/|${SP}năm${SP})\\s*(\\d{4}))?${WORD_END}(?!\\s*tuổi)`,
  'iu',
);
const MONTH_GROUP = 2;
const YEAR_GROUP = 3;

export default class VIMonthParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context, index)) return null;
    // "6 tháng 1 lần": a count of months, then a count of times.
    if (/\d\s*$/.test(context.text.slice(Math.max(0, index - 3), index))) return null;
    const month = Number(match[MONTH_GROUP]);
    if (month < 1 || month > 12) return null;
    const yearText = match[YEAR_GROUP];
    const year = parseYear(yearText);
    if (yearText && year === null) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start.assign('month', month);
    result.start.imply('day', 1);
    setYear(context, result.start, year);
    result.addTag(kindTag('within'));
    return result;
  }
}
