import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { OPT_SP, TAG, WORD_END, WORD_START, parseYear, startsWord } from '../constants.js';

/**
 * A draft's issue date with the day (and perhaps the month) left blank, to be filled in when
 * signed. It is a partial date, not a timing: without this parser, "tháng 5 năm 2025" inside
 * it would read as "within May".
 *
 * ngày    tháng 5 năm 2025 · ngày tháng 5 năm 2025 · ngày ... tháng ... năm 2025 · ngày …/5/2025
 */
// A blank is at most 80 characters: unbounded, the lazy blank and the run of dots after it tried
// every split of a long run ("ngày" and 400 KB of dots took minutes).
const BLANK = '[\\s.…_]{0,80}?';
const DOTS = '[.…_]{1,80}';
const PATTERN = new RegExp(
  `${WORD_START}ngày${BLANK}(?:` +
    `tháng${BLANK}(?:(\\d{1,2})${BLANK})?năm${OPT_SP}(\\d{4})` +
    `|${DOTS}${OPT_SP}/${OPT_SP}(\\d{1,2})${OPT_SP}/${OPT_SP}(\\d{4})` +
    `)${WORD_END}`,
  'iu',
);
const MONTH_GROUP = 1;
const YEAR_GROUP = 2;
const SLASH_MONTH_GROUP = 3;
const SLASH_YEAR_GROUP = 4;

export default class VIBlankDayDateParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context, index)) return null;
    const year = parseYear(match[YEAR_GROUP] ?? match[SLASH_YEAR_GROUP]);
    if (year === null) return null;
    const monthText = match[MONTH_GROUP] ?? match[SLASH_MONTH_GROUP];
    const month = monthText === undefined ? null : Number(monthText);
    if (month !== null && (month < 1 || month > 12)) return null;
    const result = context.createParsingResult(index, match[0]);
    result.start.assign('year', year);
    if (month !== null) result.start.assign('month', month);
    else result.start.imply('month', 1);
    result.start.imply('day', 1);
    result.addTag(TAG.partial);
    return result;
  }
}
