import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { OPT_SP, SP, WORD_END, WORD_START, kindTag, parseYear, setYear, startsWord } from '../constants.js';

/**
 * Work done throughout the year. chrono.vi reads "năm 2025" anywhere as a date, so
 * "Tháng hành động vì trẻ em năm 2025" would become a timing; here the forms that are also
 * ordinary words ("thường xuyên" = regularly, "năm 2025", "trong năm") count only when they
 * stand alone as the timing of a clause ("Thời gian thực hiện: Năm 2025."). Forms with
 * "trong năm"/"cả năm" after "thường xuyên", and "cả năm", count anywhere.
 *
 * Thường xuyên trong năm · Thường xuyên · thường xuyên, liên tục · Cả năm · Năm 2025 · Trong năm 2025
 */
const ALWAYS = `thường${SP}xuyên(?:${OPT_SP},?${OPT_SP}(?:và${SP})?liên${SP}tục)?`;
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

const AFTER_MARK = /(?:[:;(]|^[ \t]*[-+•*])[ \t]*$/u;
const AFTER_COLON = /[:;(][ \t]*$/u;
const LOOK_BACK = 200;
const LINE_START = /^[ \t]*$/u;
const SENTENCE_END = /[.:;!?]$/u;
const CLAUSE_END_AFTER = /^[ \t]*(?:$|[\n.;,)])/u;

/**
 * Whether `[index, end)` is a clause's whole timing: after a colon, a bracket or a dash item,
 * or alone at the start of a line after the end of a sentence (a hard-wrapped line of PDF text
 * is not), and followed by the end of the clause.
 */
function standsAlone(text: string, index: number, end: number): boolean {
  if (!CLAUSE_END_AFTER.test(text.slice(end, end + 40))) return false;
  // The line before the match, looked at within LOOK_BACK characters: searching a long line back
  // to its start for every match was quadratic. A line that started farther back holds more than
  // a mark before the match, so only a colon or bracket right before it can count.
  const windowStart = Math.max(0, index - LOOK_BACK);
  const before = text.slice(windowStart, index);
  const newline = before.lastIndexOf('\n');
  const lineStartSeen = newline >= 0 || windowStart === 0;
  const inLine = before.slice(newline + 1);
  if ((lineStartSeen ? AFTER_MARK : AFTER_COLON).test(inLine)) return true;
  if (!lineStartSeen || !LINE_START.test(inLine)) return false;
  const lineStart = windowStart + newline + 1;
  const previous = text.slice(Math.max(0, lineStart - 200), lineStart).trimEnd();
  return previous === '' || SENTENCE_END.test(previous);
}

export default class VIContinuousParser implements Parser {
  pattern(): RegExp {
    return PATTERN;
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
    const index = match.index ?? 0;
    if (!startsWord(context, index)) return null;
    const scope = (match[ALWAYS_SCOPE_GROUP] ?? match[YEAR_SCOPE_GROUP] ?? match[BARE_SCOPE_GROUP] ?? '').toLowerCase();
    const qualified = (match[ALWAYS_GROUP] !== undefined && scope !== '') || scope === 'cả';
    if (!qualified && !standsAlone(context.text, index, index + match[0].length)) return null;
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
