/**
 * Reading the anatomy's body: where the plan's own content is, for the extractors of its body. An
 * annex printed after the signature (`PHỤ LỤC ... (Kèm theo Kế hoạch số ...)`: a task table, a list
 * of targets) counts like the body; the header, the title, the opening and the closing do not.
 */
import type { Span } from '../schema.js';
import type { ExtractContext } from './context.js';

/** Whether an offset of the text lies in the body zone or in an annex after the closing. */
export function inContent(ctx: ExtractContext): (offset: number) => boolean {
  const { body, closing, opening, title, typeName, header } = ctx.anatomy;
  const annex = closing ? closing.span.end : Infinity;
  if (body) return (offset) => (offset >= body.span.start && offset < body.span.end) || offset >= annex;
  // Without a body zone (a fragment of a plan), whatever no other zone holds.
  const zones = [header?.span, typeName?.span, title?.span, opening?.span, closing?.span].filter((s): s is Span => s !== undefined);
  return (offset) => !zones.some((z) => offset >= z.start && offset < z.end);
}
