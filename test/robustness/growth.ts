/**
 * Linear time, checked as a ratio measured in one run: the work on an input 10× larger may take at
 * most ~12× as long (generous for noise; a quadratic stage takes ~100×). Each size is timed as the
 * fastest of a few calls, because noise on a shared machine only ever adds time.
 */
import { expect } from 'vitest';

/** Milliseconds of the fastest of `runs` calls. */
export async function fastest(work: () => unknown, runs = 3): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/**
 * Times `work(make(n))` and `work(make(factor × n))` (inputs made outside the timing) and expects the
 * ratio to stay under `maxRatio`. The small size should take a few milliseconds at least, so that
 * timer resolution and fixed costs do not flatter (or spoil) the ratio. Returns the figures.
 */
export async function expectLinearGrowth<T>(
  make: (n: number) => T,
  work: (input: T) => unknown,
  n: number,
  { factor = 10, maxRatio = 12, runs = 3 }: { factor?: number; maxRatio?: number; runs?: number } = {},
): Promise<Growth> {
  const smallInput = make(n);
  const largeInput = make(n * factor);
  await work(smallInput); // warm-up: compile the code paths before timing them
  const small = await fastest(() => work(smallInput), runs);
  const large = await fastest(() => work(largeInput), Math.max(1, runs - 1));
  const ratio = large / Math.max(small, 0.05);
  expect(ratio, `×${factor} input took ${large.toFixed(1)} ms against ${small.toFixed(1)} ms (×${ratio.toFixed(1)})`).toBeLessThanOrEqual(maxRatio);
  return { small, large, ratio };
}
