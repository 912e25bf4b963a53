import type { Grounded } from '../schema.js';
import type { ExtractContext, Extractor } from './context.js';
import { ground } from './lines.js';

/**
 * The summary line(s) under `KẾ HOẠCH` (the anatomy's title zone), joined by a space; null when the
 * plan prints none. A full stop at the end is the title's own punctuation and is kept out.
 */
export const extractTitle: Extractor<Grounded | null> = (ctx: ExtractContext) => {
  const zone = ctx.anatomy.title;
  if (!zone) return null;
  const value = ground(ctx, zone.span.start, zone.span.end, '.');
  return value.text === '' ? null : value;
};
