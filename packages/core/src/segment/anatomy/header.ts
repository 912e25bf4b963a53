/**
 * The header block (Nghị định 30/2020, Appendix I): issuing body (under its parent body, if any),
 * national motto, number and symbol, place and date — found by what each element says, not by
 * where it sits, because copies lay the two-column header out in many ways:
 *
 *   ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |      one table row per line (cells may be missing)
 *   ỦY\nBAN NHÂN DÂN\nTỈNH CÀ MAU\n-------\n|\nCỘNG\nHÒA ...    one cell at a time, words broken across lines
 *   ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ... XÃ PHÚ MẬU Độc lập ...   flattened into one line
 *   a DOCX or PDF table: cells are separate blocks
 *
 * Cells are cut at `|`, at rules ("-------", "***") and at table cells. Within a cell the motto,
 * the number and the place-and-date are matched across line breaks; what is left in capitals
 * before the number and the date is the issuing body.
 */
import { numberAt } from '../../citations/numbers.js';
import type { HeaderZones, Span, Zone } from '../../schema.js';
import type { Line } from '../lines.js';
import { foldSameLength, isRule } from './words.js';

interface Range {
  start: number;
  end: number;
}
interface Cell extends Range {
  pieces: Range[];
}
type ElementKind = 'motto' | 'mottoEnd' | 'number' | 'placeDate';
interface Element extends Range {
  kind: ElementKind;
}

// On folded text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (also "CỘNG HÕA", "CỘNG HOÀ"), the Party's motto line.
const MOTTO = /cong\s*hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam|dang\s+cong\s+san\s+viet\s+nam/gu;
// "Độc lập - Tự do - Hạnh phúc" (any dash).
const MOTTO_END = /doc\s+lap\s*[-–—]\s*tu\s+do\s*[-–—]\s*hanh\s+phuc/gu;
// "Số: 1420/KH-UBND", "Số:\n1312/KH-UBND", "Số: 36 /KH - UBND", at the start of a line: "... SỐ 64/QĐ-BGTVT"
// inside a title in capitals cites another document.
const NUMBER_WORD = /(?<=^|\n)[ \t]*S[ốỐ][ \t]*[:.]?\s*/gu;
// The date of issue, whole or with blanks, possibly over two lines: "ngày 23\ntháng 10 năm 2023",
// "ngày     tháng 4 năm 2025", "ngày 16/5/2025", split years "năm 20 24".
const BLANK = '(?:\\d{1,2}|\\.{2,}|…+)?';
const ISSUE_DATE = new RegExp(
  `(?<![\\p{L}\\p{M}])[Nn]gày[ \\t\\n]*(?:${BLANK}[ \\t\\n]*[Tt]háng[ \\t\\n]*${BLANK}[ \\t\\n]*[Nn]ăm[ \\t\\n]*\\d{2}[ \\t]?\\d{2}|\\d{1,2}[ \\t]*([/.-])[ \\t]*\\d{1,2}[ \\t]*\\1[ \\t]*\\d{4})(?!\\d)`,
  'gu',
);
// The place before the date: capitalised words (a ward may be a number; "Thành phố Hồ Chí Minh"), the comma,
// at most one line break inside ("Cà\nMau, ngày"). Anchored at the end of the text before the date. Words are
// parted by at least one space or line break, so a word in capitals is never cut into many (exponential).
const PLACE_WORD = '(?:\\p{Lu}[\\p{L}\\p{M}.]*|\\d+)';
const PLACE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}\\d./\\-])(${PLACE_WORD}(?:(?:[ \\t]+\\n?|\\n)[ \\t]*(?:${PLACE_WORD}|phố|xã|trấn|khu)){0,6})[ \\t]*\\n?[ \\t]*,[ \\t\\n]*$`,
  'u',
);

// Where a body's name begins (folded): "ỦY BAN NHÂN DÂN", "UBND", "BỘ Y TẾ", "SỞ ...", "BAN CHẤP HÀNH ...", "TỈNH ỦY"...
const BODY_HEAD = /^(?:uy\s+ban|ubnd|hdnd|hoi\s+dong|bo\s|so\s|ban\s|doan\s|dang\s|(?:tinh|thanh|huyen|quan|thi)\s*uy|tong\s+cuc|cuc\s|chi\s+cuc|trung\s+tam|phong\s|van\s+phong|truong\s|benh\s+vien|cong\s+an|mat\s+tran|hoi\s|thuong\s+truc)/u;
// A body that stands under a parent printed above it: "UBND TỈNH CAO BẰNG" / "SỞ Y TẾ".
// "ĐẢNG BỘ TỈNH CAO BẰNG" / "TỈNH ỦY": a Party committee under its Party organisation.
const SUBORDINATE_HEAD = /^(?:so|phong|ban(?!\s+nhan\s+dan)|trung\s+tam|chi\s+cuc|cuc|van\s+phong|truong|benh\s+vien|doan|hoi\s+dong(?!\s+nhan\s+dan)|(?:tinh|thanh|huyen|quan|thi|dang)\s*uy|cong\s+an)(?:\s|$)/u;
// A parent complete in itself: a committee or council with its unit and name, a ministry, a Party committee or organisation.
const COMPLETE_BODY = /^(?:(?:uy\s+ban\s+nhan\s+dan|ubnd|hoi\s+dong\s+nhan\s+dan|hdnd)\s+(?:tinh|thanh\s+pho|huyen|quan|thi\s+xa|thi\s+tran|xa|phuong|dac\s+khu)\s+\S|bo\s+\S|(?:tinh|thanh|huyen|quan|dang)\s*uy|dang\s+bo\s+\S|tong\s+cuc\s+\S)/u;

/** Table-like cells of the front lines, up to `limit` (an offset). */
function cellsOf(text: string, lines: readonly Line[], limit: number): Cell[] {
  const cells: Cell[] = [];
  let boundary = true;
  for (const line of lines) {
    if (line.start >= limit) break;
    if (line.cellStart) boundary = true;
    let at = 0;
    const parts = line.text.split('|');
    for (let k = 0; k < parts.length; k++) {
      const part = parts[k] as string;
      if (k > 0) boundary = true;
      const lead = part.length - part.trimStart().length;
      const start = line.start + at + lead;
      const end = Math.min(line.start + at + part.trimEnd().length, limit);
      at += part.length + 1;
      if (end <= start) continue;
      if (isRule(text.slice(start, end))) {
        boundary = true;
        continue;
      }
      const last = cells[cells.length - 1];
      if (boundary || !last) cells.push({ start, end, pieces: [{ start, end }] });
      else {
        last.end = end;
        last.pieces.push({ start, end });
      }
      boundary = false;
    }
    if (line.end >= limit) break;
  }
  return cells;
}

/** Motto lines, the number, the place and date within one cell, as absolute ranges. */
function elementsOf(text: string, cell: Cell): Element[] {
  const j = text.slice(cell.start, cell.end);
  const folded = foldSameLength(j);
  const out: Element[] = [];
  for (const m of folded.matchAll(MOTTO)) out.push({ kind: 'motto', start: cell.start + m.index, end: cell.start + m.index + m[0].length });
  for (const m of folded.matchAll(MOTTO_END)) out.push({ kind: 'mottoEnd', start: cell.start + m.index, end: cell.start + m.index + m[0].length });
  for (const m of j.matchAll(NUMBER_WORD)) {
    const n = numberAt(j, m.index + m[0].length, true);
    if (n) out.push({ kind: 'number', start: cell.start + m.index, end: cell.start + n.end });
  }
  // A place never takes in another element's words ("VIỆT NAM\nCao Bằng, ngày"): the place starts after the last
  // motto or number that ends before its date (one pass over both, in order).
  const others = [...out].sort((a, b) => a.end - b.end);
  let k = 0;
  let lastEnd = -1;
  for (const m of j.matchAll(ISSUE_DATE)) {
    while (k < others.length && (others[k] as Element).end - cell.start <= m.index) lastEnd = Math.max(lastEnd, (others[k++] as Element).end - cell.start);
    const before = j.slice(Math.max(0, m.index - 80), m.index);
    const place = PLACE_BEFORE.exec(before);
    let start = m.index;
    if (place) {
      start = Math.max(m.index - before.length + (place.index ?? 0), lastEnd);
      while (start < m.index && /\s/u.test(j[start] ?? '')) start++;
    }
    out.push({ kind: 'placeDate', start: cell.start + start, end: cell.start + m.index + m[0].length });
  }
  return out;
}

/** The parts of `pieces` no element covers, trimmed, in order. */
function leftovers(text: string, pieces: readonly Range[], elements: readonly Element[]): Range[] {
  const out: Range[] = [];
  for (const piece of pieces) {
    let from = piece.start;
    const cuts = elements.filter((e) => e.end > piece.start && e.start < piece.end).sort((a, b) => a.start - b.start);
    for (const cut of [...cuts, { start: piece.end, end: piece.end }]) {
      let s = from;
      let e = Math.min(cut.start, piece.end);
      while (s < e && /[\s,;:.]/u.test(text[s] ?? '')) s++;
      while (e > s && /[\s,;:]/u.test(text[e - 1] ?? '')) e--;
      if (e > s && /\p{L}/u.test(text.slice(s, e))) out.push({ start: s, end: e });
      from = Math.max(from, cut.end);
    }
  }
  return out;
}

const isCapitals = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);

/** A span over a range, its page looked up. */
export function spanOf(range: Range, page: (at: number) => number | null): Span {
  return { start: range.start, end: range.end, page: page(range.start) };
}

/** A zone over its pieces: the span from the first to the last, and each piece; null for none. */
export function zoneOf(ranges: readonly Range[], page: (at: number) => number | null): Zone | null {
  const first = ranges[0];
  const last = ranges[ranges.length - 1];
  if (!first || !last) return null;
  return { span: spanOf({ start: first.start, end: last.end }, page), pieces: ranges.map((r) => spanOf(r, page)) };
}

/** The header found before `limit`, and where it ends; null when the text has none. */
export function findHeader(text: string, lines: readonly Line[], limit: number, page: (at: number) => number | null): { zones: HeaderZones; end: number } | null {
  const cells = cellsOf(text, lines, limit);
  const elements: Element[] = [];
  const pieces: Range[] = [];
  for (const cell of cells) {
    elements.push(...elementsOf(text, cell));
    pieces.push(...cell.pieces);
  }
  elements.sort((a, b) => a.start - b.start);
  const numbers = elements.filter((e) => e.kind === 'number');
  const dates = elements.filter((e) => e.kind === 'placeDate');
  const mottos = elements.filter((e) => e.kind === 'motto' || e.kind === 'mottoEnd');
  // The issuing body is printed before the number and the date, and before the motto's second line ends.
  const anchors = [numbers[0]?.start, dates[0]?.start, mottos.find((e) => e.kind === 'mottoEnd')?.end].filter((x): x is number => x !== undefined);
  const runLimit = anchors.length > 0 ? Math.min(...anchors) : limit;
  const candidates = leftovers(text, pieces, elements).filter((r) => r.start < runLimit && isCapitals(text.slice(r.start, r.end)));
  let run: Range[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const rest = candidates.slice(i);
    if (BODY_HEAD.test(foldSameLength(rest.map((r) => text.slice(r.start, r.end)).join(' ')))) {
      run = rest;
      break;
    }
  }
  let parent: Range[] = [];
  for (let k = 1; k < run.length; k++) {
    const head = foldSameLength(text.slice((run[k] as Range).start, (run[k] as Range).end));
    const above = foldSameLength(run.slice(0, k).map((r) => text.slice(r.start, r.end)).join(' '));
    if (SUBORDINATE_HEAD.test(head) && COMPLETE_BODY.test(above)) {
      parent = run.slice(0, k);
      run = run.slice(k);
      break;
    }
  }
  const number = numbers[0] ?? null;
  const date = dates[0] ?? null;
  const all: Range[] = [...parent, ...run, ...mottos, ...(number ? [number] : []), ...(date ? [date] : [])];
  if (all.length === 0) return null;
  const start = Math.min(...all.map((r) => r.start));
  const end = Math.max(...all.map((r) => r.end));
  return {
    zones: {
      span: spanOf({ start, end }, page),
      parent: zoneOf(parent, page),
      issuer: zoneOf(run, page),
      motto: zoneOf(mottos, page),
      number: number ? zoneOf([number], page) : null,
      placeDate: date ? zoneOf([date], page) : null,
    },
    end,
  };
}
