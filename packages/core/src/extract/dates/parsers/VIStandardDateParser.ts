import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { SP, WORD_END, WORD_START, kindTag, parseYear, setDayMonthYear, startsWord } from '../constants.js';

/**
 * A date written out: "ngày D tháng M năm Y". Replaces chrono's VIStandardParser, which also
 * reads a bare "6 tháng 1" (as in "định kỳ 6 tháng 1 lần") as the 6th of January: here the
 * date needs "ngày" before it or a year after it.
 *
 * ngày 16 tháng 5 năm 2025 · vào ngày 5 tháng 6 · 16 tháng 5 năm 2025
 */
const PATTERN = new RegExp(
  `${WORD_START}((?:vào${SP})?ngày${SP})?(\\d{1,2})${SP}tháng${SP}(\\d{1,2})(?:${SP}năm${SP}(\\d{4}))?${WORD_END}`,
  'iu',
);
const PREFIX_GROUP = 1;
const DAY_GROUP = 2;
const MONTH_GROUP = 3;
const YEAR_GROUP = 4;

export default class VIStandardDateParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context, index)) return null;
    const yearText = match[YEAR_GROUP];
    if (match[PREFIX_GROUP] === undefined && !yearText) return null;
    const year = parseYear(yearText);
    if (yearText && year === null) return null;
    const result = context.createParsingResult(index, match[0]);
    if (!setDayMonthYear(context, result.start, Number(match[DAY_GROUP]), Number(match[MONTH_GROUP]), year)) return null;
    result.addTag(kindTag('on'));
    return result;
  }
}
