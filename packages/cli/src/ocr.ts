/**
 * The progress line a long OCR run shows on stderr. OCR itself is the library's (`ReadOptions.ocr`);
 * `--ocr auto|off|force` is declared with the other options (options.ts).
 */
import { DEFAULT_LANG, t, type Lang, type ReadProgress } from '@plan-extract/core';
import type { Io } from './io.js';
import { terminalLine } from './formatters/escape.js';

/**
 * Progress of OCR on stderr, for commands that read one or two files: a page takes seconds, so
 * each page is shown — redrawn in place on a terminal (and cleared at the end, leaving nothing),
 * and otherwise (CI logs) a line at most every few seconds once the run has lasted that long, so
 * that a short run still ends in its one line. Nothing is printed for files without scanned pages.
 */
export function createOcrProgress(io: Io, options: { intervalMs?: number; now?: () => number; lang?: Lang } = {}) {
  const intervalMs = options.intervalMs ?? 5000;
  const now = options.now ?? Date.now;
  const lang = options.lang ?? DEFAULT_LANG;
  let last = now();
  let shown = false;
  return {
    /** A `ReadOptions.onProgress` for `path`. */
    for(path: string): (progress: ReadProgress) => void {
      return ({ page, pages }) => {
        const line = `plan-extract: ${terminalLine(t(lang, 'cli:ocr-page', { path, page, pages }))}`;
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
