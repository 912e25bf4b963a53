/**
 * One document's budget, shared by every reader and stage that works on it: bytes inflated (per
 * part and in total), XML nodes, characters of text, and the deadline. Each count throws a
 * `PlanError` naming the file as soon as it is over (E_TOO_LARGE, E_TIMEOUT), so memory and time
 * stay bounded whatever the bytes claim; the limits themselves are `Limits` (options.ts).
 */
import { PlanError } from '../errors.js';
import { msg, type MessageRef } from '../messages/index.js';
import { planError } from './file.js';
import type { Limits } from './options.js';

export class Budget {
  private inflatedTotal = 0;
  private nodes = 0;
  private chars = 0;
  private deadline: number;
  /** The time budget so far: `limits.timeoutMs`, and more for each page read by OCR (`extend`). */
  private allowedMs: number;
  private readonly extended: Array<() => void> = [];

  constructor(
    readonly limits: Limits,
    readonly file: string | null,
    private readonly signal: AbortSignal | undefined = undefined,
    started = performance.now(),
  ) {
    this.allowedMs = limits.timeoutMs;
    this.deadline = started + limits.timeoutMs;
  }

  /** Milliseconds left before the deadline (Infinity without a time limit). */
  remainingMs(): number {
    return this.deadline - performance.now();
  }

  /** More time for this document: a page read by OCR takes seconds where a text page takes milliseconds. */
  extend(ms: number): void {
    this.allowedMs += ms;
    this.deadline += ms;
    for (const listener of this.extended) listener();
  }

  /** Told when the deadline moves (the timer of `readDocument` is set again). */
  onExtend(listener: () => void): void {
    this.extended.push(listener);
  }

  /** The most bytes the next part may inflate to: its own limit, or what is left of the total. */
  partCap(): number {
    return Math.max(0, Math.min(this.limits.maxPartBytes, this.limits.maxInflatedBytes - this.inflatedTotal));
  }

  /** Counts `bytes` inflated from `part` (a ZIP entry, a PDF stream). */
  inflated(bytes: number, part: string): void {
    if (bytes > this.limits.maxPartBytes) throw this.tooLarge(msg('error:part-too-large', { part, max: this.limits.maxPartBytes }));
    this.inflatedTotal += bytes;
    if (this.inflatedTotal > this.limits.maxInflatedBytes) throw this.tooLarge(msg('error:inflates-too-much', { max: this.limits.maxInflatedBytes }));
  }

  /** Counts XML elements and attributes parsed. */
  xmlNodes(count: number): void {
    this.nodes += count;
    if (this.nodes > this.limits.maxXmlNodes) throw this.tooLarge(msg('error:too-many-xml-nodes', { max: this.limits.maxXmlNodes }));
  }

  /** Counts characters of text produced. */
  text(count: number): void {
    this.chars += count;
    if (this.chars > this.limits.maxChars) throw this.tooLarge(msg('error:too-many-chars', { max: this.limits.maxChars }));
  }

  /** Throws once the time budget is spent (E_TIMEOUT), or the caller's signal is aborted (its reason). Long loops call it. */
  checkTime(): void {
    this.signal?.throwIfAborted();
    if (performance.now() > this.deadline) throw this.timedOut();
  }

  /** The E_TIMEOUT error of this document. */
  timedOut(): PlanError {
    return new PlanError('E_TIMEOUT', `reading took longer than ${this.allowedMs} ms`, this.file, { detail: msg('error:timeout', { ms: this.allowedMs }) });
  }

  private tooLarge(detail: MessageRef): PlanError {
    return planError('E_TOO_LARGE', detail, this.file);
  }
}
