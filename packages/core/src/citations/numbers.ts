/**
 * Number and symbol of a Vietnamese document (Nghị định 30/2020, Appendix I): the number, "/",
 * the type code, "-", the issuer code. Laws, decrees and circulars put the year after the number;
 * Party and Youth Union documents join the number to the type code with a dash.
 *
 *   1420/KH-UBND · 56/2017/NĐ-CP · 1024/LĐTBXH-TE · 28-CT/TW · 225-KH/TWĐTN-CTTN · 105/2016/QH13
 *   36 /KH - UBND (stray spaces) · /KH-UBND (a draft's blank number) · 31/CT-TTG (a title in capitals)
 *
 * Not a number: a date (16/5/2025), a range (2021-2025), "HIV/AIDS": a symbol begins with a capital.
 */

// A symbol segment: a capital, then capitals, digits or "&", with at most one small letter ("TTg", "CTr").
const SEGMENT = '\\p{Lu}[\\p{Lu}\\d&]{0,15}(?:\\p{Ll}[\\p{Lu}\\d&]{0,15})?';
// After a separator written with spaces ("KH - UBND") only capitals follow: "- Về việc" is not a segment.
const SPACED_SEGMENT = '[\\p{Lu}\\d&]{2,16}(?![\\p{Ll}])';
/** The symbol: "KH-UBND", "NĐ-CP", "CT/TW", "KH/TWĐTN-CTTN", "KH - UBND". */
export const SYMBOL = `${SEGMENT}(?:[-/]${SEGMENT}|[ \\t]+[-/][ \\t]*${SPACED_SEGMENT}|[-/][ \\t]+${SPACED_SEGMENT})*`;

/**
 * Number, optional year, separator, symbol. Groups: number (may be absent in a draft), year, symbol.
 * Spaces only within one line: a number is never broken over lines.
 */
const NUMBER_SOURCE = `(?<![\\p{L}\\p{N}/.\\-])(\\d{1,6})?(?:[ \\t]*\\/[ \\t]*((?:19|20)\\d{2}))?[ \\t]*[/-][ \\t]*(${SYMBOL})(?![\\p{L}\\p{N}&])`;
const GROUP_DIGITS = 1;
const GROUP_YEAR = 2;
const GROUP_SYMBOL = 3;

/** A number and symbol as found: offsets index the searched text. */
export interface NumberMatch {
  /** The whole number and symbol without stray spaces ("36/KH-UBND"), or null when the number is blank. */
  number: string | null;
  /** The symbol without spaces ("KH-UBND"). */
  symbol: string;
  /** The year written inside the number ("56/2017/NĐ-CP" → 2017), or null. */
  year: number | null;
  index: number;
  end: number;
}

const STICKY = new RegExp(NUMBER_SOURCE, 'uy');
const GLOBAL = new RegExp(NUMBER_SOURCE, 'gu');

function toMatch(m: RegExpExecArray, blankAllowed: boolean): NumberMatch | null {
  const digits = m[GROUP_DIGITS];
  if (!digits && !blankAllowed) return null;
  const symbol = (m[GROUP_SYMBOL] ?? '').replace(/\s+/g, '');
  const year = m[GROUP_YEAR] ? Number(m[GROUP_YEAR]) : null;
  const number = digits ? printedNumber(m[0]) : null;
  return { number, symbol, year, index: m.index, end: m.index + m[0].length };
}

/**
 * The number and symbol starting exactly at `at`, or null. A blank number (`/KH-UBND`) only when
 * `blankAllowed` (a header's `Số:` line; a citation always has its number).
 */
export function numberAt(text: string, at: number, blankAllowed = false): NumberMatch | null {
  STICKY.lastIndex = at;
  const m = STICKY.exec(text);
  if (!m) return null;
  const found = toMatch(m, blankAllowed);
  // A blank number still needs its slash: "- UBND" alone is not a symbol.
  if (found && found.number === null && !/^[ \t]*\//u.test(m[0])) return null;
  return found;
}

/** Every complete number and symbol in `text`, in order. */
export function* numbersIn(text: string): Generator<NumberMatch> {
  for (const m of text.matchAll(GLOBAL)) {
    const found = toMatch(m as RegExpExecArray, false);
    if (found) yield found;
  }
}

/** A number as printed, without the spaces web copies put in it: "36 /KH - UBND" → "36/KH-UBND". */
export function printedNumber(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The key two numbers are compared on: no spaces, one kind of dash, capitals ("QĐ-TTG" = "QĐ-TTg"). */
export function numberKey(documentNumber: string): string {
  return documentNumber.normalize('NFC').toUpperCase().replace(/\s+/g, '').replace(/[–—]/g, '-');
}
