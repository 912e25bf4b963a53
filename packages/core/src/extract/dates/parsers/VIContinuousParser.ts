import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { SP, WORD_END, WORD_START, kindTag, parseYear, setYear, startsWord } from '../constants.js';

/**
 * Work done throughout the year. chrono.vi reads "năm 2025" anywhere as a date, so
 * "Tháng hành động vì trẻ em năm 2025" would become a timing; here the forms that are also
 * ordinary words ("thường xuyên" = regularly, "năm 2025", "trong năm") count only when they
 * stand alone as the timing of a clause ("Thời gian thực hiện: Năm 2025."). Forms with
 * "trong năm"/"cả năm" after "thường xuyên", and "cả năm", count anywhere.
 *
 * Thường xuyên trong năm · Thường xuyên · thường xuyên, liên tục · Cả năm · Năm 2025 · Trong năm 2025
 */
const ALWAYS = `thường${SP}xuyên(?:\\s*,?\\s*(?:và${SP})?liên${SP}tục)?`;
const PATTERN = new RegExp(
  `${WORD_START}(?:` +
    `(${ALWAYS})(?:${SP}(trong|cả)${SP}năm(?:${SP}(\\d{4}))?)?` +
    `|(?:(trong|cả)${SP})?năm${SP}(\\d{4})` +
    `|(cả|trong)${SP}năm` +
    `)${WORD_END}(?!${SP}(?:học|sinh|tài|nay|tới|sau|trước|qua))`,
  'iu',
);
const ALWAYS_GROUP = 1;
const ALWAYS_SCOPE_GROUP = 2;
const ALWAYS_YEAR_GROUP = 3;
const YEAR_SCOPE_GROUP = 4;
const YEAR_GROUP = 5;
const BARE_SCOPE_GROUP = 6;

// A clause's timing stands alone: at the start of its line (or dash item), or after a colon or
// a bracket, and followed by the end of the clause.
const STANDS_ALONE_BEFORE = /(?:^[ \t]*(?:[-+•*][ \t]*)?|[:;(][ \t]*)$/u;
const STANDS_ALONE_AFTER = /^[ \t]*(?:$|[\n.;,)])/u;

export default class VIContinuousParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context, index)) return null;
    const scope = (match[ALWAYS_SCOPE_GROUP] ?? match[YEAR_SCOPE_GROUP] ?? match[BARE_SCOPE_GROUP] ?? '').toLowerCase();
    const qualified = (match[ALWAYS_GROUP] !== undefined && scope !== '') || scope === 'cả';
    if (!qualified) {
      const before = context.text.slice(context.text.lastIndexOf('\n', index - 1) + 1, index);
      const after = context.text.slice(index + match[0].length, index + match[0].length + 40);
      if (!STANDS_ALONE_BEFORE.test(before) || !STANDS_ALONE_AFTER.test(after)) return null;
    }
    const yearText = match[ALWAYS_YEAR_GROUP] ?? match[YEAR_GROUP];
    const year = parseYear(yearText);
    if (yearText && year === null) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start.imply('month', 1);
    result.start.imply('day', 1);
    setYear(context, result.start, year);
    result.addTag(kindTag('continuous'));
    return result;
  }
}
