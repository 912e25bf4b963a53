/** String similarity for the diff checks: syllable Dice for slogans, edit distance for document numbers. */
import { compareKey } from '../normalize/index.js';

/**
 * Dice coefficient over the multisets of syllables of `compareKey(a)` and `compareKey(b)`, 0..1.
 *
 * Why syllables and not character bigrams: a Vietnamese syllable is the unit of meaning
 * (words are written as space-separated syllables), so a reworded or shortened slogan keeps
 * most of its syllables while bigrams reward shared letter pairs across unrelated syllables
 * ("trẻ em"/"trên"). Working on `compareKey` makes tone-mark placement, case, quotes and
 * punctuation irrelevant. Multisets, so "mọi lúc ... mọi nơi" counts "mọi" twice.
 */
export function syllableDice(a: string, b: string): number {
  return diceOf(syllables(a), syllables(b));
}

/** `syllableDice` over syllables already split (`syllables`), for callers comparing many pairs. */
export function diceOf(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 && right.length === 0) return 1;
  if (left.length === 0 || right.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const s of left) counts.set(s, (counts.get(s) ?? 0) + 1);
  let shared = 0;
  for (const s of right) {
    const n = counts.get(s) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(s, n - 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/** The syllables of `compareKey(text)`. */
export function syllables(text: string): string[] {
  const key = compareKey(text);
  return key === '' ? [] : key.split(' ');
}

/**
 * Optimal-string-alignment distance: insert, delete, substitute, and swap two neighbours,
 * each costing 1 — so "1402" for "1420" (a transposition, the commonest typo in a number) is 1.
 * With `limit`, any distance above it comes out as `limit + 1`, and only the cells within `limit`
 * of the diagonal are computed: O(min(|a|, |b|) · limit) time. Memory is three rows either way
 * (a full table for two 30 000-letter "numbers" ran V8 out of heap).
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (a.length < b.length) [a, b] = [b, a];
  // Every edit changes the length by one at most.
  if (a.length - b.length > limit) return limit + 1;
  const band = Math.min(limit, a.length);
  const over = band + 1;
  // Rows i - 2, i - 1 and i. Only cells within `band` of the diagonal are written; one sentinel
  // either side of a row's band (over the limit, or the first column's value) keeps older rows'
  // values from being read.
  let before = new Array<number>(b.length + 2).fill(over);
  let up = new Array<number>(b.length + 2).fill(over);
  let row = new Array<number>(b.length + 2).fill(over);
  for (let j = 0; j <= Math.min(b.length, band); j += 1) up[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const from = Math.max(1, i - band);
    const to = Math.min(b.length, i + band);
    row[from - 1] = from === 1 && i <= band ? i : over;
    row[to + 1] = over;
    let best = row[from - 1] as number;
    for (let j = from; j <= to; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let cell = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cell = Math.min(cell, (before[j - 2] as number) + 1);
      row[j] = Math.min(cell, over);
      if (cell < best) best = cell;
    }
    // A row's smallest value never drops further down the table: once it is over, so is the answer.
    if (best > band) return limit + 1;
    [before, up, row] = [up, row, before];
  }
  const distance = up[b.length] as number;
  return distance > band ? limit + 1 : distance;
}

/** A document number in one spelling (kept here for the checks that import it; the grammar owns it). */
export { numberKey } from '../citations/numbers.js';

/** Round to two decimals, for similarity scores that read well in reports. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
