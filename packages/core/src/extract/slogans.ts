import type { Grounded } from '../schema.js';
import { parseMarker } from '../segment/markers.js';
import { sectionBlocks, walkSections, type Section } from '../segment/sections.js';
import type { ExtractContext } from './context.js';
import { EMPHASIS, fold, ground } from './lines.js';

// "III. THÔNG DIỆP, KHẨU HIỆU TRUYỀN THÔNG", "4. Khẩu hiệu truyền thông" — but not
// "II. CHỦ ĐỀ, ..., KHẨU HIỆU TRUYỀN THÔNG VÀ BỘ NHẬN DIỆN", which only contains that section.
// Matched without diacritics: ha-lang prints "THÔNG DIỆP" (D for Đ).
const SLOGAN_SECTION = /^(?:cac\s+)?(?:thong diep|khau hieu)/u;

/** The section listing the slogans, or null. */
export function sloganSection(root: Section): Section | null {
  for (const s of walkSections(root)) if (SLOGAN_SECTION.test(fold(s.title))) return s;
  return null;
}

/**
 * One slogan per item of the slogans section, whatever its marker (lists mix dashes and
 * numbers: ha-lang has three dashes, then 4.–12.), without the marker, quotes and the
 * closing `;` or `.`. A line without a marker continues the slogan above it (a hard wrap).
 */
export function extractSlogans(ctx: ExtractContext): Grounded[] {
  const section = sloganSection(ctx.root);
  if (!section) return [];
  const items: Array<{ start: number; end: number }> = [];
  for (const block of sectionBlocks(section)) {
    for (const [offset, line] of splitLines(block.text, block.span.start)) {
      if (line.trim() === '') continue;
      const marker = parseMarker(line.trimStart());
      const lead = line.length - line.trimStart().length;
      if (marker) {
        const at = offset + lead + marker.text.length;
        items.push({ start: at, end: offset + line.length });
      } else if (items.length > 0) {
        (items[items.length - 1] as { end: number }).end = offset + line.length;
      } else {
        items.push({ start: offset, end: offset + line.length });
      }
    }
  }
  return items.map((r) => ground(ctx, r.start, r.end, `${EMPHASIS};.`)).filter((g) => g.text !== '');
}

function* splitLines(text: string, base: number): Generator<[number, string]> {
  let at = base;
  for (const part of text.split('\n')) {
    yield [at, part];
    at += part.length + 1;
  }
}
