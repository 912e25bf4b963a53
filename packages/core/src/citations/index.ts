/**
 * The grammar of Vietnamese document citations, one module for every reader of citations (the
 * opening's `implements`, `references`, the plan's own number, the diff):
 *
 *   TYPE [qualifier] [số] NUMBER [, ngày DATE] [của ISSUER]
 *   Luật NAME [số NUMBER] [năm YEAR | ngày DATE | được Quốc hội thông qua ngày DATE]
 *   số NUMBER (after "các Quyết định của Thủ tướng Chính phủ:"; the type comes from the symbol)
 *
 *   Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng
 *   Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư · Quyết định 406/QĐ-LĐTBXH ngày 10/4/2020
 *   Thông tư số 32/2020/TT-BGDĐT , ngày 15/9/2020 · Nghị quyết số 20-NQ/TW ngày\n25/10/2017
 *   Nghị định số 145/2013/NĐ-CP ngày 29 tháng 10 năm 2013 · Luật Trẻ em năm 2016
 *
 * Not citations: "xây dựng kế hoạch phòng, chống..." (a type word with no number), "số 15 trẻ em"
 * (no symbol), "16/5/2025" (a date), a date after a full stop ("... 12/KH-UBND. Ngày 16/5/2025,
 * UBND ...": the date belongs to the next sentence).
 */
import { compareKey } from '../normalize/index.js';
import { daysInMonth } from '../extract/dates/constants.js';
import { DOCUMENT_TYPES, TYPE_WORD, documentType, type DocumentType } from './types.js';
import { issuerAt, type IssuerMatch } from './issuers.js';
import { lawNameAt, plainNameEnd } from './laws.js';
import { numberAt, numberKey, numbersIn, type NumberMatch } from './numbers.js';

export { numberAt, numbersIn, numberKey, printedNumber, type NumberMatch } from './numbers.js';
export { issuerAt, levelOf, localityName, titleCase, COMMITTEE, NAME, UNIT, type IssuerMatch } from './issuers.js';
export { DOCUMENT_TYPES, documentType, type DocumentType } from './types.js';

/** A document cited in the text. Offsets index the searched text. */
export interface Citation {
  type: DocumentType;
  /** "1420/KH-UBND" without stray spaces; null for a law cited by name only. */
  number: string | null;
  /** A law's name ("Luật Trẻ em"); null for documents cited by number. */
  name: string | null;
  /** "YYYY-MM-DD", or "YYYY" for a law cited with its year only; null when not stated or not a calendar date. */
  issuedOn: string | null;
  issuer: IssuerMatch | null;
  index: number;
  /** End of the number, or of a name cited without one. */
  numberEnd: number;
  /** End of the number (or name) and its date: what the references list prints. */
  headEnd: number;
  /** End of the whole citation, issuer included. */
  end: number;
}

/** "16", "5", "2025" → "2025-05-16", or null when the numbers are not a calendar date. */
export function calendarDate(day: string | number, month: string | number, year: string | number): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y)) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const NGAY = '(?:[Nn]gày|NGÀY)';
const THANG = '(?:[Tt]háng|THÁNG)';
const NAM = '(?:[Nn]ăm|NĂM)';
// The date of the cited document, right after its number: ", ngày 16/5/2025", " ngày 16-5-2025",
// " ngày 16 tháng 5 năm 2025", " ngày\n25/10/2017", "ngày 24 tháng\n02 năm 2009".
const DATE_AFTER = new RegExp(
  `[ \\t]*,?\\s*(?:(?:được|do)\\s+(?:Quốc hội|QH)(?:\\s+khóa\\s+[IVXLC]+)?\\s+thông\\s+qua\\s+)?${NGAY}\\s*:?\\s*` +
    `(?:(\\d{1,2})\\s*([/.-])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})|(\\d{1,2})\\s+${THANG}\\s+(\\d{1,2})\\s*,?\\s+${NAM}\\s+(\\d{4}))(?!\\d)`,
  'uy',
);
// A law's year: "Luật Trẻ em năm 2016", "Luật Trẻ em 2016".
const YEAR_AFTER = new RegExp(`[ \\t]+(?:${NAM}[ \\t]+)?((?:19|20)\\d{2})(?![\\d/])`, 'uy');
// "của" (and the typo "cảu") before the issuer.
const OF = /\s*,?\s*(?:của|cảu)\s+/uy;
const LAW_NUMBER = /\s+(?:số|SỐ)[ \t]*:?[ \t]*/uy;

// What stands before a number to make it a citation: its type word (and qualifier), "số", a colon.
const TYPE_BEFORE = new RegExp(`${TYPE_WORD}(?:\\s+(?:số|SỐ))?[ \\t]*:?\\s*$`, 'u');
// How far back a type word may start before its number ("Chương trình hành động số ").
const TYPE_REACH = 60;
const LAW_HEAD = /(?<![\p{L}\p{M}])(?:Bộ luật|Luật)[ \t]+/gu;
// "các Quyết định của Thủ tướng Chính phủ: số 1400/QĐ-TTg ...; Quyết định số 2080/QĐ-TTg".
const BARE_BEFORE = /(?<![\p{L}\p{M}])số[ \t]*:?[ \t]*$/u;

// The type code of a symbol names the type: 1400/QĐ-TTg is a decision, 28-CT/TW a directive.
const TYPE_CODES: Record<string, string> = {
  KH: 'Kế hoạch', QĐ: 'Quyết định', NQ: 'Nghị quyết', NĐ: 'Nghị định', CT: 'Chỉ thị', TT: 'Thông tư', TTLT: 'Thông tư liên tịch',
  TB: 'Thông báo', HD: 'Hướng dẫn', CTR: 'Chương trình', KL: 'Kết luận', ĐA: 'Đề án', TTR: 'Tờ trình', BC: 'Báo cáo', CĐ: 'Công điện', QH: 'Luật',
};

/** The document type a number's symbol names ("QĐ-TTg" → Quyết định); an official letter has no type code. */
export function typeOfNumber(number: string): DocumentType | null {
  const m = /^\d+(?:\/\d{4})?[/-]([^/-]+)/u.exec(number);
  const code = m?.[1]?.toUpperCase();
  const name = code ? TYPE_CODES[code] ?? (/^QH\d+$/u.test(code) ? 'Luật' : undefined) : undefined;
  return DOCUMENT_TYPES.find((t) => t.name === (name ?? 'Công văn')) ?? null;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Date, then issuer, after a citation's number or name ending at `at`. */
function tail(text: string, at: number, lawYear: boolean): { issuedOn: string | null; headEnd: number; issuer: IssuerMatch | null; end: number } {
  let issuedOn: string | null = null;
  let headEnd = at;
  const date = sticky(DATE_AFTER, text, at);
  if (date) {
    issuedOn = date[1] ? calendarDate(date[1], date[3] ?? '', date[4] ?? '') : calendarDate(date[5] ?? '', date[6] ?? '', date[7] ?? '');
    headEnd = at + date[0].length;
  } else if (lawYear) {
    const year = sticky(YEAR_AFTER, text, at);
    if (year) {
      issuedOn = year[1] ?? null;
      headEnd = at + year[0].length;
    }
  }
  let issuer: IssuerMatch | null = null;
  let end = headEnd;
  const of = sticky(OF, text, headEnd);
  if (of) {
    issuer = issuerAt(text, headEnd + of[0].length);
    if (issuer) end = issuer.end;
  }
  return { issuedOn, headEnd, issuer, end };
}

function numbered(text: string, type: DocumentType, index: number, number: NumberMatch): Citation {
  const t = tail(text, number.end, false);
  return { type, number: number.number, name: null, issuedOn: t.issuedOn, issuer: t.issuer, index, numberEnd: number.end, headEnd: t.headEnd, end: t.end };
}

/**
 * Every document cited in `text`, in order and without overlaps: typed numbers, laws by name, and
 * bare "số ..." numbers whose symbol names their type. Linear in the text.
 */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  // From each number back to its type word: numbers are few, type words ("kế hoạch", "hướng dẫn") many.
  for (const number of numbersIn(text)) {
    const from = Math.max(0, number.index - TYPE_REACH);
    const before = text.slice(from, number.index);
    const typed = TYPE_BEFORE.exec(before);
    const type = typed ? documentType(typed[1] ?? '') : null;
    if (typed && type && type.kind !== 'law') {
      found.push(numbered(text, type, from + typed.index, number));
      continue;
    }
    const bare = BARE_BEFORE.exec(before);
    const symbolType = bare && number.number ? typeOfNumber(number.number) : null;
    if (bare && symbolType) found.push(numbered(text, symbolType, from + bare.index, number));
  }
  for (const m of text.matchAll(LAW_HEAD)) {
    const index = m.index ?? 0;
    const law = lawNameAt(text, index, index + m[0].length);
    if (!law) continue;
    const type = DOCUMENT_TYPES.find((t) => t.name === (m[0].startsWith('Bộ') ? 'Bộ luật' : 'Luật')) as DocumentType;
    let end = law.end;
    let number: string | null = null;
    const word = sticky(LAW_NUMBER, text, end);
    const n = word ? numberAt(text, end + word[0].length) : null;
    if (n) {
      number = n.number;
      end = n.end;
    }
    const t = tail(text, end, number === null);
    // A law cited with its number is cited by number ("Luật Dược số 105/2016/QH13"); the year inside the number is not its date.
    found.push({ type, number, name: number ? null : law.name, issuedOn: t.issuedOn, issuer: t.issuer, index, numberEnd: end, headEnd: t.headEnd, end: t.end });
  }
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: Citation[] = [];
  for (const c of found) {
    const last = out[out.length - 1];
    if (last && c.index < last.headEnd) continue;
    out.push(c);
  }
  joinSplitSymbols(text, out);
  shareDates(text, out);
  return out;
}

// A few capitals right after a number, across a stray space: "01/2016/TT-BGD ĐT".
const SYMBOL_TAIL = /[ \t]+(\p{Lu}{1,4})(?![\p{L}\p{M}\d])/uy;

/**
 * A symbol a copy split with a space ("Thông tư 01/2016/TT-BGD ĐT" for 01/2016/TT-BGDĐT) is read whole
 * when the whole number is cited elsewhere in the text: the evidence that the capitals after the space
 * belong to it ("64/QĐ-BGTVT NGÀY" stays as it is, no "64/QĐ-BGTVTNGÀY" is cited).
 */
function joinSplitSymbols(text: string, citations: Citation[]): void {
  const known = new Set(citations.filter((c) => c.number).map((c) => numberKey(c.number as string)));
  for (const c of citations) {
    if (!c.number || c.issuedOn !== null) continue;
    const rest = sticky(SYMBOL_TAIL, text, c.numberEnd);
    const joined = rest ? `${c.number}${rest[1] ?? ''}` : null;
    if (!rest || !joined || !known.has(numberKey(joined))) continue;
    const numberEnd = c.numberEnd + rest[0].length;
    const t = tail(text, numberEnd, false);
    Object.assign(c, { number: joined, numberEnd, issuedOn: t.issuedOn, issuer: t.issuer, headEnd: t.headEnd, end: t.end });
  }
}

// Two numbers written before one date: "Nghị quyết số 19-NQ/TW, Nghị quyết số 20-NQ/TW ngày 25/10/2017".
const SHARED = /^\s*(?:,|và)\s*$/u;

/** A citation with no date and no issuer, followed at once by one that has them, shares them (right to left). */
function shareDates(text: string, citations: Citation[]): void {
  for (let i = citations.length - 2; i >= 0; i--) {
    const c = citations[i] as Citation;
    const next = citations[i + 1] as Citation;
    if (c.issuedOn !== null || c.issuer !== null || c.number === null || next.issuedOn === null) continue;
    if (SHARED.test(text.slice(c.end, next.index))) {
      c.issuedOn = next.issuedOn;
      c.issuer = next.issuer;
    }
  }
}

// Documents that have names: "Kế hoạch Phòng, chống thiên tai tỉnh Hải Dương đến năm 2025", "Chương trình Sức khỏe học đường".
const NAMED_TYPE = /(Kế hoạch|Chương trình|Đề án|Chiến lược|Quy hoạch)[ \t]+(?=\p{Lu})/uy;

/**
 * A document cited by its name, with no number, starting exactly at `at`. Only where a citation is
 * expected (an item of a citing list): elsewhere "Kế hoạch Tháng hành động ..." may be any plan. The
 * type word is capitalised and so is the name's first word; "kế hoạch phòng, chống ..." and
 * "Chương trình “...”" (a programme named in quotes) are not citations.
 */
export function namedCitationAt(text: string, at: number): Citation | null {
  const m = sticky(NAMED_TYPE, text, at);
  if (!m) return null;
  if (numberAt(text, at + m[0].length) || /^\s*số/u.test(text.slice(at + m[0].length, at + m[0].length + 6))) return null;
  const end = plainNameEnd(text, at + m[0].length);
  if (end === at + m[0].length) return null;
  const type = documentType(m[1] ?? '') as DocumentType;
  const t = tail(text, end, false);
  return { type, number: null, name: text.slice(at, end).replace(/\s*\n\s*/g, ' '), issuedOn: t.issuedOn, issuer: t.issuer, index: at, numberEnd: end, headEnd: t.headEnd, end: t.end };
}

/** The key a citation is listed once by: its number, or a law's name. */
export function citationKey(c: Pick<Citation, 'number' | 'name'>): string {
  if (c.number) return `n:${numberKey(c.number)}`;
  return `l:${compareKey((c.name ?? '').replace(/^(?:Bộ\s+)?[Ll]uật\s+/u, ''))}`;
}
