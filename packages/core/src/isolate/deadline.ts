/**
 * A document's time budget as seen from outside the worker it runs in: `onSpent` is called once
 * `ms` has passed since the start, plus the grace a worker gets to answer by itself (it checks the
 * budget too, and says so more clearly). Each page read by OCR takes seconds where a text page takes
 * milliseconds, so `extend` adds the base budget again. Used by `extractFileIsolated` and by the
 * CLI's validate pool, which both end a worker that runs over.
 */

/** The longest setTimeout delay: beyond 2^31 - 1 ms a timer fires at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** What the worker may take beyond the budget to answer by itself. */
const GRACE_MS = 250;

export class WorkerDeadline {
  private readonly started = performance.now();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The budget so far, in ms: the base, and the base again for each `extend`. */
  ms: number;

  constructor(
    private readonly base: number,
    private readonly onSpent: () => void,
  ) {
    this.ms = base;
    this.arm();
  }

  /** The base budget again (a page about to be read by OCR). */
  extend(): void {
    this.ms += this.base;
    this.arm();
  }

  /** No call to `onSpent` any more (the document is settled). */
  clear(): void {
    clearTimeout(this.timer);
  }

  private arm(): void {
    clearTimeout(this.timer);
    if (!Number.isFinite(this.ms)) return;
    this.timer = setTimeout(this.onSpent, Math.min(MAX_TIMER_MS, Math.max(1, Math.ceil(this.started + this.ms + GRACE_MS - performance.now()))));
    // The worker keeps the process alive while it works; the timer alone must not.
    this.timer.unref();
  }
}
