import type { Line } from '../../../packages/core/src/read/pdf/lines.js';

/** A 13 pt line on page 1 from its segments `[x0, x1, text]`; first words are taken as 20 pt wide. */
export const lineOf = (y: number, ...segments: [number, number, string][]): Line => ({
  page: 1,
  y,
  size: 13,
  x0: segments[0]?.[0] ?? 0,
  x1: segments[segments.length - 1]?.[1] ?? 0,
  segments: segments.map(([x0, x1, text], i) => ({ x0, x1, text, gap: i === 0 ? 0 : (x0 - (segments[i - 1]?.[1] ?? x0)) / 13 })),
  text: segments.map((s) => s[2]).join(' '),
  firstWordWidth: 20,
});

/** The value without `span` keys, at any depth: offsets differ between formats. */
export function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'span').map(([k, v]) => [k, withoutSpans(v)]));
  return value;
}
