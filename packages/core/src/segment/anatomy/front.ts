/**
 * Type name, title and opening: what follows the header and precedes the body.
 *
 *   KẾ HOẠCH                                        the type name (or "QUYẾT ĐỊNH" when a decision carries the plan)
 *   Triển khai Tháng hành động vì trẻ em năm 2025   the title: one to a few lines, capitals or sentence case
 *   trên địa bàn huyện Hạ Lang
 *   Thực hiện Kế hoạch số 1420/KH-UBND ..., UBND    the opening: from its lead word ("Thực hiện", "Căn cứ",
 *   huyện Hạ Lang ban hành Kế hoạch ... như sau:     "Triển khai", "Trên cơ sở", "Theo"...) or a section of legal
 *   I. MỤC ĐÍCH, YÊU CẦU                            bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH") to the plan's own clause
 *                                                    ("... ban hành Kế hoạch ... như sau:"), else to the body.
 */
import { findCitations } from '../../citations/index.js';
import { parseMarker } from '../markers.js';
import type { Line } from '../lines.js';
import { OPENING_CLOSER, OWN_VERB, isBasisHeading, isRule, leadOf } from './words.js';

export interface Range {
  start: number;
  end: number;
}

// "KẾ HOẠCH" at the start of a cell, or right after the motto, a rule or the date on a flattened line.
const PLAN_TYPE = /(?:^|(?<=(?:[Hh][ạa]nh\s+[Pp]h[úu]c|\d{4}|[-_*]{3,})[ \t]+))K[ẾÊ][ \t]*HO[ẠA]CH(?![\p{L}\p{M}])/u;
// Other type names stand alone on their line ("QUYẾT ĐỊNH" above "V/v ban hành Kế hoạch ...").
const OTHER_TYPE = /^(?:QUYẾT ĐỊNH|CHỈ THỊ|THÔNG BÁO|CHƯƠNG TRÌNH|ĐỀ ÁN|PHƯƠNG ÁN|HƯỚNG DẪN|NGHỊ QUYẾT|CÔNG ĐIỆN)$/u;
// An authority line a decision prints under its title: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...", "ỦY BAN NHÂN DÂN TỈNH ...".
const AUTHORITY_LINE = /^(?:CHỦ TỊCH|BỘ TRƯỞNG|(?:ỦY|UỶ) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\s/u;
// A decision's (or resolution's) enacting words: its preamble ends, its articles begin.
const ENACTING = /^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ)\s*:$/u;
// A capital-letter section: "A. MỤC ĐÍCH, YÊU CẦU", "A . MỤC ĐÍCH".
const LETTER_SECTION = /^[A-ZĐ][ \t]?[.)][ \t]*\p{Lu}/u;
const MAX_TITLE_LINES = 8;
const MAX_TITLE_CHARS = 700;
// How far the front (header, type name, title) may reach before the opening or the body must have begun.
const MAX_FRONT_LINES = 120;

/** The line opens the opening: a lead word with a capital ("Thực hiện ...", "- Căn cứ ..."), not a wrapped "thực hiện". */
export function opensOpening(text: string): boolean {
  if (!leadOf(text)) return false;
  const word = text.replace(/^\s*(?:[-–+•]\s*|\d{1,2}[.)]\s+|[a-zđ]\)\s+)?/u, '');
  return /^\p{Lu}/u.test(word);
}

function markerOf(line: Line) {
  return line.inTable ? null : parseMarker(line.text);
}

function hasCitation(text: string): boolean {
  return findCitations(text).length > 0;
}

/**
 * The first line where the front ends: an opening lead, a section or list marker. A line that only looks
 * like an opening ("Triển khai Tháng hành động ...": no citation, no own clause, no closing stop) right
 * before one that opens it is a title printed without its type name.
 */
export function frontStop(lines: readonly Line[]): number {
  const max = Math.min(lines.length, MAX_FRONT_LINES);
  for (let i = 0; i < max; i++) {
    const line = lines[i] as Line;
    const marker = markerOf(line);
    if (marker && marker.kind !== 'bullet') return i;
    if (LETTER_SECTION.test(line.text)) return i;
    if (!opensOpening(line.text)) continue;
    const next = lines[i + 1];
    const titleLike = !hasCitation(line.text) && !OWN_VERB.test(line.text) && !/[.:;,]$/u.test(line.text.trim());
    if (titleLike && next && opensOpening(next.text)) continue;
    return i;
  }
  return max;
}

/** The type name before line `stop`: "KẾ HOẠCH" at a cell start or after the motto; null when the plan prints none. */
export function findTypeName(lines: readonly Line[], stop: number): { range: Range; line: number } | null {
  for (let i = 0; i < stop; i++) {
    const line = lines[i] as Line;
    let at = 0;
    for (const part of line.text.split('|')) {
      const lead = part.length - part.trimStart().length;
      const cell = part.trim();
      const m = PLAN_TYPE.exec(cell) ?? OTHER_TYPE.exec(cell);
      if (m) {
        const start = line.start + at + lead + m.index;
        return { range: { start, end: start + m[0].length }, line: i };
      }
      at += part.length + 1;
    }
  }
  return null;
}

// A title line in capitals, or one without letters ("2020 - 2025”" under a title in capitals).
const noSmallLetters = (t: string) => !/\p{Ll}/u.test(t);

/**
 * The title: from `start` (after the type name on its line, or the next line) over up to a few lines. It
 * ends at the opening, a section, a rule, a bracketed note ("(Ban hành kèm theo ...)"), a decision's
 * authority line, after a full stop, or where capitals give way to sentence case.
 */
export function findTitle(text: string, lines: readonly Line[], from: { line: number; offset: number }): { pieces: Range[]; end: number; cut: boolean } | null {
  const pieces: Range[] = [];
  let capitals: boolean | null = null;
  let chars = 0;
  let cut = false;
  for (let i = from.line; i < lines.length && pieces.length < MAX_TITLE_LINES; i++) {
    const line = lines[i] as Line;
    const begin = i === from.line ? Math.max(from.offset, line.start) : line.start;
    let raw = text.slice(begin, line.end).replace(/^[\s|]+/u, '');
    const start = line.end - raw.length;
    raw = raw.replace(/[\s|]+$/u, '');
    if (raw === '') continue;
    // The first line under the type name is the title even when it starts like an opening ("Triển khai Tháng hành
    // động ..."), unless it cites a document or is the plan's own clause ("Thực hiện Kế hoạch số ...").
    const opens = opensOpening(raw) && (pieces.length > 0 || hasCitation(raw) || OWN_VERB.test(raw));
    if (opens || (markerOf(line) !== null && i !== from.line) || LETTER_SECTION.test(raw) || isRule(raw) || raw.startsWith('(')) break;
    if (pieces.length > 0 && (AUTHORITY_LINE.test(raw) || OWN_VERB.test(raw))) break;
    const last = pieces[pieces.length - 1];
    if (last && /[.:;]$/u.test(text.slice(last.start, last.end))) break;
    let end = start + raw.length;
    const lineCapitals = noSmallLetters(raw);
    if (capitals === true && !lineCapitals) {
      // Capitals then sentence case on one line: the rest of a flattened line is the opening.
      break;
    }
    if (capitals === null && !lineCapitals && /^\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(raw)) {
      // "PHÒNG CHỐNG THIÊN TAI NĂM 2014 Căn cứ Luật ...": the title is the run of capitals.
      const words = raw.split(/(?<=\s)/u);
      let taken = 0;
      for (const w of words) {
        if (/\p{Ll}/u.test(w)) break;
        taken += w.length;
      }
      end = start + raw.slice(0, taken).trimEnd().length;
      pieces.push({ start, end });
      cut = true;
      break;
    }
    if (capitals === null) capitals = lineCapitals;
    pieces.push({ start, end });
    chars += raw.length;
    if (chars > MAX_TITLE_CHARS) break;
  }
  const last = pieces[pieces.length - 1];
  return last ? { pieces, end: last.end, cut } : null;
}

/**
 * The title of a plan that prints no type name: a few short lines between the header and what follows
 * (the opening or the body); with no header, only before an opening ("Thực hiện ..."), else nothing
 * says the first lines of a text are a title.
 */
export function untypedTitle(text: string, lines: readonly Line[], from: number, stop: number, afterHeader: boolean): { pieces: Range[]; end: number } | null {
  const next = lines[stop];
  if (!next || (!afterHeader && !opensOpening(next.text))) return null;
  const pieces: Range[] = [];
  for (let i = 0; i < stop; i++) {
    const line = lines[i] as Line;
    if (line.end <= from) continue;
    const start = Math.max(line.start, from);
    const raw = text.slice(start, line.end).replace(/^[\s|]+|[\s|]+$/gu, '');
    if (raw === '' || isRule(raw)) continue;
    // A title is short and ends without a full stop; narrative before the opening ("Sau 15 năm thực hiện ...") is not one.
    if (OWN_VERB.test(raw) || pieces.length >= 4 || raw.length > 300 || /[.:;]$/u.test(raw)) return null;
    const at = text.indexOf(raw, start);
    pieces.push({ start: at, end: at + raw.length });
  }
  const last = pieces[pieces.length - 1];
  return last ? { pieces, end: last.end } : null;
}

/**
 * The opening from `from` on, and where the body begins. Null opening when no lead word, no section
 * of bases and no own clause comes before the body.
 */
export function findOpening(text: string, lines: readonly Line[], from: number, limit: number): { opening: Range | null; bodyStart: number } {
  let first = -1;
  let body = -1;
  let basisSection = false;
  let cited = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.end <= from) continue;
    if (line.start >= limit) break;
    const own = first < 0 ? Math.max(line.start, from) : line.start;
    const raw = text.slice(own, line.end).trim();
    // What is left of a header row ("|") or a rule is not the opening.
    if (!/[\p{L}\p{N}]/u.test(raw) || isRule(raw)) continue;
    if (first < 0) first = i;
    const marker = markerOf(line);
    const heading = marker && (marker.kind === 'roman' || marker.kind === 'part');
    if (ENACTING.test(raw)) {
      body = i;
      break;
    }
    if (heading || LETTER_SECTION.test(raw)) {
      const title = marker ? raw.slice(marker.text.length) : raw;
      // "I. CĂN CỨ\nXÂY DỰNG KẾ HOẠCH": the bases are the opening; any other section begins the body.
      if (marker && isBasisHeading(title)) {
        basisSection = true;
        cited = true;
        continue;
      }
      body = i;
      break;
    }
    if (opensOpening(raw)) cited = true;
    if (marker && marker.kind === 'number' && !basisSection) {
      // A numbered list of bases without its heading ("1. Điều lệ ... ban hành kèm theo Thông tư số ...") is the
      // opening; "1. Mục tiêu chung" begins the body.
      if (hasCitation(raw)) {
        cited = true;
        continue;
      }
      body = i;
      break;
    }
  }
  let openStart = first < 0 ? limit : Math.max((lines[first] as Line).start, from);
  while (openStart < limit && /\s/u.test(text[openStart] ?? '')) openStart++;
  let bodyStart = body < 0 ? limit : (lines[body] as Line).start;
  const region = text.slice(openStart, bodyStart);
  // The plan's own clause closes the opening: "... UBND tỉnh ban hành Kế hoạch ... như sau:".
  const own = OWN_VERB.exec(region);
  let end = bodyStart;
  if (own) {
    cited = true;
    OPENING_CLOSER.lastIndex = own.index;
    const closer = OPENING_CLOSER.exec(region);
    if (closer) {
      end = openStart + closer.index + closer[0].length;
      bodyStart = end;
    }
  }
  if (!cited || first < 0) return { opening: null, bodyStart: openStart };
  while (end > openStart && /\s/u.test(text[end - 1] ?? '')) end--;
  return { opening: end > openStart ? { start: openStart, end } : null, bodyStart };
}
