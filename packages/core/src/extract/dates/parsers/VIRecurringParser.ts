import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { NUMBER_PATTERN, OPT_SP, SP, TAG, WORD_END, WORD_START, kindTag, parseNumber, startsWord } from '../constants.js';

/**
 * A recurring period, as an ISO-8601 duration. A bare "định kỳ" ("khám sức khỏe định kỳ",
 * "báo cáo định kỳ và đột xuất") states no period and is declined.
 *
 * định kỳ 6 tháng · Định kỳ báo cáo 06 tháng · định kỳ hằng quý · hằng năm · hàng tháng ·
 * 6 tháng/lần · 06 tháng một lần
 */
const UNIT = '(ngày|tuần|tháng|quý|năm)';
const PER_TIME = `(?:${OPT_SP}/${OPT_SP}lần|${SP}(?:một|1)${SP}lần)`;
const PATTERN = new RegExp(
  `${WORD_START}(?:` +
    // định kỳ (báo cáo) 06 tháng (một lần)
    `định${SP}kỳ(?:${SP}báo${SP}cáo)?${SP}(${NUMBER_PATTERN})${SP}${UNIT}${WORD_END}${PER_TIME}?` +
    // (định kỳ) hằng quý
    `|(?:định${SP}kỳ${SP})?(?:hằng|hàng)${SP}${UNIT}` +
    // 6 tháng/lần
    `|(${NUMBER_PATTERN})${SP}${UNIT}${PER_TIME}` +
    `)${WORD_END}`,
  'iu',
);
const PERIOD_COUNT_GROUP = 1;
const PERIOD_UNIT_GROUP = 2;
const EACH_UNIT_GROUP = 3;
const PER_TIME_COUNT_GROUP = 4;
const PER_TIME_UNIT_GROUP = 5;

/** ISO-8601 duration of `count` units; a quarter is three months. */
function duration(count: number, unit: string): string | null {
  switch (unit.toLowerCase()) {
    case 'ngày': return `P${count}D`;
    case 'tuần': return `P${count}W`;
    case 'tháng': return `P${count}M`;
    case 'quý': return `P${count * 3}M`;
    case 'năm': return `P${count}Y`;
    default: return null;
  }
}

export default class VIRecurringParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context, index)) return null;
    const countText = match[PERIOD_COUNT_GROUP] ?? match[PER_TIME_COUNT_GROUP];
    const unit = match[PERIOD_UNIT_GROUP] ?? match[EACH_UNIT_GROUP] ?? match[PER_TIME_UNIT_GROUP];
    const count = countText === undefined ? 1 : parseNumber(countText);
    if (count === null || unit === undefined) return null;
    const every = duration(count, unit);
    if (every === null) return null;
    const result = context.createParsingResult(index, match[0]);
    result.addTag(kindTag('recurring'));
    result.addTag(TAG.every + every);
    return result;
  }
}
