import type { MessageRef } from './messages/index.js';

/**
 * Stable error codes: what went wrong with an input, independent of the message wording.
 * Each has a one-line explanation in both languages (`Terms.error` in `messages/`), which the
 * README's table repeats. `E_INTERNAL` is a bug of plan-extract's own, never the file's fault.
 */
export type ErrorCode =
  | 'E_NOT_FOUND'
  | 'E_ACCESS'
  | 'E_IO'
  | 'E_UNSUPPORTED'
  | 'E_CORRUPT'
  | 'E_ENCRYPTED'
  | 'E_NO_TEXT'
  | 'E_TOO_LARGE'
  | 'E_TIMEOUT'
  | 'E_EMPTY'
  /** The OCR engine failed on a scanned page (it crashed or ran out of memory); not the file's fault. */
  | 'E_OCR'
  | 'E_INTERNAL';

/** Every error code, in the README's order. */
export const ERROR_CODES: readonly ErrorCode[] = [
  'E_NOT_FOUND',
  'E_ACCESS',
  'E_IO',
  'E_UNSUPPORTED',
  'E_CORRUPT',
  'E_ENCRYPTED',
  'E_NO_TEXT',
  'E_TOO_LARGE',
  'E_TIMEOUT',
  'E_EMPTY',
  'E_OCR',
  'E_INTERNAL',
];

/**
 * An input that cannot be read. `message` is one line and names the file when known.
 * `reason` is English; give `detail` (a catalogue message) for a reason that reads well in every
 * language — without one, reports in Vietnamese give the code's explanation and `reason` as a detail.
 */
export class PlanError extends Error {
  override readonly name = 'PlanError';
  /** The reason as a catalogue message, when it has one. */
  readonly detail: MessageRef | null;
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly file: string | null = null,
    options?: { cause?: unknown; detail?: MessageRef },
  ) {
    super(`${file ?? '<input>'}: ${oneLine(reason)} (${code})`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.detail = options?.detail ?? null;
  }
}

export function isPlanError(error: unknown): error is PlanError {
  return error instanceof PlanError;
}

/** A reason from anywhere (a library's error message, a file name) made one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
