/**
 * What OCR did to a document, in the model's terms: for each OCR'd page its confidence and
 * turns, and the spans in the assembled text of the words it read with low confidence. The
 * layout joins lines, splits tables into cells and normalizes the text, so a word's place is
 * found again in the final text rather than carried through every stage: each uncertain word is
 * looked for, as a whole word, near its page, in reading order.
 */
import type { PlanDocument } from '../model.js';
import { normalizeText } from '../normalize/index.js';
import type { OcrPage, Span } from '../schema.js';
import type { RawOcrPage } from './pdf/ocr.js';

/** `source.ocr` and `source.ocrPages` for a document assembled from pages partly read by OCR. */
export function ocrSource(pages: readonly RawOcrPage[], doc: Pick<PlanDocument, 'text' | 'pageStarts'>): { ocr: true; ocrPages: OcrPage[] } {
  return {
    ocr: true,
    ocrPages: pages.map((p) => ({
      page: p.page,
      confidence: p.confidence,
      words: p.words,
      rotation: p.rotation,
      skew: p.skew,
      lowConfidence: locateWords(p.uncertain, p.page, doc),
    })),
  };
}

/**
 * Spans of `words` in the text of page `page`. The search runs from the previous page's start
 * (a paragraph begun there may carry this page's first lines) to the next page's start, and
 * moves on past each word found, so that a word printed twice is found once for each time OCR
 * doubted it; a word the layout changed (joined at a hyphen, dropped as a page number) is skipped.
 */
export function locateWords(words: readonly string[], page: number, doc: Pick<PlanDocument, 'text' | 'pageStarts'>): Span[] {
  const { text, pageStarts } = doc;
  const from = pageStarts[Math.max(0, page - 2)] ?? 0;
  const to = pageStarts[page] ?? text.length;
  const spans: Span[] = [];
  let cursor = from;
  for (const raw of words) {
    const word = normalizeText(raw);
    if (word === '') continue;
    const at = findWord(text, word, cursor, to) ?? findWord(text, word, from, to);
    if (at === null) continue;
    spans.push({ start: at, end: at + word.length, page });
    cursor = at + word.length;
  }
  return spans.sort((a, b) => a.start - b.start);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** The first whole-word occurrence of `word` in `text[from, to)`, or null. */
function findWord(text: string, word: string, from: number, to: number): number | null {
  for (let at = text.indexOf(word, from); at !== -1 && at + word.length <= to; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    const edgeOk = (ch: string | undefined, inner: string | undefined) => ch === undefined || inner === undefined || !WORD_CHAR.test(inner) || !WORD_CHAR.test(ch);
    if (edgeOk(before, word[0]) && edgeOk(after, word[word.length - 1])) return at;
  }
  return null;
}
