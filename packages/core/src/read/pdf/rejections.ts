/**
 * pdf.js sometimes leaves a promise of its own rejected and unhandled: reading a damaged PDF, it
 * prefetches page objects (`Catalog.getPageDict` caches `xref.fetchAsync` promises) and, once the
 * first page fails, never awaits the others. Unhandled, such a rejection ends the process (Node's
 * default), or the worker thread reading the document. While a PDF is read (and a second after),
 * a listener swallows rejections that are pdf.js's own exceptions; any other reason is left as
 * it would be: when no one else listens, it is thrown again, as Node would.
 */

/** pdf.js's exception classes, by name (it does not export them all); the stack tells them from a host's own `FormatError`. */
const PDFJS_EXCEPTIONS = new Set(['XRefEntryException', 'XRefParseException', 'FormatError', 'InvalidPDFException', 'MissingPDFException', 'UnknownErrorException', 'PasswordException', 'AbortException', 'ResponseException']);

function isPdfJsException(reason: unknown): boolean {
  const error = reason as { name?: unknown; stack?: unknown } | null;
  return typeof error?.name === 'string' && PDFJS_EXCEPTIONS.has(error.name) && typeof error.stack === 'string' && error.stack.includes('pdfjs-dist');
}

function onUnhandled(reason: unknown): void {
  if (isPdfJsException(reason)) return;
  if (process.listenerCount('unhandledRejection') === 1) throw reason;
}

let reading = 0;

/** Listen while a PDF is read; the returned function stops listening a second after the read. */
export function catchStrayRejections(): () => void {
  if (reading++ === 0) process.on('unhandledRejection', onUnhandled);
  return () => {
    setTimeout(() => {
      if (--reading === 0) process.off('unhandledRejection', onUnhandled);
    }, 1000).unref();
  };
}
