import type { Grounded } from '../schema.js';
import type { ExtractContext } from './context.js';
import { frontLines, type Line } from './lines.js';

const YEAR = /năm\s+((?:19|20)\d{2})(?!\d)/gu;
const INTRO = /^\s*(?:Thực hiện|Căn cứ)\s/u;

/** The last "năm 2025" in a text, or null. */
function lastYear(text: string): number | null {
  let found: number | null = null;
  for (const m of text.matchAll(YEAR)) found = Number(m[1]);
  return found;
}

/** The introduction: from the first "Thực hiện ..." / "Căn cứ ..." line to the body. */
export function introLines(ctx: ExtractContext): Line[] {
  const lines = frontLines(ctx);
  const at = lines.findIndex((l) => INTRO.test(l.text));
  return at < 0 ? [] : lines.slice(at);
}

/**
 * The plan's own year: the title's "năm 2025"; else the last one in the introduction
 * (its own plan is named after the plan it implements); else the year of issue.
 */
export function extractYear(ctx: ExtractContext, known: { title: Grounded | null; issuedOn: string | null }): number | null {
  if (known.title) {
    const y = lastYear(known.title.text);
    if (y !== null) return y;
  }
  const intro = lastYear(introLines(ctx).map((l) => l.text).join('\n'));
  if (intro !== null) return intro;
  if (known.issuedOn) return Number(known.issuedOn.slice(0, 4));
  return null;
}
