/**
 * `--ocr auto|off|force`, shared by extract, diff and validate, and the progress line a long OCR
 * run shows on stderr. OCR itself is the library's (`ReadOptions.ocr`).
 */
import type { OcrMode, ReadProgress } from '@plan-extract/core';
import { UsageError, type Io } from './io.js';

const MODES: readonly OcrMode[] = ['auto', 'off', 'force'];

/** `node:util` parseArgs definition of the flag. */
export const OCR_OPTIONS = {
  ocr: { type: 'string' },
} as const;

/** The OCR mode the flag sets; `auto` when absent. Throws UsageError for another value. */
export function parseOcrFlag(values: { ocr?: string | undefined }): OcrMode {
  const value = values.ocr ?? 'auto';
  if (!(MODES as readonly string[]).includes(value)) throw new UsageError(`--ocr takes ${MODES.join(', ')}, not '${value}'`);
  return value as OcrMode;
}

/**
 * Progress of OCR on stderr, for commands that read one or two files: a page takes seconds, so
 * each page is shown — redrawn in place on a terminal (and cleared at the end, leaving nothing),
 * and otherwise (CI logs) a line at most every few seconds once the run has lasted that long, so
 * that a short run still ends in its one line. Nothing is printed for files without scanned pages.
 */
export function createOcrProgress(io: Io, options: { intervalMs?: number; now?: () => number } = {}) {
  const intervalMs = options.intervalMs ?? 5000;
  const now = options.now ?? Date.now;
  let last = now();
  let shown = false;
  return {
    /** A `ReadOptions.onProgress` for `path`. */
    for(path: string): (progress: ReadProgress) => void {
      return ({ page, pages }) => {
        const line = `plan-extract: ${path}: OCR of page ${page} of ${pages}`;
        if (io.isTTY.stderr) {
          io.stderr(`\r\u001b[K${line}`);
          shown = true;
          return;
        }
        const at = now();
        if (at - last < intervalMs) return;
        last = at;
        io.stderr(`${line}\n`);
      };
    },
    /** Clears the line on a terminal. */
    end(): void {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
    },
  };
}
