/**
 * One document's budget, shared by every reader and stage that works on it: bytes inflated (per
 * part and in total), XML nodes, characters of text, and the deadline. Each count throws a
 * `PlanError` naming the file as soon as it is over (E_TOO_LARGE, E_TIMEOUT), so memory and time
 * stay bounded whatever the bytes claim; the limits themselves are `Limits` (options.ts).
 */
import { PlanError } from '../errors.js';
import type { Limits } from './options.js';

export class Budget {
  private inflatedTotal = 0;
  private nodes = 0;
  private chars = 0;
  private readonly deadline: number;

  constructor(
    readonly limits: Limits,
    readonly file: string | null,
    private readonly signal: AbortSignal | undefined = undefined,
    started = performance.now(),
  ) {
    this.deadline = started + limits.timeoutMs;
  }

  /** The most bytes the next part may inflate to: its own limit, or what is left of the total. */
  partCap(): number {
    return Math.max(0, Math.min(this.limits.maxPartBytes, this.limits.maxInflatedBytes - this.inflatedTotal));
  }

  /** Counts `bytes` inflated from `part` (a ZIP entry, a PDF stream). */
  inflated(bytes: number, part: string): void {
    if (bytes > this.limits.maxPartBytes) throw this.tooLarge(`${part} inflates to more than ${this.limits.maxPartBytes} bytes, the limit for one part (a zip bomb?)`);
    this.inflatedTotal += bytes;
    if (this.inflatedTotal > this.limits.maxInflatedBytes) throw this.tooLarge(`the document inflates to more than ${this.limits.maxInflatedBytes} bytes (a zip bomb?)`);
  }

  /** Counts XML elements and attributes parsed. */
  xmlNodes(count: number): void {
    this.nodes += count;
    if (this.nodes > this.limits.maxXmlNodes) throw this.tooLarge(`the document has more than ${this.limits.maxXmlNodes} XML nodes (elements, attributes, runs of text)`);
  }

  /** Counts characters of text produced. */
  text(count: number): void {
    this.chars += count;
    if (this.chars > this.limits.maxChars) throw this.tooLarge(`the document has more than ${this.limits.maxChars} characters of text`);
  }

  /** Throws once the time budget is spent (E_TIMEOUT), or the caller's signal is aborted (its reason). Long loops call it. */
  checkTime(): void {
    this.signal?.throwIfAborted();
    if (performance.now() > this.deadline) throw this.timedOut();
  }

  /** The E_TIMEOUT error of this document. */
  timedOut(): PlanError {
    return new PlanError('E_TIMEOUT', `reading took longer than ${this.limits.timeoutMs} ms`, this.file);
  }

  private tooLarge(reason: string): PlanError {
    return new PlanError('E_TOO_LARGE', reason, this.file);
  }
}
