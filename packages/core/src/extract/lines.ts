import type { TextBlock } from '../model.js';
import { textBlocks } from '../model.js';
import { parseMarker } from '../segment/markers.js';
import type { Grounded } from '../schema.js';
import { spanIn, type ExtractContext } from './context.js';
import { daysInMonth } from './dates/constants.js';

/**
 * Printed lines of the document: every text block split at its soft line breaks,
 * with absolute offsets. Header and signature extractors read lines rather than
 * blocks, because a DOCX cell holds "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" in one paragraph
 * where a text file has two.
 */
export interface Line {
  text: string;
  start: number;
  end: number;
  block: TextBlock;
  inTable: boolean;
}

const cache = new WeakMap<ExtractContext, { lines: Line[]; bodyStart: number }>();

function build(ctx: ExtractContext): { lines: Line[]; bodyStart: number } {
  const hit = cache.get(ctx);
  if (hit) return hit;
  const inTables = new Set<TextBlock>();
  for (const block of ctx.doc.blocks) if (block.type === 'table') for (const b of textBlocks([block])) inTables.add(b);
  const lines: Line[] = [];
  for (const block of textBlocks(ctx.doc.blocks)) {
    let at = block.span.start;
    for (const part of block.text.split('\n')) {
      lines.push({ text: part, start: at, end: at + part.length, block, inTable: inTables.has(block) });
      at += part.length + 1;
    }
  }
  // The body begins at the first `I.` / `Phần I` heading outside a table; before it sit the
  // header, the type name, the title and the introduction ("Thực hiện Kế hoạch số ...").
  let bodyStart = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const marker = line.inTable ? null : parseMarker(line.text);
    if (marker && (marker.kind === 'roman' || marker.kind === 'part')) {
      bodyStart = i;
      break;
    }
  }
  const value = { lines, bodyStart };
  cache.set(ctx, value);
  return value;
}

/** Every printed line, in reading order (table cells row by row). */
export function linesOf(ctx: ExtractContext): Line[] {
  return build(ctx).lines;
}

/** The lines before the body: header, type name, title, introduction. */
export function frontLines(ctx: ExtractContext): Line[] {
  const { lines, bodyStart } = build(ctx);
  return lines.slice(0, bodyStart);
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

/** Administrative units, as printed in running text: the unit word decides the level. */
export const UNIT = '[Tt]ỉnh|[Tt]hành phố|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Xx]ã|[Pp]hường|[Đđ]ặc khu';
/** A proper name: capitalised words or a number ("Hạ Lang", "Cao Bằng", "1"). */
export const NAME = '(?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)(?:[ \\t]*\\n?[ \\t]*(?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+))*';
/** "Ủy ban nhân dân" in both tone-mark styles, or "UBND". */
export const COMMITTEE = '(?:[Ủủ]y|[Uu]ỷ) ban nhân dân|UBND';

// Centrally-run cities: "thành phố" is a province for these, a district elsewhere (before 2025).
const CENTRAL_CITIES = new Set(['hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế']);

/** The level of an administrative unit word ("huyện" → district), with the locality for "thành phố". */
export function levelOf(unit: string, locality: string | null): 'province' | 'district' | 'commune' | null {
  const u = unit.toLowerCase().normalize('NFC');
  if (u === 'tỉnh') return 'province';
  if (u === 'thành phố') return locality && CENTRAL_CITIES.has(locality.toLowerCase()) ? 'province' : locality ? 'district' : null;
  if (u === 'huyện' || u === 'quận' || u === 'thị xã') return 'district';
  if (u === 'xã' || u === 'phường' || u === 'thị trấn' || u === 'đặc khu') return 'commune';
  return null;
}

/** "HẠ LANG" → "Hạ Lang". */
export function titleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => (w[0] ?? '').toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
}

/** A locality as a reader names it: "Hạ Lang"; a unit named by a number keeps its unit word ("Phường 1"). */
export function localityName(unit: string, name: string): string {
  const clean = flat(name).trim();
  return /^\d+$/.test(clean) ? `${titleCase(unit)} ${clean}` : clean;
}

/** "16/5/2025" → "2025-05-16", or null when the numbers are not a calendar date. */
export function numericDate(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (!Number.isInteger(d) || !Number.isInteger(m) || !Number.isInteger(y)) return null;
  if (m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Lower case without any diacritics, đ as d: "THÔNG DIỆP" and "Thông điệp" both read "thong diep". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}
