import type { PlanDocument, Span, TextBlock } from '../model.js';
import { textBlocks } from '../model.js';
import { parseMarker, type Marker } from './markers.js';

/**
 * A numbered section of the plan: `II. CHỦ ĐỀ...`, `1. Chủ đề: ...`, `a) Hoạt động ...`.
 * Bulleted items (`-`, `+`) never open a section: they are content of the section they sit in.
 */
export interface Section {
  type: 'section';
  /** The marker that opened it, or `null` for the root (the whole document). */
  marker: Marker | null;
  /** The heading paragraph, or `null` for the root. */
  heading: TextBlock | null;
  /** The heading text after the marker ("CHỦ ĐỀ, THỜI GIAN THỰC HIỆN"). Empty for the root. */
  title: string;
  /** Number path from the root, e.g. ["IV", "1", "a"]. */
  path: string[];
  /** Paragraphs directly in this section (before, between and after subsections), in order. */
  blocks: TextBlock[];
  children: Section[];
  /** From the heading to the end of the last descendant block. */
  span: Span;
}

function section(marker: Marker | null, heading: TextBlock | null, path: string[]): Section {
  const title = heading && marker ? heading.text.slice(marker.text.length).trim() : '';
  const span = heading ? { ...heading.span } : { start: 0, end: 0, page: null };
  return { type: 'section', marker, heading, title, path, blocks: [], children: [], span };
}

/**
 * The section tree of a document, from its printed markers. Nesting follows the
 * order in which marker kinds first appear (as a reader does), so a plan that
 * puts `a)` above `1.` still nests right. Table cells are not sectioned:
 * the header and signature tables stay in the root's blocks. Linear in blocks.
 */
export function segment(doc: PlanDocument): Section {
  const root = section(null, null, []);
  root.span = { start: 0, end: doc.text.length, page: doc.pageStarts.length > 0 ? 1 : null };
  const stack: Section[] = [root];
  const inTables = new Set<TextBlock>();
  for (const block of doc.blocks) if (block.type === 'table') for (const b of textBlocks([block])) inTables.add(b);

  for (const block of textBlocks(doc.blocks)) {
    const marker = inTables.has(block) ? null : parseMarker(block.text);
    if (marker && marker.kind !== 'bullet') {
      // A marker like one already open closes back to it (a sibling); a kind not open yet nests
      // under the current section — except `Phần` and roman sections, which are always top-level.
      const openAt = stack.findIndex((s) => s.marker !== null && sameLevel(s.marker, marker));
      if (openAt > 0) stack.length = openAt;
      else if (marker.kind === 'part') stack.length = 1;
      else if (marker.kind === 'roman') stack.length = stack[1]?.marker?.kind === 'part' ? 2 : 1;
      const parent = stack[stack.length - 1] as Section;
      const child = section(marker, block, [...parent.path, marker.value]);
      parent.children.push(child);
      stack.push(child);
    } else {
      (stack[stack.length - 1] as Section).blocks.push(block);
    }
    for (const open of stack) if (open !== root) open.span.end = block.span.end;
  }
  return root;
}

function sameLevel(a: Marker, b: Marker): boolean {
  return a.kind === b.kind && (a.kind !== 'number' || a.depth === b.depth);
}

/** Every section under `root` (depth first, document order), the root excluded. */
export function* walkSections(root: Section): Generator<Section> {
  for (const child of root.children) {
    yield child;
    yield* walkSections(child);
  }
}

/** All paragraphs of a section and its descendants in document order, headings of subsections included. */
export function sectionBlocks(s: Section): TextBlock[] {
  const out: TextBlock[] = [];
  const visit = (x: Section) => {
    const items: Array<{ at: number; block?: TextBlock; child?: Section }> = [
      ...x.blocks.map((block) => ({ at: block.span.start, block })),
      ...x.children.map((child) => ({ at: child.span.start, child })),
    ].sort((a, b) => a.at - b.at);
    for (const item of items) {
      if (item.block) out.push(item.block);
      else if (item.child) {
        if (item.child.heading) out.push(item.child.heading);
        visit(item.child);
      }
    }
  };
  visit(s);
  return out;
}

/** The first section (depth first) whose title matches. */
export function findSection(root: Section, title: RegExp): Section | null {
  for (const s of walkSections(root)) if (title.test(s.title)) return s;
  return null;
}
