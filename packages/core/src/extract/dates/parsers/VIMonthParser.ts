import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { FROM_BEFORE, OPT_SP, SP, WORD_END, WORD_START, kindTag, parseYear, setYear, startsWord } from '../constants.js';

/**
 * A month as a timing: "within" that month. Replaces chrono's VIMonthYearParser, whose month
 * words collide with ordinary ones ("tháng năm" is also "months and years") and whose missing
 * year comes from the reference date rather than the plan.
 * "24 tháng tuổi" and "6 tháng đầu" (ages and durations) have no month number after "tháng".
 * A list of months shares the year written after it and covers the first to the last month;
 * joined by a dash or "đến" it is a range ("từ tháng 9 - 12/2025").
 *
 * trong tháng 5/2026 · tháng 5 năm 2026 · trong tháng 6 · tháng 12/2025 · tháng 5, 6/2025 ·
 * tháng 5 và tháng 6 năm 2025 · tháng 9 - 12/2025
 */
const PATTERN = new RegExp(
  `${WORD_START}(?:trong${SP})?tháng${SP}` +
    `(\\d{1,2}(?:${OPT_SP}(?:,|và|-|–|đến)${OPT_SP}(?:tháng${SP})?\\d{1,2}${WORD_END})*)` +
    `(?:${OPT_SP}(?:/|${SP}năm${SP})${OPT_SP}(\\d{4}))?${WORD_END}(?!${OPT_SP}tuổi)`,
  'iu',
);
const LIST_GROUP = 1;
const YEAR_GROUP = 2;

export default class VIMonthParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context, index)) return null;
    // "6 tháng 1 lần": a count of months, then a count of times ("năm 2026 trong tháng 5" is not).
    if (/^tháng/iu.test(match[0]) && /\d\s*$/.test(context.text.slice(Math.max(0, index - 3), index))) return null;
    const list = match[LIST_GROUP] ?? '';
    let text = match[0];
    let months = [...list.matchAll(/\d{1,2}/g)].map((item) => Number(item[0]));
    let yearText = match[YEAR_GROUP];
    const first = months[0];
    if (first === undefined || first < 1 || first > 12) return null;
    // "trong tháng 6, 01 buổi": not a list of months; keep the first month alone.
    if (months.some((month, i) => month > 12 || (i > 0 && month <= (months[i - 1] ?? 0)))) {
      text = text.slice(0, text.search(/\d/) + String(list.match(/^\d{1,2}/)?.[0]).length);
      months = [first];
      yearText = undefined;
    }
    const year = parseYear(yearText);
    if (yearText && year === null) return null;
    let start = index;
    const isSpan = months.length > 1 && /-|–|đến/iu.test(list);
    if (isSpan) {
      const from = FROM_BEFORE.exec(context.text.slice(Math.max(0, index - 10), index));
      if (from) {
        start -= from[0].length;
        text = from[0] + text;
      }
    }
    const result = context.createParsingResult(start, text);
    const end = result.start.clone();
    result.start.assign('month', first);
    result.start.imply('day', 1);
    setYear(context, result.start, year);
    const last = months[months.length - 1] ?? first;
    if (last !== first) {
      end.assign('month', last);
      end.imply('day', 1);
      setYear(context, end, year);
      result.end = end;
    }
    result.addTag(kindTag(isSpan ? 'range' : 'within'));
    return result;
  }
}
