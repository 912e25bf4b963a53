/**
 * Source maps for text files: where each character of the normalized text stands in the file as
 * written. Readers hand over, per paragraph, the raw line pieces it was built from; assembly
 * normalizes the paragraph (NFC, one kind of space, folded runs, trimmed) and the reader had
 * already dropped blank lines, rejoined hard-wrapped lines and stripped `*emphasis*`. Walking the
 * normalized text against the raw pieces recovers the file's line and column for every offset,
 * in one linear pass, recording a point only where the two stop advancing together.
 */
import type { SourcePoint } from '../model.js';
import type { SourcePiece } from './raw.js';

/** Characters normalization or the reader may drop or fold: spaces of every kind, zero-width marks, a BOM, emphasis asterisks. */
const DROPPABLE = /[\s\u00a0\u1680\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff*]/u;
const SPACE = /[\s\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
/** The longest run of code units NFC composes into one (a base letter and two marks, e.g. ệ from e + ̂ + ̣). */
const MAX_COMPOSED = 4;

/**
 * Points mapping `text` (a normalized paragraph placed at `base` in the document text) back to
 * its pieces. Characters that match advance both sides; raw characters normalization dropped
 * (extra spaces, asterisks, zero-width marks) are skipped; a run of combining marks NFC folded
 * into one letter counts as that letter; the space or nothing that joined two pieces (rejoined
 * lines) maps to the end of the first. Anything else (a legacy-encoding repair) is taken as one
 * for one, so lines stay right and columns drift at most within the line.
 */
export function alignPieces(text: string, pieces: readonly SourcePiece[], base: number): SourcePoint[] {
  const points: SourcePoint[] = [];
  let i = 0;
  let k = 0;
  let j = 0;
  let stale = true;
  const mark = () => {
    if (!stale) return;
    const piece = pieces[k] as SourcePiece;
    points.push({ offset: base + i, line: piece.line, column: piece.column + j });
    stale = false;
  };
  while (i < text.length && k < pieces.length) {
    const raw = (pieces[k] as SourcePiece).text;
    if (j >= raw.length) {
      // The join between two lines: a space (or a soft break) in the text, nothing in the file.
      k++;
      j = 0;
      if (k < pieces.length && (text[i] === ' ' || text[i] === '\n')) i++;
      stale = true;
      continue;
    }
    const c = text[i] as string;
    const r = raw[j] as string;
    if (c === r) {
      mark();
      i++;
      j++;
      // A folded run of spaces: the rest of the run is gone from the text.
      if (c === ' ' && j < raw.length && SPACE.test(raw[j] as string)) {
        while (j < raw.length && SPACE.test(raw[j] as string)) j++;
        stale = true;
      }
      continue;
    }
    if (c === ' ' && SPACE.test(r)) {
      // An odd space (NBSP, tab, thin space) became a plain one: same width, same place.
      mark();
      i++;
      j++;
      if (j < raw.length && SPACE.test(raw[j] as string)) {
        while (j < raw.length && SPACE.test(raw[j] as string)) j++;
        stale = true;
      }
      continue;
    }
    if (DROPPABLE.test(r)) {
      j++;
      stale = true;
      continue;
    }
    const composed = composedLength(raw, j, c);
    mark();
    i++;
    j += composed;
    if (composed !== 1) stale = true;
  }
  return points;
}

/** How many code units of `raw` from `at` NFC folds into `c` (1 when none does: taken one for one). */
function composedLength(raw: string, at: number, c: string): number {
  for (let n = 2; n <= MAX_COMPOSED && at + n <= raw.length; n++) {
    if (raw.slice(at, at + n).normalize('NFC') === c) return n;
  }
  return 1;
}

/** The point in force at `offset` (the last at or before it); `null` before the first. */
export function pointAt(points: readonly SourcePoint[], offset: number): SourcePoint | null {
  return lastAtOrBefore(points, offset, (p) => p.offset);
}

/** The last of `items` (sorted by `keyOf`) whose key is at or before `offset`, by binary search; `null` when none is. */
export function lastAtOrBefore<T>(items: readonly T[], offset: number, keyOf: (item: T) => number): T | null {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid] as T;
    if (keyOf(item) <= offset) {
      found = item;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
