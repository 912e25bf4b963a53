import { compareKey } from '../normalize/index.js';
import type { Issuer, Span } from '../schema.js';
import type { ExtractContext } from './context.js';
import { spanIn } from './context.js';
import { COMMITTEE, NAME, UNIT, bare, flat, frontLines, levelOf, linesOf, localityName, titleCase, type Line } from './lines.js';

const COMMITTEE_KEY = compareKey('Ủy ban nhân dân');
//   "HUYỆN HẠ LANG"   "PHƯỜNG BẮC KẠN"   "TỈNH CAO BẰNG" (stops before the motto: "CỘNG HÒA", "Độc lập")
const HEADER_UNIT = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)\s+((?:(?!CỘNG\b)[\p{Lu}\d]+)(?:\s+(?!CỘNG\b)[\p{Lu}\d]+)*)(?![\p{Ll}])/u;
//   "Ủy ban nhân dân (UBND) huyện Hạ Lang ban hành"   "UBND phường Bắc Kạn xây dựng"   "UBND huyện ban hành"
const OWN = new RegExp(`(?<!của\\s+)(?:${COMMITTEE})(?:\\s*\\(UBND\\))?\\s+(${UNIT})(?![\\p{L}])(?:\\s+(${NAME}))?\\s+(?:ban hành|xây dựng|triển khai|lập)\\s`, 'u');
//   "trên địa bàn huyện Hạ Lang", "Trên địa bàn phường 1, thị xã Quảng Trị"
const SCOPE = new RegExp(`[Tt]rên địa bàn\\s+(${UNIT})\\s+(${NAME})`, 'gu');

interface Found {
  unit: string;
  name: string | null;
  start: number;
  end: number;
}

/** "ỦY BAN NHÂN DÂN" above "HUYỆN HẠ LANG" in the header (one line or two). */
function fromHeader(lines: Line[]): Found | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = bare(line);
    const key = compareKey(text.text);
    if (!key.startsWith(COMMITTEE_KEY) && !key.startsWith('ubnd')) continue;
    // The unit may follow on the same line ("ỦY BAN NHÂN DÂN HUYỆN HẠ LANG") or the next lines.
    const sameLine = text.text.replace(/^(?:\S+\s+){4}|^UBND\s+/u, '');
    const candidates: Array<{ text: string; start: number }> = [{ text: sameLine, start: text.end - sameLine.length }];
    for (const next of lines.slice(i + 1, i + 4)) {
      const b = bare(next);
      candidates.push({ text: b.text, start: b.start });
    }
    for (const c of candidates) {
      const m = HEADER_UNIT.exec(c.text);
      if (m) return { unit: m[1] ?? '', name: titleCase(m[2] ?? ''), start: text.start, end: c.start + m[0].length };
    }
  }
  return null;
}

function fromText(regex: RegExp, lines: Line[], ctx: ExtractContext, unit?: string): Found | null {
  const base = lines[0]?.start ?? 0;
  const last = lines[lines.length - 1];
  if (!last) return null;
  const text = ctx.doc.text.slice(base, last.end);
  const global = new RegExp(regex.source, regex.flags.includes('g') ? regex.flags : `${regex.flags}g`);
  for (const m of text.matchAll(global)) {
    const u = m[1] ?? '';
    if (unit && u.toLowerCase() !== unit.toLowerCase()) continue;
    const name = m[2] ? flat(m[2]) : null;
    const start = base + (m.index ?? 0);
    return { unit: u, name, start, end: start + m[0].trimEnd().length };
  }
  return null;
}

/**
 * The issuing body. From the header ("ỦY BAN NHÂN DÂN / HUYỆN HẠ LANG"); a text without the
 * header lines is read from the introduction ("UBND huyện Hạ Lang ban hành") and, for the name,
 * the title or scope ("trên địa bàn huyện Hạ Lang"), so every format of a plan agrees.
 * The name is written out in full: "Ủy ban nhân dân huyện Hạ Lang".
 */
export function extractIssuer(ctx: ExtractContext): Issuer | null {
  const front = frontLines(ctx);
  let found = fromHeader(front);
  let span: Span | null = null;
  if (found) span = spanIn(ctx, found.start, found.end);
  if (!found) {
    found = fromText(OWN, front, ctx);
    if (found) span = spanIn(ctx, found.start, found.end);
    if (found && found.name === null) {
      // "UBND huyện ban hành": the name is in the title or the scope of the plan.
      const scope = fromText(SCOPE, front, ctx, found.unit) ?? fromText(SCOPE, linesOf(ctx), ctx, found.unit);
      if (scope) {
        found = { ...found, name: scope.name };
        span = spanIn(ctx, scope.start, scope.end);
      }
    }
  }
  if (!found) {
    const scope = fromText(SCOPE, front, ctx);
    if (scope) {
      found = scope;
      span = spanIn(ctx, scope.start, scope.end);
    }
  }
  if (!found) return null;
  const unit = found.unit.toLocaleLowerCase('vi');
  const locality = found.name ? localityName(unit, found.name) : null;
  const name = found.name ? `Ủy ban nhân dân ${unit} ${flat(found.name)}` : `Ủy ban nhân dân ${unit}`;
  return { name, level: levelOf(unit, locality), locality, span };
}
