import { citationKey, findCitations } from '../citations/index.js';
import type { Reference, UpstreamRef } from '../schema.js';
import type { ExtractContext } from './context.js';
import { ground } from './lines.js';

/**
 * Legal documents the plan cites anywhere: laws by name, decrees, circulars, directives, decisions,
 * resolutions, other plans, with number and date as printed (a malformed number such as `56/NĐ-CP` is
 * kept for validation to flag). Each document once, at its first citation. What the plan implements
 * (`implements` with role `implements`) is not repeated here; its legal basis is. The header (the plan's
 * own number) and the title (which repeats what the opening cites) are not read.
 */
export function extractReferences(ctx: ExtractContext, known: { implements?: UpstreamRef[] } = {}): Reference[] {
  const text = ctx.doc.text;
  const seen = new Set((known.implements ?? []).filter((r) => r.role === 'implements').map((r) => citationKey({ number: r.documentNumber, name: r.name })));
  const skipped = [ctx.anatomy.header?.span, ctx.anatomy.typeName?.span, ctx.anatomy.title?.span].filter((s) => s !== undefined && s !== null);
  const out: Reference[] = [];
  for (const c of findCitations(text)) {
    if (skipped.some((s) => c.index >= s.start && c.index < s.end)) continue;
    const key = citationKey(c);
    if (seen.has(key)) continue;
    seen.add(key);
    const g = ground(ctx, c.index, c.headEnd);
    out.push({ kind: c.type.kind, number: c.number, issuedOn: c.issuedOn, text: g.text, span: g.span });
  }
  return out;
}
