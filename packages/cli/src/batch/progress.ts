import { DEFAULT_LANG, t, type Lang } from '@plan-extract/core';
import type { Io } from '../io.js';

/**
 * Progress on stderr for long batches: a bar redrawn in place on a terminal, a plain line
 * every few seconds otherwise (CI logs). Short batches print nothing.
 */
export function createProgress(io: Io, total: number, options: { quiet: boolean; minFiles?: number; intervalMs?: number; lang?: Lang } = { quiet: false }) {
  const lang = options.lang ?? DEFAULT_LANG;
  const minFiles = options.minFiles ?? 20;
  const intervalMs = options.intervalMs ?? (io.isTTY.stderr ? 100 : 5000);
  const enabled = !options.quiet && total >= minFiles;
  const started = Date.now();
  let last = 0;
  const render = (done: number) => {
    const pct = Math.floor((done / total) * 100);
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    if (io.isTTY.stderr) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${t(lang, 'cli:progress-bar', { done, total, percent: pct, rate })}`);
    } else {
      io.stderr(`plan-extract: ${t(lang, 'cli:progress-line', { done, total, percent: pct, rate })}\n`);
    }
  };
  return {
    update(done: number) {
      if (!enabled) return;
      const now = Date.now();
      if (done < total && now - last < intervalMs) return;
      last = now;
      render(done);
    },
    end() {
      if (enabled && io.isTTY.stderr) io.stderr('\n');
    },
  };
}
