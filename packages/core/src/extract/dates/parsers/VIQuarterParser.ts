import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { OPT_SP, SP, TAG, WORD_END, WORD_START, kindTag, parseYear, setYear, startsWord } from '../constants.js';

/**
 * One or more quarters of a year, which chrono.vi does not read at all. A dash or "đến"
 * between two quarters covers the ones in between ("Quý II - IV" = II, III, IV).
 *
 * Quý II, IV năm 2025 · quý III/2025 · Quý I và Quý III năm 2025 · trong quý 2 · Quý II - IV
 */
const QUARTER = '(?:IV|III|II|I|[1-4])';
const JOIN = `${OPT_SP}(?:,|và|-|–|đến)${OPT_SP}`;
const PATTERN = new RegExp(
  `${WORD_START}(?:trong${SP})?quý${SP}(${QUARTER}(?:${JOIN}(?:quý${SP})?${QUARTER}${WORD_END})*)${WORD_END}` +
    `(?:${OPT_SP}(?:/|${SP}năm${SP})${OPT_SP}(\\d{4})${WORD_END})?`,
  'iu',
);
const LIST_GROUP = 1;
const YEAR_GROUP = 2;

const QUARTER_VALUE: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const ITEM = new RegExp(`(${JOIN})?(?:quý${SP})?(${QUARTER})`, 'giu');
const ITEM_JOIN_GROUP = 1;
const ITEM_QUARTER_GROUP = 2;

/** "II, IV" → [2, 4]; "II - IV" → [2, 3, 4]; sorted, without repeats. */
function readQuarters(list: string): number[] {
  const quarters = new Set<number>();
  let previous: number | null = null;
  for (const item of list.matchAll(ITEM)) {
    const quarter = QUARTER_VALUE[(item[ITEM_QUARTER_GROUP] ?? '').toLowerCase()];
    if (quarter === undefined) continue;
    const isSpan = /-|–|đến/iu.test(item[ITEM_JOIN_GROUP] ?? '');
    if (isSpan && previous !== null) for (let q = previous; q <= quarter; q++) quarters.add(q);
    quarters.add(quarter);
    previous = quarter;
  }
  return [...quarters].sort((a, b) => a - b);
}

export default class VIQuarterParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context, index)) return null;
    const quarters = readQuarters(match[LIST_GROUP] ?? '');
    const first = quarters[0];
    const last = quarters[quarters.length - 1];
    if (first === undefined || last === undefined) return null;
    const yearText = match[YEAR_GROUP];
    const year = parseYear(yearText);
    if (yearText && year === null) return null;
    const result = context.createParsingResult(index, match[0]);
    const end = result.start.clone();
    result.start.assign('month', first * 3 - 2);
    result.start.imply('day', 1);
    setYear(context, result.start, year);
    end.assign('month', last * 3);
    end.imply('day', 1);
    setYear(context, end, year);
    result.end = end;
    result.addTag(kindTag('quarters'));
    const effectiveYear = result.start.tags().has(TAG.yearUnknown) ? null : result.start.get('year');
    if (effectiveYear !== null) for (const q of quarters) result.addTag(`${TAG.quarter}${effectiveYear}-Q${q}`);
    return result;
  }
}
