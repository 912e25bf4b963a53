import { spanIn, type ExtractContext } from './context.js';
import type { Grounded } from '../schema.js';
import type { Line } from '../segment/lines.js';

export type { Line } from '../segment/lines.js';

/** Every printed line, in reading order (table cells row by row): read once with the anatomy. */
export function linesOf(ctx: ExtractContext): Line[] {
  return ctx.lines;
}

/** Line breaks inside a value read as spaces: a value wrapped over two printed lines is one value. */
export function flat(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/g, ' ');
}

/** Emphasis and quotes around a value: `“*...*”`, `**...**`, `"..."`. */
export const EMPHASIS = '“”"\'*_‘’';

/**
 * Ground `[start, end)` of the document text as a value: `strip` characters and white space
 * are trimmed from both ends (so the span sits on the words), and line breaks read as spaces.
 */
export function ground(ctx: ExtractContext, start: number, end: number, strip = ''): Grounded {
  const text = ctx.doc.text;
  const skip = (ch: string | undefined) => ch !== undefined && (/\s/.test(ch) || strip.includes(ch));
  while (start < end && skip(text[start])) start++;
  while (end > start && skip(text[end - 1])) end--;
  return { text: flat(text.slice(start, end)), span: spanIn(ctx, start, end) };
}

/** The text of a line without markdown-style emphasis around it (`**KT. CHỦ TỊCH`). */
export function bare(line: Line): { text: string; start: number; end: number } {
  let start = line.start;
  let end = line.end;
  const full = line.block.text;
  const base = line.block.span.start;
  const skip = (ch: string | undefined) => ch !== undefined && (/\s/.test(ch) || ch === '*' || ch === '_');
  while (start < end && skip(full[start - base])) start++;
  while (end > start && skip(full[end - 1 - base])) end--;
  return { text: full.slice(start - base, end - base), start, end };
}

/** The printed lines inside `[start, end)`, in order (a zone's lines). */
export function linesIn(ctx: ExtractContext, start: number, end: number): Line[] {
  return ctx.lines.filter((l) => l.end > start && l.start < end);
}

/** Lower case without any diacritics, đ as d: "THÔNG DIỆP" and "Thông điệp" both read "thong diep". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
