// pdfjs-dist ships no types for its worker module; only its loading matters here (see ../pdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
