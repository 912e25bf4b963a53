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
  const left = syllables(a);
  const right = syllables(b);
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

function syllables(text: string): string[] {
  const key = compareKey(text);
  return key === '' ? [] : key.split(' ');
}

/**
 * Optimal-string-alignment distance: insert, delete, substitute, and swap two neighbours,
 * each costing 1 — so "1402" for "1420" (a transposition, the commonest typo in a number) is 1.
 * O(|a|·|b|); document numbers are short.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const up = rows[i - 1] ?? [];
      let best = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row[j] = best;
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? 0;
}

/** A document number in one spelling (kept here for the checks that import it; the grammar owns it). */
export { numberKey } from '../citations/numbers.js';

/** Round to two decimals, for similarity scores that read well in reports. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
