/**
 * How pdf.js is asked to open a document: text only, no font faces, no system fonts, no eval, no
 * range or stream fetching, no console output. A module of its own, importing nothing, so that the
 * bench's bare pdf.js baseline opens files exactly this way without loading any of our code.
 */
export const PDFJS_DOCUMENT_OPTIONS = {
  disableFontFace: true,
  useSystemFonts: false,
  isEvalSupported: false,
  disableAutoFetch: true,
  disableStream: true,
  verbosity: 0,
} as const;
