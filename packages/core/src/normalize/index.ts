/**
 * Normalization of Vietnamese text: one Unicode form, one kind of space.
 * Legacy 8-bit encodings are handled in `./legacy.ts`, reflow of text pulled out
 * of PDFs in `./reflow.ts`.
 */

// Spaces that are not U+0020: NBSP, thin/figure spaces, ideographic space; and zero-width characters.
const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/** Most combining marks kept after one character: UAX #15's stream-safe bound (30 non-starters). */
export const MAX_MARKS = 30;
// A fixed count: an open-ended `{31,}` keeps a backtrack entry per mark and overflows on a long run.
const LONG_MARK_RUN = /\p{M}{31}/u;
const MARK = /\p{M}/u;

/**
 * At most `MAX_MARKS` combining marks in a row; longer runs are cut. Vietnamese puts two marks on
 * a letter at most, so a longer run is never text, and normalizing it is quadratic: canonical
 * reordering sorts the whole run (800 KB of alternating marks took 52 s). Every reader calls this
 * before the first normalization, so document text is bounded; `nfc` does it for any string.
 */
export function boundMarks(text: string): string {
  if (!LONG_MARK_RUN.test(text)) return text;
  const kept: string[] = [];
  let run = 0;
  let from = 0; // where the text still to keep starts
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    run = isMark(code) ? run + 1 : 0;
    if (run === MAX_MARKS + 1) kept.push(text.slice(from, i));
    if (run > MAX_MARKS) from = i + width;
    i += width;
  }
  kept.push(text.slice(from));
  return kept.join('');
}

// Whether a BMP code point is a combining mark, looked up once each: 0 unknown, 1 no, 2 yes.
const MARKS = new Uint8Array(0x10000);

function isMark(code: number): boolean {
  if (code < 0x300) return false; // combining marks start at U+0300
  if (code > 0xffff) return MARK.test(String.fromCodePoint(code));
  let known = MARKS[code] as number;
  if (known === 0) {
    known = MARK.test(String.fromCharCode(code)) ? 2 : 1;
    MARKS[code] = known;
  }
  return known === 2;
}

/** NFC in linear time: `boundMarks`, then `normalize('NFC')`. */
export function nfc(text: string): string {
  return boundMarks(text).normalize('NFC');
}

/**
 * NFC, odd spaces to plain spaces, runs of spaces folded, ends trimmed.
 * Line breaks (`"\n"`) inside the text are kept: they are soft line breaks.
 */
export function normalizeText(text: string): string {
  return nfc(text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' '))
    .replace(/ {2,}/g, ' ')
    .replace(/ *\n */g, '\n')
    .trim();
}

// The five tone marks. Vowel-shape marks (breve, circumflex, horn) stay with their vowel.
const TONE_MARKS: Record<string, string> = { '\u0300': '2', '\u0301': '1', '\u0303': '4', '\u0309': '3', '\u0323': '5' };
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/g;

// Syllables repeat endlessly in a plan and the vocabulary is small: memoized, the two Unicode
// normalizations per syllable no longer dominate `compareKey` (spelling, agencies). Bounded.
const toneKeys = new Map<string, string>();

/** A syllable with its tone mark moved to the end as a digit: "hoà" and "hòa" both become "hoa2". */
function toneKey(word: string): string {
  let key = toneKeys.get(word);
  if (key === undefined) {
    if (toneKeys.size >= 50_000) toneKeys.clear();
    key = computeToneKey(word);
    toneKeys.set(word, key);
  }
  return key;
}

function computeToneKey(word: string): string {
  let tone = '';
  const bare = word.normalize('NFD').replace(TONE_MARK, (mark) => {
    tone = TONE_MARKS[mark] ?? '';
    return '';
  });
  return bare.normalize('NFC') + tone;
}

/**
 * A key for comparing Vietnamese strings regardless of tone-mark placement
 * (hoà/hòa, uỷ/ủy), case, quotes, emphasis marks and punctuation.
 * Keep the original spelling for display.
 */
export function compareKey(text: string): string {
  return nfc(text)
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .map(toneKey)
    .join(' ');
}
