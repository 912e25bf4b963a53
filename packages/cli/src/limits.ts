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

/** The limits the flags set; throws UsageError for a value that is not a positive number. */
export function parseLimitFlags(values: { 'max-bytes'?: string | undefined; 'max-pages'?: string | undefined; timeout?: string | undefined }, lang: Lang = DEFAULT_LANG): Partial<Limits> {
  const limits: Partial<Limits> = {};
  if (values['max-bytes'] !== undefined) {
    const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/i.exec(values['max-bytes'].trim());
    const bytes = match ? Math.floor(Number(match[1]) * (UNITS[(match[2] ?? '').toLowerCase()] ?? 1)) : NaN;
    if (!(bytes >= 1)) throw new UsageError(t(lang, 'cli:bad-max-bytes', { value: values['max-bytes'] }));
    limits.maxBytes = bytes;
  }
  if (values['max-pages'] !== undefined) {
    const pages = Number(values['max-pages']);
    if (!Number.isInteger(pages) || pages < 1 || values['max-pages'].trim() === '') throw new UsageError(t(lang, 'cli:bad-max-pages', { value: values['max-pages'] }));
    limits.maxPages = pages;
  }
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!(seconds > 0) || !Number.isFinite(seconds) || values.timeout.trim() === '') throw new UsageError(t(lang, 'cli:bad-timeout', { value: values.timeout }));
    limits.timeoutMs = seconds * 1000;
  }
  return limits;
}
