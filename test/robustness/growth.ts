/**
 * Linear time, checked as a ratio measured in one run: the work on an input 10× larger may take at
 * most ~12× as long (generous for noise; a quadratic stage takes ~100×). Time is the process's CPU
 * time (on a loaded machine, wall time also counts other processes' turns), each size timed as the
 * fastest of several rounds, the two sizes in turn so that a busy moment falls on both. Sizes should
 * stay modest (the larger input a few hundred KB): past the CPU caches every stage slows per byte,
 * linear or not, and that is not what this checks.
 */
import { expect } from 'vitest';

/** CPU milliseconds (user + system) of `reps` calls, per call. */
async function perCall(work: () => unknown, reps: number): Promise<number> {
  const started = process.cpuUsage();
  for (let i = 0; i < reps; i++) await work();
  const { user, system } = process.cpuUsage(started);
  return (user + system) / 1000 / reps;
}

export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/** Each timing runs the small input often enough to take this long: timer resolution and noise then matter little. */
const MIN_TIMING_MS = 20;

/**
 * Times `work(make(n))` and `work(make(factor × n))` (inputs made outside the timing) and expects the
 * per-call ratio to stay under `maxRatio`. A ratio over it is measured again, up to `attempts` times
 * in all: a busy moment can spoil one measurement, a quadratic stage fails every one. Returns the
 * best figures.
 */
export async function expectLinearGrowth<T>(
  make: (n: number) => T,
  work: (input: T) => unknown,
  n: number,
  { factor = 10, maxRatio = 12, rounds = 5, attempts = 3 }: { factor?: number; maxRatio?: number; rounds?: number; attempts?: number } = {},
): Promise<Growth> {
  const smallInput = make(n);
  const largeInput = make(n * factor);
  // Warm-up: compile the code paths (and size the caches) before timing them.
  await work(smallInput);
  await work(largeInput);
  const reps = Math.max(factor, Math.ceil(MIN_TIMING_MS / Math.max(0.01, await perCall(() => work(smallInput), 1))));
  let best: Growth | null = null;
  for (let attempt = 0; attempt < attempts && (best === null || best.ratio > maxRatio); attempt++) {
    let small = Infinity;
    let large = Infinity;
    for (let i = 0; i < rounds; i++) {
      small = Math.min(small, await perCall(() => work(smallInput), reps));
      large = Math.min(large, await perCall(() => work(largeInput), Math.ceil(reps / factor)));
    }
    if (best === null || large / small < best.ratio) best = { small, large, ratio: large / small };
  }
  const { small, large, ratio } = best as Growth;
  expect(ratio, `×${factor} input (n = ${n}) took ${large.toFixed(2)} ms against ${small.toFixed(2)} ms (×${ratio.toFixed(1)})`).toBeLessThanOrEqual(maxRatio);
  return best as Growth;
}
