/** Stable error codes: what went wrong with an input, independent of the message wording. */
export type ErrorCode =
  | 'E_NOT_FOUND'
  | 'E_UNSUPPORTED'
  | 'E_CORRUPT'
  | 'E_ENCRYPTED'
  | 'E_NO_TEXT'
  | 'E_TOO_LARGE'
  | 'E_TIMEOUT'
  | 'E_EMPTY'
  /** The OCR engine failed on a scanned page (it crashed or ran out of memory); not the file's fault. */
  | 'E_OCR';

/** An input that cannot be read. `message` is one line and names the file when known. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly file: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(`${file ?? '<input>'}: ${reason} (${code})`, options);
  }
}

export function isPlanError(error: unknown): error is PlanError {
  return error instanceof PlanError;
}
