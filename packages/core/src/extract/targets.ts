/**
 * Targets of annual plans: the items of `Mục tiêu, chỉ tiêu` with the percentages they state
 * ("5. Phấn đấu 95% cơ sở y tế cấp xã ...; 80% nhân viên y tế ..." → percents [95, 80]).
 * One target per numbered (or dashed) item; an unmarked paragraph under a numbered item belongs
 * to it ("6. 100% các xã ..." / "Phấn đấu 80% các hộ gia đình ..."). Items that state no
 * percentage are targets too, with `percents: []`.
 */
import type { Target } from '../schema.js';
import { walkSections, type Section } from '../segment/sections.js';
import type { TextBlock } from '../model.js';
import type { ExtractContext, Extractor } from './context.js';
import { groundRange, groupItems } from './items.js';

const TARGETS = /^(?:mục tiêu|chỉ tiêu)/iu;

//   "100%"  "trên 90%"  "≥ 85%"  "2,5%"  "2.5 %"
const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/gu;
const GROUP_NUMBER = 1;

/** The percentages a text states, in order, as numbers (decimal comma read as a point). */
export function parsePercents(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const value = Number((m[GROUP_NUMBER] ?? '').replace(',', '.'));
    if (Number.isFinite(value)) out.push(value);
  }
  return out;
}

/** The targets section: the first whose title opens with "Mục tiêu" or "Chỉ tiêu". */
export function targetsSection(root: Section): Section | null {
  for (const s of walkSections(root)) if (TARGETS.test(s.title)) return s;
  return null;
}

function target(ctx: ExtractContext, start: number, end: number): Target | null {
  const grounded = groundRange(ctx, start, end);
  if (!grounded) return null;
  return { text: grounded.text, percents: parsePercents(grounded.text), span: grounded.span };
}

/** Every target of the plan, in document order; [] when the plan has no targets section. */
export const extractTargets: Extractor<Target[]> = (ctx) => {
  const section = targetsSection(ctx.root);
  if (!section) return [];
  const out: Target[] = [];

  const fromBlocks = (blocks: readonly TextBlock[]) => {
    for (const item of groupItems(blocks)) {
      const t = target(ctx, item.start, item.end);
      // An introduction ("Phấn đấu đến hết năm 2025:") announces targets; it is not one.
      if (t && !(t.percents.length === 0 && t.text.endsWith(':'))) out.push(t);
    }
  };

  const visit = (s: Section) => {
    const heading = s.heading as TextBlock;
    const marker = s.marker?.text ?? '';
    // Unmarked paragraphs straight under the heading continue it; marked ones are targets of their own.
    const firstMarked = s.blocks.findIndex((b) => b.marker !== null);
    const joined = firstMarked < 0 ? s.blocks : s.blocks.slice(0, firstMarked);
    const rest = firstMarked < 0 ? [] : s.blocks.slice(firstMarked);
    const lead = heading.text.length - heading.text.slice(marker.length).trimStart().length;
    const end = joined.length > 0 ? (joined[joined.length - 1] as TextBlock).span.end : heading.span.end;
    const own = target(ctx, heading.span.start + lead, end);
    // A title over sub-items ("1. Mục tiêu chung") is no target unless it states a figure.
    const isTitle = (rest.length > 0 || s.children.length > 0) && own !== null && own.percents.length === 0 && joined.length === 0;
    const isIntro = own !== null && own.percents.length === 0 && own.text.endsWith(':');
    if (own && !isTitle && !isIntro) out.push(own);
    fromBlocks(rest);
    for (const child of s.children) visit(child);
  };

  fromBlocks(section.blocks);
  for (const child of section.children) visit(child);
  return out.sort((a, b) => a.span.start - b.span.start);
};
