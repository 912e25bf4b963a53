/**
 * Likely misspellings, as warnings. Two checks:
 * - unknown syllables: words not in dictionary-vi (a syllable list), tokenized by retext-latin;
 * - confusables: real syllables in a wrong pair ("phồng vinh" for "phồn vinh"), from a domain list,
 *   since a syllable dictionary cannot see them.
 *
 * Why not retext-spell/nspell: hunspell treats the two tone-mark styles (hoà/hòa, uỷ/ủy, khoẻ/khỏe)
 * as misspellings, and building its suggestion tables costs ~2.5 s per process. We keep dictionary-vi's
 * word list and look words up on a tone-placement-insensitive key instead (a Set lookup).
 */
import { compareKey } from '../normalize/index.js';

export interface SpellingIssue {
  ruleId: 'spelling/unknown-word' | 'spelling/confusable';
  /** As printed. */
  actual: string;
  /** The likely intended spelling, or null. */
  expected: string | null;
  /** `[start, end)` in the checked text. */
  start: number;
  end: number;
}

/** Words of the genre that dictionary-vi lacks: loanwords and syllables of common compounds. */
export const DOMAIN_WORDS: readonly string[] = [
  'rôn', 'pano', 'panô', 'zôn', 'vitamin', 'nòng', 'internet', 'online', 'video', 'clip', 'email', 'website',
  'facebook', 'zalo', 'tiktok', 'youtube', 'fanpage', 'covid', 'vắc', 'xin', 'vaccine', 'logo', 'poster',
  'tọa', 'toạ', 'ôtô', 'ốt', 'km', 'gam', 'sapa', 'hmông', 'mông', 'tày', 'nùng', 'dao',
];

/** Real syllables in a wrong pair, seen in plans: [as misspelled, intended]. Compared in lower case. */
export const CONFUSABLES: ReadonlyArray<readonly [string, string]> = [
  ['phồng vinh', 'phồn vinh'],
  ['đuổi nước', 'đuối nước'],
  ['hành đồng vì trẻ em', 'hành động vì trẻ em'],
  ['tháng hành đồng', 'tháng hành động'],
  ['cùng cố', 'củng cố'],
  ['sữa chữa', 'sửa chữa'],
  ['xâm hai', 'xâm hại'],
  ['bảo về trẻ em', 'bảo vệ trẻ em'],
  ['giáo dụng', 'giáo dục'],
  ['tai nan', 'tai nạn'],
  ['thương tich', 'thương tích'],
  ['trẻ en', 'trẻ em'],
  ['bạo lục', 'bạo lực'],
  ['chăm sốc', 'chăm sóc'],
  ['triễn khai', 'triển khai'],
  ['kế hoặch', 'kế hoạch'],
];

export interface Speller {
  check(text: string): SpellingIssue[];
}

let cached: Promise<Speller> | null = null;

/** The speller, built once per process (dictionary-vi loads asynchronously). */
export function loadSpeller(extraWords: readonly string[] = []): Promise<Speller> {
  if (extraWords.length > 0) return build(extraWords);
  cached ??= build([]);
  return cached;
}

async function build(extraWords: readonly string[]): Promise<Speller> {
  const { default: dictionary } = (await import('dictionary-vi')) as { default: { dic: Uint8Array } };
  const known = new Set<string>();
  const lines = new TextDecoder().decode(dictionary.dic).split('\n');
  for (const line of lines.slice(1)) {
    const word = line.split('/')[0]?.trim();
    if (word) known.add(compareKey(word));
  }
  for (const word of [...DOMAIN_WORDS, ...extraWords]) known.add(compareKey(word));
  // Loaded here, not at the top: `extract` and `diff` import the package without ever spell-checking.
  const [{ unified }, { default: retextLatin }] = await Promise.all([import('unified'), import('retext-latin')]);
  const parser = unified().use(retextLatin);
  const confusables = CONFUSABLES.map(([wrong, right]) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{M}])${wrong.replace(/ /g, '\\s+')}(?![\\p{L}\\p{M}])`, 'giu'),
    right,
  }));

  // Word → known, memoized: a plan repeats a few thousand syllables; bounded for long batches.
  const seen = new Map<string, boolean>();
  const isKnown = (word: string): boolean => {
    let hit = seen.get(word);
    if (hit === undefined) {
      if (seen.size >= 50_000) seen.clear();
      hit = known.has(compareKey(word));
      seen.set(word, hit);
    }
    return hit;
  };

  return {
    check(text) {
      const issues: SpellingIssue[] = [];
      // URLs and overlong tokens are blanked out (same length, so offsets hold): their parts are not words.
      const masked = text.replace(URL, blank).replace(LONG_TOKEN, blank);
      // Parsing the whole text into a retext tree costs more than pdf.js's text layer, and a
      // clean plan has no unknown word: parse only when a letter run could be one (see `mayHaveUnknown`).
      if (mayHaveUnknown(masked, isKnown)) {
        for (const chunk of chunks(masked)) {
          for (const word of words(parser.parse(chunk.text) as Node)) {
            if (!shouldCheck(word.value) || isKnown(word.value)) continue;
            issues.push({ ruleId: 'spelling/unknown-word', actual: word.value, expected: null, start: chunk.start + word.start, end: chunk.start + word.end });
          }
        }
      }
      for (const { pattern, right } of confusables) {
        for (const m of text.matchAll(pattern)) {
          issues.push({ ruleId: 'spelling/confusable', actual: m[0], expected: right, start: m.index, end: m.index + m[0].length });
        }
      }
      issues.sort((a, b) => a.start - b.start || b.end - a.end);
      // One finding per place: "Tháng hành đồng" and "hành đồng vì trẻ em" overlap.
      return issues.filter((issue, i) => i === 0 || issue.start >= (issues[i - 1] as SpellingIssue).end);
    },
  };
}

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
/** No word is this long; retext-latin overflows the stack on a long run of joined parts ("a-a-a-…"). */
const LONG_TOKEN = /\S{65,}/gu;
const blank = (token: string) => ' '.repeat(token.length);

/** Longest piece of text parsed at once. */
const CHUNK = 4096;

/**
 * The text in pieces of at most `CHUNK` characters, cut after a line break or else a space (never
 * inside a word: tokens longer than 64 characters are blanked already). retext-latin's sentence
 * merging is quadratic in the sentences of a paragraph ("! " 200 000 times took 41 s); parsed in
 * bounded pieces, the whole text is linear, and words come out the same.
 */
function* chunks(text: string): Generator<{ start: number; text: string }> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf(' '));
      if (cut > 0) end = start + cut + 1;
    }
    yield { start, text: text.slice(start, end) };
    start = end;
  }
}

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

// Words as retext-latin splits them; a word with inner punctuation ("KH-UBND") is one node.
function* words(node: Node): Generator<{ value: string; start: number; end: number }> {
  if (node.type === 'WordNode') {
    const value = (node.children ?? []).map((c) => c.value ?? '').join('');
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) yield { value, start, end };
    return;
  }
  for (const child of node.children ?? []) yield* words(child);
}

// Letters outside Latin (with its combining marks and Vietnamese's Latin Extended Additional),
// for which we do not vouch that retext-latin's word characters and \p{L}\p{M} agree.
const NON_LATIN_LETTER = /[^\P{L}\u0000-\u024f\u1e00-\u1eff]|[^\P{M}\u0300-\u036f]/u;
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const UPPER_START = /^\p{Lu}/u;

/**
 * False only when retext-latin would find no unknown word. A word it reports is all letters
 * (`shouldCheck`), so within Latin letters, where its word characters include every \p{L}\p{M},
 * it is a whole maximal run of letters; merged words ("KH-UBND", "abc123") are never reported.
 * So if no maximal letter run passes `shouldCheck` and is unknown, neither does any word.
 */
function mayHaveUnknown(text: string, isKnown: (word: string) => boolean): boolean {
  if (NON_LATIN_LETTER.test(text)) return true;
  // A run is all letters already: of `shouldCheck`, only length and case are left to test.
  for (const [run] of text.matchAll(LETTER_RUN)) if (run.length > 1 && !isKnown(run) && !UPPER_START.test(run)) return true;
  return false;
}

// Names, places and abbreviations are capitalised; numbers, codes and URLs have non-letters.
function shouldCheck(word: string): boolean {
  if (!/^[\p{L}\p{M}]+$/u.test(word)) return false;
  if (/^\p{Lu}/u.test(word)) return false;
  return word.length > 1;
}
