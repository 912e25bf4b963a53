import type { Grounded } from '../schema.js';
import { parseMarker } from '../segment/markers.js';
import type { ExtractContext, Extractor } from './context.js';
import { bare, frontLines, ground, type Line } from './lines.js';

// The type name printed above the summary: "KẾ HOẠCH" (also in other tone styles / spacing).
const TYPE_NAME = /^K[ẾÊ]\s*HO[ẠA]CH\b\s*/u;
// Where the summary ends: the introduction, or the body.
const INTRO = /^(?:Thực hiện|Căn cứ|Triển khai thực hiện Kế hoạch số|Theo)\s/u;
const MAX_TITLE_LINES = 4;

/** The line holding the type name `KẾ HOẠCH`, or null. */
export function typeNameLine(ctx: ExtractContext): { index: number; line: Line } | null {
  const lines = frontLines(ctx);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = bare(line).text;
    // All capitals: "Kế hoạch số ..." in the introduction is not the type name.
    if (TYPE_NAME.test(text) && !/\p{Ll}/u.test(text.slice(0, 8))) return { index: i, line };
  }
  return null;
}

/** The summary line(s) after `KẾ HOẠCH`, joined by a space; null when the plan prints no type name. */
export const extractTitle: Extractor<Grounded | null> = (ctx: ExtractContext) => {
  const found = typeNameLine(ctx);
  if (!found) return null;
  const lines = frontLines(ctx);
  let start = -1;
  let end = -1;
  // "KẾ HOẠCH Triển khai ..." on one line (a PDF that merged them).
  const head = bare(found.line);
  const rest = head.text.replace(TYPE_NAME, '');
  if (rest.length > 0 && /\p{Ll}/u.test(rest)) {
    start = head.end - rest.length;
    end = head.end;
  }
  for (let i = found.index + 1, taken = 0; i < lines.length && taken < MAX_TITLE_LINES; i++) {
    const line = lines[i] as Line;
    const text = bare(line);
    if (text.text === '') continue;
    if (INTRO.test(text.text) || parseMarker(text.text) !== null) break;
    // A rule under the title ("_______") closes it.
    if (!/[\p{L}\d]/u.test(text.text)) break;
    if (start < 0) start = text.start;
    end = text.end;
    taken++;
  }
  return start < 0 ? null : ground(ctx, start, end);
};
