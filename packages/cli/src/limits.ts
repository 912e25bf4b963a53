/**
 * The safety-limit flags shared by extract, diff and validate: `--max-bytes`, `--max-pages`,
 * `--timeout <seconds>`. Absent flags keep the library's defaults (`DEFAULT_LIMITS`).
 */
import type { Limits } from '@plan-extract/core';
import { DEFAULT_LANG, t, type Lang } from '@plan-extract/core/messages';
import { UsageError } from './io.js';

/** `node:util` parseArgs definitions of the limit flags. */
export const LIMIT_OPTIONS = {
  'max-bytes': { type: 'string' },
  'max-pages': { type: 'string' },
  timeout: { type: 'string' },
} as const;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/**
 * The range of `--timeout`, in seconds. Beyond a day no document is still being read, and past
 * 2^31 − 1 ms (24.8 days) Node's timers fire at once ("4294968" and "1e308" aborted the batch).
 */
export const TIMEOUT_SECONDS = { min: 0.001, max: 86_400 } as const;

/** The limits the flags set; throws UsageError for a value that is not a positive number. */
export function parseLimitFlags(values: { 'max-bytes'?: string | undefined; 'max-pages'?: string | undefined; timeout?: string | undefined }, lang: Lang = DEFAULT_LANG): Partial<Limits> {
  const limits: Partial<Limits> = {};
  if (values['max-bytes'] !== undefined) {
    const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(values['max-bytes'].trim());
    const bytes = match ? Math.floor(Number(match[1]) * (UNITS[(match[2] ?? '').toLowerCase()] ?? 1)) : NaN;
    if (!(bytes >= 1 && bytes <= Number.MAX_SAFE_INTEGER)) throw new UsageError(t(lang, 'cli:bad-max-bytes', { value: values['max-bytes'] }));
    limits.maxBytes = bytes;
  }
  if (values['max-pages'] !== undefined) {
    const pages = Number(values['max-pages']);
    if (!Number.isSafeInteger(pages) || pages < 1 || values['max-pages'].trim() === '') throw new UsageError(t(lang, 'cli:bad-max-pages', { value: values['max-pages'] }));
    limits.maxPages = pages;
  }
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!(seconds >= TIMEOUT_SECONDS.min && seconds <= TIMEOUT_SECONDS.max) || values.timeout.trim() === '') {
      throw new UsageError(t(lang, 'cli:bad-timeout', { value: values.timeout, ...TIMEOUT_SECONDS }));
    }
    // Whole milliseconds: timers and AbortSignal.timeout refuse fractions ("1.0005" aborted the batch).
    limits.timeoutMs = Math.ceil(seconds * 1000);
  }
  return limits;
}
