/**
 * Locations people can follow: a span of the normalized text placed in the file as its reader
 * opens it — line and column in a text file, paragraph (and page, when Word saved it) in a DOCX,
 * page in a PDF, and the numbered section around it in every format ("III.2").
 */
import { pageAt, textBlocks, type Location, type Message, type PlanDocument, type TextBlock } from './model.js';
import { lastAtOrBefore, pointAt } from './read/origin.js';
import type { Span } from './schema.js';
import { segment, type Section } from './segment/sections.js';

/** Places spans of one document. Build once per document; each look-up is a binary search. */
export interface Locator {
  locate(span: Pick<Span, 'start' | 'end'> & { page?: number | null }): Location;
}

/** A locator for `doc`; pass its section tree when it is at hand (extraction has built one). */
export function createLocator(doc: PlanDocument, root: Section = segment(doc)): Locator {
  const points = doc.sourceMap ?? [];
  const blocks = [...textBlocks(doc.blocks)].filter((b) => b.origin);
  const lineAt = (offset: number) => {
    const point = pointAt(points, offset);
    return point ? { line: point.line, column: point.column + (offset - point.offset) } : null;
  };
  return {
    locate(span) {
      const location: Location = {};
      if (points.length > 0) {
        const start = lineAt(span.start);
        if (start) {
          location.line = start.line;
          location.column = start.column;
          // The end is just after the last character, wherever that character stands.
          const last = lineAt(Math.max(span.start, span.end - 1));
          if (last) {
            location.endLine = last.line;
            location.endColumn = last.column + (span.end > span.start ? 1 : 0);
          }
        }
      }
      const block = blockAt(blocks, span.start);
      if (block?.origin?.paragraph !== undefined) location.paragraph = block.origin.paragraph;
      const page = span.page ?? pageAt(doc, span.start) ?? block?.origin?.page ?? null;
      if (page !== null) location.page = page;
      const section = sectionPath(root, span.start);
      if (section !== '') location.section = section;
      return location;
    },
  };
}

/** Sets the location fields of every message with a span (in place), and returns the messages. */
export function locateMessages<M extends Message>(messages: M[], doc: PlanDocument, root?: Section): M[] {
  if (!messages.some((m) => m.span)) return messages;
  const locator = createLocator(doc, root);
  for (const m of messages) if (m.span) Object.assign(m, locator.locate(m.span));
  return messages;
}

/** The block in whose span `offset` falls (or the last one before it). */
function blockAt(blocks: readonly TextBlock[], offset: number): TextBlock | null {
  return lastAtOrBefore(blocks, offset, (b) => b.span.start);
}

/**
 * The printed numbers of the sections around `offset`, outermost first: "III.2.a". A nested
 * decimal carries its parent already ("1.2" under "1"), so it replaces it rather than follow it.
 */
export function sectionPath(root: Section, offset: number): string {
  const parts: string[] = [];
  let section: Section | undefined = root;
  while (section) {
    const inside: Section | undefined = section.children.find((c) => c.span.start <= offset && offset < Math.max(c.span.end, c.span.start + 1));
    if (!inside?.marker) break;
    const value = inside.marker.value;
    const last = parts[parts.length - 1];
    if (inside.marker.kind === 'number' && last !== undefined && value.startsWith(`${last}.`)) parts[parts.length - 1] = value;
    else parts.push(value);
    section = inside;
  }
  return parts.join('.');
}
