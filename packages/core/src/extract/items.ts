/**
 * List items as a reader sees them: a marked paragraph ("- ...", "a) ...") plus the unmarked
 * paragraphs that continue it after a paragraph or page break ("...các quyền và bổn" /
 * "phận, nghĩa vụ của học sinh..."). Shared by the body extractors.
 */
import type { TextBlock } from '../model.js';
import { parseMarker } from '../segment/markers.js';
import type { ExtractContext } from './context.js';
import { spanIn } from './context.js';
import type { Grounded } from '../schema.js';

/** Line breaks (with the spaces around them) read as one space. */
export function foldBreaks(text: string): string {
  return text.replace(/[ \t]*\n[ \t]*/gu, ' ');
}

export interface Item {
  /** The paragraphs of the item, in order. */
  blocks: TextBlock[];
  /** The printed marker of the first paragraph, or null. */
  marker: string | null;
  /** Offsets into `doc.text`: from after the marker to the end of the last paragraph. */
  start: number;
  end: number;
}

// Page-footer URLs dropped into PDF-extracted text ("https://thuvienphapluat.vn/...").
const STRAY_URL = /^https?:\/\/\S+$/u;
// A paragraph that ends a sentence; one that does not ("...người lao động", "...Luật Trẻ em;")
// is continued by the next unmarked paragraph.
const SENTENCE_END = /[.!?:…)"”]\s*$/u;

/** Whether an unmarked paragraph continues the item before it rather than starting a new one. */
export function continues(previousText: string, text: string): boolean {
  return /^\p{Ll}/u.test(text) || !SENTENCE_END.test(previousText);
}

/**
 * Groups paragraphs into items: every marked paragraph starts one; an unmarked paragraph starts
 * one unless it continues the previous (lower-case start, or the previous did not end a sentence).
 */
export function groupItems(blocks: readonly TextBlock[]): Item[] {
  const items: Item[] = [];
  for (const block of blocks) {
    if (STRAY_URL.test(block.text)) continue;
    const marker = parseMarker(block.text);
    const last = items[items.length - 1];
    const lastText = last?.blocks[last.blocks.length - 1]?.text ?? '';
    if (!marker && last && continues(lastText, block.text)) {
      last.blocks.push(block);
      last.end = block.span.end;
      continue;
    }
    const skip = marker ? marker.text.length : 0;
    const lead = block.text.slice(skip).length - block.text.slice(skip).trimStart().length;
    items.push({ blocks: [block], marker: marker?.text ?? null, start: block.span.start + skip + lead, end: block.span.end });
  }
  return items;
}

/**
 * `[start, end)` of the document as a grounded value, trimmed of spaces and of one trailing
 * list punctuation mark (";", ",", ".", but not an ellipsis). A value continued over a paragraph
 * or page break ("...các quyền và bổn" / "phận, nghĩa vụ...") spans from the start of its first
 * part to the end of its last, and its text is that slice with each line break read as one
 * space — the same value whichever format (and line layout) the plan came in.
 */
export function groundRange(ctx: ExtractContext, start: number, end: number): Grounded | null {
  const text = ctx.doc.text;
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  if (e > s && /[;,.]/u.test(text[e - 1] ?? '') && !/\.\.$|…\.$|\/\.$/u.test(text.slice(s, e))) e--;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  if (e <= s) return null;
  return { text: foldBreaks(text.slice(s, e)), span: spanIn(ctx, s, e) };
}

// The closing formula and what follows it: recipients and signature are not part of any section's content.
const CLOSING = /^(?:Trên đây là\s|Nơi nhận\s*:?\s*$|Nơi nhận\s*:)/u;

/** Where the body ends: the start of the closing paragraph ("Trên đây là Kế hoạch ...") or of `Nơi nhận:`, else the text's end. */
export function bodyEnd(blocks: readonly TextBlock[], textLength: number): number {
  for (const block of blocks) if (CLOSING.test(block.text)) return block.span.start;
  return textLength;
}

/** A section's own paragraphs that lie before `end` (the body's end). */
export function within(blocks: readonly TextBlock[], end: number): TextBlock[] {
  return blocks.filter((b) => b.span.start < end);
}
