/**
 * slogans: pair each upper slogan with at most one lower slogan, regardless of order and
 * numbering, then sort the pairs into matched / changed, and the rest into missing / extra.
 */
import { diffWords } from 'diff';
import { compareKey } from '../normalize/index.js';
import type { Grounded, PlanExtraction } from '../schema.js';
import type { CheckResult, DiffFinding, RedlinePart, SloganDiff } from './schema.js';
import { diceOf, round2, syllableDice } from './similarity.js';
import { DEFAULT_LANG, msg, type Lang } from '../messages/index.js';
import { diffFinding } from './format.js';

/** Default similarity at or above which two different slogans count as one slogan reworded. */
export const SLOGAN_THRESHOLD = 0.5;

export interface SloganOptions {
  /** Similarity (0..1) from which a pair is `changed` rather than `missing` + `extra`; default 0.5. */
  threshold?: number;
}

/** Trailing list punctuation is not part of a slogan ("...trẻ em;" / "...trẻ em."). */
function display(slogan: Grounded): string {
  return slogan.text.replace(/[\s;,.]+$/u, '');
}

/** Most word edits a redline looks for: Myers' diff costs (words) × (edits), so two long slogans with nothing in common would be quadratic. */
const MAX_REDLINE_EDITS = 200;

/** Word-level redline from the upper slogan to the lower one (past MAX_REDLINE_EDITS: the one deleted, the other inserted). */
export function redline(upper: string, lower: string): RedlinePart[] {
  const changes = diffWords(upper, lower, { maxEditLength: MAX_REDLINE_EDITS });
  if (!changes) return [{ op: 'delete', text: upper }, { op: 'insert', text: lower }];
  return changes.map((change) => ({
    op: change.added ? 'insert' : change.removed ? 'delete' : 'equal',
    text: change.value,
  }));
}

interface Pair {
  i: number;
  j: number;
  score: number;
}

/** Most (upper, lower) pairs scored: a plan lists tens of slogans; a list of thousands is not one to pair by similarity. */
export const MAX_SLOGAN_PAIRS = 10_000;

/**
 * A global one-to-one assignment: every (upper, lower) pair is scored (O(n·m); slogans are
 * tens), then pairs are taken best first, each slogan at most once. Exact matches (score 1)
 * are therefore always taken before any reworded pair, and the result does not depend on
 * the order or numbering of either list. Ties go to the earlier upper, then the earlier lower
 * slogan, so the output is deterministic. Past `MAX_SLOGAN_PAIRS` only equal slogans are paired.
 */
function assign(upper: string[], lower: string[], threshold: number): Pair[] {
  const upperKeys = upper.map(compareKey);
  const lowerKeys = lower.map(compareKey);
  const pairs: Pair[] = [];
  if (upper.length * lower.length > MAX_SLOGAN_PAIRS) {
    // Equal slogans pair in order (the earlier upper with the earlier lower), as the greedy below would.
    const lowerByKey = new Map<string, { next: number; js: number[] }>();
    lowerKeys.forEach((key, j) => {
      const entry = lowerByKey.get(key) ?? { next: 0, js: [] };
      entry.js.push(j);
      lowerByKey.set(key, entry);
    });
    upperKeys.forEach((key, i) => {
      const entry = lowerByKey.get(key);
      const j = entry?.js[entry.next++];
      if (j !== undefined) pairs.push({ i, j, score: 1 });
    });
  } else {
    const upperSyllables = upperKeys.map((key) => (key === '' ? [] : key.split(' ')));
    const lowerSyllables = lowerKeys.map((key) => (key === '' ? [] : key.split(' ')));
    upper.forEach((_, i) => {
      lower.forEach((_, j) => {
        const score = upperKeys[i] === lowerKeys[j] ? 1 : diceOf(upperSyllables[i] ?? [], lowerSyllables[j] ?? []);
        if (score >= threshold) pairs.push({ i, j, score });
      });
    });
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const takenUpper = new Set<number>();
  const takenLower = new Set<number>();
  const chosen: Pair[] = [];
  for (const pair of pairs) {
    if (takenUpper.has(pair.i) || takenLower.has(pair.j)) continue;
    takenUpper.add(pair.i);
    takenLower.add(pair.j);
    chosen.push(pair);
  }
  return chosen.sort((a, b) => a.i - b.i);
}

/** Compare the slogan lists; `matched` means equal up to `compareKey`. */
export function checkSlogans(upper: PlanExtraction, lower: PlanExtraction, options: SloganOptions = {}, lang: Lang = DEFAULT_LANG): CheckResult<SloganDiff> {
  const threshold = options.threshold ?? SLOGAN_THRESHOLD;
  const u = upper.slogans.map(display);
  const l = lower.slogans.map(display);
  const value: SloganDiff = { matched: [], changed: [], missing: [], extra: [] };
  const findings: DiffFinding[] = [];
  const pairs = assign(u, l, threshold);
  if (u.length * l.length > MAX_SLOGAN_PAIRS) {
    findings.push(diffFinding(lang, 'diff/slogans-too-many', 'info', 'slogans', msg('diff/slogans-too-many', { upper: u.length, lower: l.length })));
  }
  const pairedUpper = new Set(pairs.map((p) => p.i));
  const pairedLower = new Set(pairs.map((p) => p.j));
  for (const { i, j } of pairs) {
    const us = u[i] ?? '';
    const ls = l[j] ?? '';
    if (compareKey(us) === compareKey(ls)) {
      value.matched.push({ upper: us, lower: ls });
      continue;
    }
    const similarity = round2(syllableDice(us, ls));
    value.changed.push({ upper: us, lower: ls, similarity, redline: redline(us, ls) });
    findings.push(diffFinding(lang, 'diff/slogan-changed', 'info', 'slogans', msg('diff/slogan-changed', { similarity, upper: us, lower: ls }), { actual: ls, expected: us, span: lower.slogans[j]?.span }));
  }
  u.forEach((us, i) => {
    if (pairedUpper.has(i)) return;
    value.missing.push(us);
    findings.push(diffFinding(lang, 'diff/slogan-missing', 'warning', 'slogans', msg('diff/slogan-missing', { slogan: us }), { expected: us }));
  });
  l.forEach((ls, j) => {
    if (pairedLower.has(j)) return;
    value.extra.push(ls);
    // The lower plan's own slogans are only worth a note when the upper plan sets slogans at all.
    if (u.length > 0) {
      findings.push(diffFinding(lang, 'diff/slogan-extra', 'info', 'slogans', msg('diff/slogan-extra', { slogan: ls }), { actual: ls, span: lower.slogans[j]?.span }));
    }
  });
  return { value, findings };
}
