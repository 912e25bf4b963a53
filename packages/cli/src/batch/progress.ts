import { DEFAULT_LANG, t, type Lang, type ReadProgress } from '@plan-extract/core';
import type { Io } from '../io.js';
import { createOcrProgress } from '../ocr.js';
import { terminalLine } from '../formatters/escape.js';

/**
 * Progress on stderr for long batches: a bar redrawn in place on a terminal, a plain line
 * every few seconds otherwise (CI logs). Short batches print nothing, except pages being read by
 * OCR (seconds each): shown on the bar, or as lines of their own when there is no bar.
 */
export function createProgress(io: Io, total: number, options: { quiet: boolean; minFiles?: number; intervalMs?: number; lang?: Lang } = { quiet: false }) {
  const lang = options.lang ?? DEFAULT_LANG;
  const minFiles = options.minFiles ?? 20;
  const intervalMs = options.intervalMs ?? (io.isTTY.stderr ? 100 : 5000);
  const enabled = !options.quiet && total >= minFiles;
  const started = Date.now();
  let last = 0;
  let current = 0;
  let ocrNote = '';
  const ocrLines = createOcrProgress(io, { lang });
  const render = (done: number) => {
    const pct = Math.floor((done / total) * 100);
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    if (io.isTTY.stderr) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      // Erase to the end of the line: an OCR note may have made the last one longer.
      io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${t(lang, 'cli:progress-bar', { done, total, percent: pct, rate })}${ocrNote}${ocrNote ? '\u001b[K' : ''}`);
    } else {
      io.stderr(`plan-extract: ${t(lang, 'cli:progress-line', { done, total, percent: pct, rate })}\n`);
    }
  };
  return {
    update(done: number) {
      current = done;
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - last < intervalMs) return;
      last = now;
      render(done);
    },
    /** A page of `path` is about to be read by OCR. */
    ocrPage(path: string, progress: ReadProgress) {
      if (options.quiet) return;
      if (enabled && io.isTTY.stderr) {
        ocrNote = ` · ${terminalLine(t(lang, 'cli:ocr-page', { path, page: progress.page, pages: progress.pages }))}`;
        render(current);
        return;
      }
      ocrLines.for(path)(progress);
    },
    end() {
      ocrLines.end();
      if (enabled && io.isTTY.stderr) io.stderr('\n');
    },
  };
}
