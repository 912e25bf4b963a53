/**
 * Reading the anatomy's opening zone: its text, and the plan's own clause in it ("... UBND huyện
 * Hạ Lang ban hành Kế hoạch ... như sau:"), which says who issues the plan and for which years.
 */
import { OWN_VERB } from '../segment/anatomy/words.js';
import type { ExtractContext } from './context.js';

const OWN_VERB_ALL = new RegExp(OWN_VERB.source, 'gu');

/** The opening zone's text and where it starts; empty when the plan has no opening. */
export function openingOf(ctx: ExtractContext): { text: string; start: number } {
  const zone = ctx.anatomy.opening;
  if (!zone) return { text: '', start: 0 };
  return { text: ctx.doc.text.slice(zone.span.start, zone.span.end), start: zone.span.start };
}

/**
 * The plan's own clause: from the start of the sentence or list item holding the last "ban hành /
 * xây dựng ... Kế hoạch" of the opening to the opening's end; `verb` is where that verb begins in `text`. The last one, because the documents
 * the opening cites may say the same of themselves ("... của Bộ GTVT ban hành Kế hoạch triển khai ...").
 */
export function ownClause(ctx: ExtractContext): { text: string; start: number; verb: number } | null {
  const { text, start } = openingOf(ctx);
  let last: RegExpMatchArray | null = null;
  for (const m of text.matchAll(OWN_VERB_ALL)) last = m;
  if (!last) return null;
  const at = last.index ?? 0;
  // Back to the clause boundary: ";", or "." / ":" before a space.
  let from = 0;
  for (let i = at - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === ';' || ((ch === '.' || ch === ':') && /\s/u.test(text[i + 1] ?? ''))) {
      from = i + 1;
      break;
    }
  }
  return { text: text.slice(from), start: start + from, verb: at - from };
}
