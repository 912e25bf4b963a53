/** Stable error codes: what went wrong with an input, independent of the message wording. */
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
  | 'E_INTERNAL';

/** What each code means, in one line (the README's table and the message catalogue start here). */
export const ERROR_CODES: Readonly<Record<ErrorCode, string>> = {
  E_NOT_FOUND: 'no such file (or a symbolic link that leads nowhere; a glob that matches nothing)',
  E_ACCESS: 'the file or folder cannot be read: permission denied',
  E_IO: 'the file could not be read (a disk or network error)',
  E_UNSUPPORTED: 'not a plan document: another format (image, archive, legacy .doc), or not a regular file (folder, device, FIFO)',
  E_CORRUPT: 'a damaged or truncated PDF or DOCX',
  E_ENCRYPTED: 'protected by a password',
  E_NO_TEXT: 'a PDF with pages but no text layer (a scan)',
  E_TOO_LARGE: 'over a size budget: bytes, pages, inflated bytes, XML nodes, characters, or memory',
  E_TIMEOUT: 'over the time budget (--timeout)',
  E_EMPTY: 'an empty file, or one with no text',
  E_INTERNAL: 'a bug in plan-extract: the document could not be processed for a reason no other code covers',
};

/** An input that cannot be read. `message` is one line and names the file when known. */
export class PlanError extends Error {
  override readonly name = 'PlanError';
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    readonly file: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(`${file ?? '<input>'}: ${oneLine(reason)} (${code})`, options);
  }
}

export function isPlanError(error: unknown): error is PlanError {
  return error instanceof PlanError;
}

/** A reason from anywhere (a library's error message, a file name) made one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
