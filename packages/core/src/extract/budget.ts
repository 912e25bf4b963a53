import type { Budget } from '../schema.js';
import { sectionBlocks, walkSections } from '../segment/sections.js';
import type { ExtractContext } from './context.js';
import { fold, ground } from './lines.js';

// "IV. KINH PHÍ THỰC HIỆN", "III. KINH PHÍ", "IV. KINH PHÍ HOẠT ĐỘNG", "Kinh phí thực hiện".
const BUDGET_SECTION = /^kinh phi(?![\p{L}])/u;

/** Funding sources named in the budget section, as keys, in order of first mention. */
const SOURCES: Array<[string, RegExp]> = [
  ['state-budget', /ngân sách|dự toán|kinh phí được cấp/iu],
  ['socialization', /xã hội h[oó]a|xã hội hoá|ủng hộ|quỹ bảo trợ/iu],
  ['other-lawful', /hợp pháp khác/iu],
];

/**
 * The budget section (`Kinh phí ...`): its whole text (sub-headings included, lines joined by a
 * space) and the kinds of source it names: `state-budget`, `socialization`, `other-lawful`.
 */
export function extractBudget(ctx: ExtractContext): Budget | null {
  for (const s of walkSections(ctx.root)) {
    if (!BUDGET_SECTION.test(fold(s.title))) continue;
    const blocks = sectionBlocks(s);
    const first = blocks[0];
    const last = blocks[blocks.length - 1];
    if (!first || !last) continue;
    const g = ground(ctx, first.span.start, last.span.end);
    const sources = SOURCES.map(([key, re]) => ({ key, at: re.exec(g.text)?.index ?? -1 }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((x) => x.key);
    return { text: g.text, sources, span: g.span };
  }
  return null;
}
