/**
 * Legacy 8-bit Vietnamese encodings: TCVN3 (ABC fonts, .VnTime) and VNI (VNI-Times).
 *
 * Both reach us two ways: as raw bytes in a text file (invalid UTF-8), and as
 * "mojibake" — the bytes already decoded as Windows-1252/Latin-1 by a PDF or DOCX
 * tool (`KÕ ho¹ch th¸ng hµnh ®éng`, `Keá hoaïch thöïc hieän`). Everything here
 * works on such a string of byte-valued characters; raw bytes are first read as
 * Latin-1 (one character per byte), which loses nothing.
 *
 * Trap: TCVN3's "ư" is byte 0xAD, the soft hyphen in Latin-1. Nothing here strips
 * soft hyphens, and callers must not strip them before `fixMojibake`, or "người"
 * turns into "ngời".
 */

import { nfc } from './index.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

// ---------------------------------------------------------------------------
// TCVN3
//
// TCVN 5712:1993 defines VN1 (full: capitals with tone marks in C0/C1 and A0–FF),
// VN2 and VN3 (= "TCVN3", the ABC/.VnTime font encoding: 67 lower-case letters,
// 7 capitals Ă Â Ê Ô Ơ Ư Đ and NBSP in A0–FF; capitals with tones came from the
// all-caps .VnTimeH font). Sources: the VSCII article (en.wikipedia.org/wiki/VSCII),
// X11 `lcUniConv/tcvn.h`, and iconv-lite's `tcvn` table, which is VN1 — this table
// was checked byte by byte against it. We decode A0–FF as VN1 (a superset of VN3),
// and C0 capitals as VN1 too: plain text never holds those control codes.
// C1 (80–9F) is the catch: .VnTime fonts are Windows fonts, so files typed in them
// carry Windows-1252 punctuation there (“ ” – …), while VN1 puts capitals there.
// Bytes that are punctuation in Windows-1252 are decided by context below.
// ---------------------------------------------------------------------------

/** Bytes A0–FF in TCVN 5712 VN1 (VN3's letters sit at the same places). */
const TCVN_HIGH =
  '\u00a0ĂÂÊÔƠƯĐăâêôơưđẰ\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴẮẦẨẪẤỀặầẩẫấậèỂẻẽéẹềểễếệìỉỄẾỒĩíịòỔỏõóọồổỗốộờởỡớợùỖủũúụừửữứựỳỷỹýỵỐ';
/** Capitals VN1 places in C0 (other C0 bytes stay controls). */
const TCVN_C0: Record<number, string> = {
  0x01: 'Ú', 0x02: 'Ụ', 0x04: 'Ừ', 0x05: 'Ử', 0x06: 'Ữ', 0x11: 'Ứ', 0x12: 'Ự',
  0x13: 'Ỳ', 0x14: 'Ỷ', 0x15: 'Ỹ', 0x16: 'Ý', 0x17: 'Ỵ',
};
/** Capitals VN1 places in C1, bytes 80–9F. */
const TCVN_C1 = 'ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ';

/** Windows-1252 for bytes 80–9F ('' where undefined). */
const CP1252_C1 = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';
const CP1252_BYTE = new Map<string, number>();
for (let i = 0; i < 32; i++) {
  const ch = CP1252_C1[i] as string;
  if (ch !== '\u0000') CP1252_BYTE.set(ch, 0x80 + i);
}

// C1 bytes that are punctuation in Windows-1252, which TCVN3 text really uses.
const OPENING = new Set([0x82, 0x84, 0x8b, 0x91, 0x93]); // ‚ „ ‹ ‘ “
const CLOSING = new Set([0x85, 0x92, 0x94, 0x9b]); // … ’ ” ›
const NEUTRAL = new Set([0x95, 0x96, 0x97]); // • – —

/** The byte a character stands for when bytes were decoded as Latin-1 or Windows-1252, or -1. */
function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code < 0x100) return code;
  return CP1252_BYTE.get(ch) ?? -1;
}

const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string | undefined) => ch !== undefined && /\p{Lu}/u.test(ch);
const isLower = (ch: string | undefined) => ch !== undefined && /\p{Ll}/u.test(ch);

/** One TCVN3 byte without context (C1 punctuation bytes read as punctuation). */
function tcvnPlain(byte: number, original: string): string {
  if (byte < 0) return original;
  if (byte >= 0xa0) return TCVN_HIGH[byte - 0xa0] as string;
  if (byte >= 0x80) {
    if (OPENING.has(byte) || CLOSING.has(byte) || NEUTRAL.has(byte)) return CP1252_C1[byte - 0x80] as string;
    return TCVN_C1[byte - 0x80] as string;
  }
  return TCVN_C0[byte] ?? original;
}

/** `tcvnPlain` by UTF-16 code unit: every table entry is one BMP code unit, and anything else passes through. */
function tcvnPlainUnit(byte: number, unit: number): number {
  if (byte < 0) return unit;
  const mapped = tcvnPlain(byte, '');
  return mapped === '' ? unit : mapped.charCodeAt(0);
}

/** The byte a UTF-16 code unit stands for (Latin-1 or Windows-1252), or -1; see `byteOf`. */
function byteOfUnit(unit: number): number {
  return unit < 0x100 ? unit : (CP1252_BYTE.get(String.fromCharCode(unit)) ?? -1);
}

/** The code point ending at `end` (exclusive) in `units`, as a string. */
function charBefore(units: Uint16Array, end: number): string | undefined {
  if (end === 0) return undefined;
  const last = units[end - 1] as number;
  const high = end > 1 ? (units[end - 2] as number) : 0;
  return last >= 0xdc00 && last <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? String.fromCharCode(high, last) : String.fromCharCode(last);
}

/** A string from UTF-16 code units, in chunks (an argument list has a length limit). */
export function fromUnits(units: Uint16Array): string {
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += 8192) parts.push(String.fromCharCode(...units.subarray(at, at + 8192)));
  return parts.join('');
}

/**
 * Convert TCVN3 to Unicode. `text` holds one character per byte (Latin-1 or
 * Windows-1252 decoding); characters outside that range pass through.
 * A C1 byte that is Windows-1252 punctuation becomes the VN1 capital only inside
 * a word ("HOẠCH", "PHÓ", "Ở"...), judged from its neighbours.
 * One code unit in, one out, into a typed array: a string or an array per character made the
 * garbage collector's work grow faster than the text.
 */
export function tcvn3ToUnicode(text: string): string {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const byte = byteOfUnit(unit);
    if (byte >= 0x80 && byte < 0xa0 && (OPENING.has(byte) || CLOSING.has(byte) || NEUTRAL.has(byte))) {
      const prev = charBefore(out, i);
      const nextPoint = text.codePointAt(i + 1);
      const nextChar = nextPoint === undefined ? undefined : String.fromCodePoint(nextPoint);
      const next = nextChar === undefined ? undefined : tcvnPlain(byteOf(nextChar), nextChar);
      const capital =
        (isLetter(prev) && isLetter(next)) ||
        (isUpper(prev) && !CLOSING.has(byte)) ||
        (!isLetter(prev) && isLower(next) && !OPENING.has(byte));
      out[i] = (capital ? TCVN_C1 : CP1252_C1).charCodeAt(byte - 0x80);
      continue;
    }
    out[i] = tcvnPlainUnit(byte, unit);
  }
  return nfc(fromUnits(out));
}

// ---------------------------------------------------------------------------
// VNI (VNI-Windows, the VNI-Times fonts)
//
// A vowel is written as its base letter followed by one byte for the shape
// and/or tone mark; a few letters are single bytes. Mark bytes have an upper-case
// twin used after capitals. Table checked against duydev/vietnamese-conversion
// (src/charsets.ts, VNI column) and the VNI-Windows chart in Unikey's documentation:
//   tones      ù acute, ø grave, û hook, õ tilde, ï dot below
//   â-series   â (circumflex), á ầ-style: á acute, à grave, å hook, ã tilde, ä dot — after a, e, o
//   ă-series   ê (breve), é acute, è grave, ú hook, ü tilde, ë dot — after a only
//   singles    ì ì, í í, æ ỉ, ó ĩ, ò ị, î ỵ, ñ đ, ô ơ, ö ư (and their capitals)
// ---------------------------------------------------------------------------

const COMBINING = { acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323', circumflex: '\u0302', breve: '\u0306' } as const;

const VNI_TONE: Record<string, string> = { ù: COMBINING.acute, ø: COMBINING.grave, û: COMBINING.hook, õ: COMBINING.tilde, ï: COMBINING.dot };
const VNI_CIRCUMFLEX: Record<string, string> = {
  â: COMBINING.circumflex,
  á: COMBINING.circumflex + COMBINING.acute,
  à: COMBINING.circumflex + COMBINING.grave,
  å: COMBINING.circumflex + COMBINING.hook,
  ã: COMBINING.circumflex + COMBINING.tilde,
  ä: COMBINING.circumflex + COMBINING.dot,
};
const VNI_BREVE: Record<string, string> = {
  ê: COMBINING.breve,
  é: COMBINING.breve + COMBINING.acute,
  è: COMBINING.breve + COMBINING.grave,
  ú: COMBINING.breve + COMBINING.hook,
  ü: COMBINING.breve + COMBINING.tilde,
  ë: COMBINING.breve + COMBINING.dot,
};
const VNI_SINGLE: Record<string, string> = { æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ', ñ: 'đ', ô: 'ơ', ö: 'ư' };

// Bases that take marks: plain vowels, and ơ/ư written as single bytes ô/ö.
const VNI_BASE: Record<string, string> = { a: 'a', e: 'e', i: 'i', o: 'o', u: 'u', y: 'y', ô: 'ơ', ö: 'ư' };

function vniMarks(base: string, mark: string): string | null {
  const lower = mark.toLowerCase();
  if (base === 'a' && lower in VNI_BREVE) return VNI_BREVE[lower] ?? null;
  if ((base === 'a' || base === 'e' || base === 'o') && lower in VNI_CIRCUMFLEX) return VNI_CIRCUMFLEX[lower] ?? null;
  if (base !== 'i' && lower in VNI_TONE) return VNI_TONE[lower] ?? null;
  return null;
}

/** Convert VNI text (one character per byte, Latin-1/Windows-1252) to Unicode NFC. */
export function vniToUnicode(text: string): string {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    const lower = ch.toLowerCase();
    const upper = ch !== lower;
    const base = VNI_BASE[lower];
    if (base !== undefined) {
      const next = chars[i + 1];
      const marks = next === undefined ? null : vniMarks(base, next);
      const letter = upper ? base.toUpperCase() : base;
      if (marks !== null) {
        out.push(letter + marks);
        i++;
        continue;
      }
      out.push(letter);
      continue;
    }
    const single = VNI_SINGLE[lower];
    out.push(single === undefined ? ch : upper ? single.toUpperCase() : single);
  }
  return nfc(out.join(''));
}

// ---------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------

// Latin-1 symbols that TCVN3 uses for common letters (µ ¸ ¹ à-tones, ¨ ă, © â, ª ê,
// « ô, ¬ ơ, ­ ư, ® đ, » ¼ ½ ¾ ằ-tones, × ì, ÷ ữ, ¡–§ capitals). Real text has them
// rarely, and never between two letters.
const TCVN_SIGN = /[\u00a1-\u00ae\u00b5-\u00b9\u00bb-\u00be\u00d7\u00f7]/;
// Guillemets count only between letters: «Toàn dân» is real text.
const TCVN_SIGN_NEEDS_BOTH = /[\u00ab\u00bb]/;
// "à" after a lower-case letter (và, là, ngày, hoàn) is in almost every Vietnamese
// sentence; in TCVN3 mojibake "à" is byte 0xE0, the capital Ổ, so it follows capitals.
const VETO = '\u00e0';
// VNI evidence, none of which Vietnamese or European text shows: a mark byte that
// is no Vietnamese letter right after a vowel ("aø", "eä", "oï"), "ñ" (đ) opening a
// word ("ñoäng"), and "ö" (ư) carrying a mark or "ô" (ơ) ("thöïc", "ngöôøi"). Bjørn,
// Müller, España and Ångström do not match.
const VNI_MARK = /[øåäëüïûØÅÄËÜÏÛ]/;
const VNI_VOWEL = /[aeouyAEOUYôöÔÖ]/;
const VNI_AFTER_U_HORN = /[ôùøûõïÔÙØÛÕÏ]/;
// Vietnamese letters outside Latin-1: real Unicode Vietnamese is full of them,
// mojibake has none.
const VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u0300-\u0323\u1ea0-\u1ef9]/;
// Cheap pre-check: mojibake needs Latin-1 symbols or VNI's foreign letters.
const PRECHECK = /[\u00a1-\u00be\u00d7\u00f7øåäëüïûñöØÅÄËÜÏÛÑÖ]/;

const letterAt = (text: string, i: number) => {
  const ch = text[i];
  return ch !== undefined && /\p{L}/u.test(ch);
};

function isVniEvidence(text: string, i: number, before: boolean, after: boolean): boolean {
  const ch = text[i] as string;
  if (VNI_MARK.test(ch)) return VNI_VOWEL.test(text[i - 1] ?? '');
  if (ch === 'ñ' || ch === 'Ñ') return !before && after;
  if (ch === 'ö' || ch === 'Ö') return VNI_AFTER_U_HORN.test(text[i + 1] ?? '');
  return false;
}

/**
 * Which legacy encoding, if any, a string of byte-valued characters (Latin-1 or
 * Windows-1252 decoding) is written in. `null` for ordinary Vietnamese or English.
 * One pass; text without Latin-1 symbols or VNI's foreign letters is skipped at once.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!PRECHECK.test(text)) return null;
  let tcvn = 0;
  let veto = 0;
  let vni = 0;
  let vietnamese = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch.charCodeAt(0) < 0x80) continue;
    if (VIETNAMESE.test(ch)) {
      vietnamese++;
      continue;
    }
    const before = letterAt(text, i - 1);
    const after = letterAt(text, i + 1);
    if (TCVN_SIGN.test(ch)) {
      // Between two letters it is strong evidence; at a word's edge ("®Õn") weaker.
      if (before && after) tcvn += 2;
      else if ((before || after) && !TCVN_SIGN_NEEDS_BOTH.test(ch)) tcvn += 1;
    }
    if (ch === VETO && /\p{Ll}/u.test(text[i - 1] ?? '')) veto++;
    if (isVniEvidence(text, i, before, after)) vni++;
  }
  if (tcvn >= 2 && veto * 10 <= tcvn && vietnamese * 10 <= tcvn) return 'tcvn3';
  // VNI uses none of TCVN3's symbols, while TCVN3 text is full of VNI's letters:
  // TCVN3 is tried first, and VNI needs its evidence to outweigh any symbols.
  if (vni >= 2 && tcvn * 5 < vni && vietnamese * 10 <= vni) return 'vni';
  return null;
}

/** Read bytes as Latin-1 (one character per byte) for the detector and converters. */
function latin1(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return out;
}

/**
 * The legacy encoding of raw bytes, or `null`. Bytes that are valid UTF-8 are
 * UTF-8: legacy Vietnamese text is almost never valid UTF-8 by accident, while
 * UTF-8 read byte by byte would look like mojibake itself.
 */
export function detectLegacyBytes(bytes: Uint8Array): LegacyEncoding | null {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return null;
  } catch {
    return detectLegacyEncoding(latin1(bytes));
  }
}

/** Decode raw bytes from a legacy encoding to Unicode NFC. */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  const text = latin1(bytes);
  return encoding === 'tcvn3' ? tcvn3ToUnicode(text) : vniToUnicode(windows1252(text));
}

/** Latin-1 read bytes 80–9F as C1 controls; Windows-1252 reads most as punctuation. */
function windows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252_C1[c.charCodeAt(0) - 0x80];
    return mapped && mapped !== '\u0000' ? mapped : c;
  });
}

/**
 * Repair TCVN3 or VNI text that was decoded as Windows-1252/Latin-1
 * (`KÕ ho¹ch` → `Kế hoạch`, `Keá hoaïch` → `Kế hoạch`). Ordinary text comes back
 * unchanged with `encoding: null`. Fast enough to call per page or per run.
 */
export function fixMojibake(text: string): { text: string; encoding: LegacyEncoding | null } {
  const encoding = detectLegacyEncoding(text);
  if (encoding === null) return { text, encoding: null };
  return { text: encoding === 'tcvn3' ? tcvn3ToUnicode(text) : vniToUnicode(text), encoding };
}
