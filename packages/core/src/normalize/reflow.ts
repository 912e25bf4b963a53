/**
 * Reflow of text that someone else pulled out of a PDF: lines hard-wrapped at a
 * column (~80), a blank line after every line, page-footer URLs and page numbers
 * dropped between the lines. We detect that shape and rebuild the paragraphs a
 * clean file would have; clean files are left alone (each line stays a paragraph).
 *
 * A paragraph ends where the source layout says so: at a list marker on the next
 * line, at a line that ends short of the wrap width (a heading, a title line, a
 * signature line), or at a sentence end when the next line's first word would
 * have fitted on it (so the break was not a wrap).
 */
import { parseMarker } from '../segment/markers.js';

/** What `reflowLines` rebuilt: paragraphs in order, and the footer lines it set aside. */
export interface Reflowed {
  paragraphs: string[];
  /** URL footers and bare page numbers, as printed. */
  furniture: string[];
  /** The wrap width found, in characters. */
  wrapWidth: number;
}

const URL_LINE = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;
// "12", "- 12 -", "Trang 3", "Trang 3/12". Not a bare "1/6": that is the 1st of June.
const PAGE_NUMBER = /^\s*(?:(?:-\s*)?\d{1,3}(?:\s*-)?|(?:Trang|Page)\s+\d{1,3}(?:\s*\/\s*\d{1,3})?)\s*$/i;
// Sentence-final punctuation, possibly followed by closing quotes/brackets: `.`, `./.`, `:`, `;`, `…`, `.”`, `).`
const SENTENCE_END = /[.;:!?…]["”’)\]]*$/;

/** A line that is page furniture in PDF-extracted text: a URL footer or a bare page number. */
export function isFurnitureLine(line: string): boolean {
  return URL_LINE.test(line) || PAGE_NUMBER.test(line);
}

const isBlank = (line: string) => line.trim() === '';

/**
 * The wrap width if `lines` have the hard-wrapped shape, else `null`: most
 * non-empty lines are followed by a blank line, and many lines end within a few
 * characters of one common width.
 */
export function detectWrapWidth(lines: readonly string[]): number | null {
  const lengths: number[] = [];
  let followedByBlank = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (isBlank(line) || isFurnitureLine(line)) continue;
    lengths.push(line.trim().length);
    const next = lines[i + 1];
    if (next === undefined || isBlank(next)) followedByBlank++;
  }
  if (lengths.length < 20 || followedByBlank < lengths.length * 0.6) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  // The wrap width is near the top of the distribution; a few overlong lines (a
  // justified line that squeezed in one more word) should not move it.
  const width = sorted[Math.floor((sorted.length - 1) * 0.97)] as number;
  if (width < 40 || width > 160) return null;
  const nearWidth = lengths.filter((n) => n >= width * 0.8 && n <= width + 5).length;
  return nearWidth >= lengths.length * 0.4 ? width : null;
}

const firstWord = (line: string) => /^\S*/.exec(line)?.[0] ?? '';

// Paragraphs in these plans open with a first-line indent, so a paragraph's first
// line holds several characters fewer than the wrap width.
const INDENT = 8;
// Justified lines in a proportional font vary by several characters around the
// wrap width (measured on the corpus: continuation lines end from 9 characters short
// to 9 over), so "the next word would have fitted" needs some room to be believed.
const SLACK = 3;
// "./." closes the body of an official document (Nghị định 30/2020).
const BODY_END = /\.\/\.$/;

const roomNeeded = (line: string, next: string) => line.length + 1 + firstWord(next).length;
const endsSentence = (line: string) => SENTENCE_END.test(line);
const startsUpper = (line: string) => /^\p{Lu}/u.test(line);
const startsLower = (line: string) => /^\p{Ll}/u.test(line);

/**
 * Whether `line` starts a new paragraph after `prev` (both trimmed physical lines).
 * `next` is the line after `line`; `prevOpens` says `prev` opened its paragraph
 * with a numbered or lettered marker (a heading-like item).
 */
function startsParagraph(prev: string, line: string, next: string | null, prevOpens: boolean, width: number): boolean {
  if (parseMarker(line) !== null) return true;
  const room = roomNeeded(prev, line);
  if (BODY_END.test(prev)) return true;
  if (endsSentence(prev)) {
    if (startsLower(line)) return room < width * 0.75;
    // A sentence ends here. If the next word would have fitted, the line was not wrapped.
    if (room <= width - SLACK) return true;
    // An indented first line: short although the paragraph goes on after it.
    return startsUpper(line) && next !== null && !endsSentence(line) && parseMarker(next) === null && roomNeeded(line, next) <= width - INDENT;
  }
  // No punctuation: a clearly short line ends a paragraph (headings, titles, names)...
  if (room < width * 0.75) return true;
  // ...and so does a numbered heading when the next line begins a sentence, unless the
  // heading ends in a capitalised word that the next one may continue ("Tết / Trung thu").
  const lastWord = /\S+$/.exec(prev)?.[0] ?? '';
  return prevOpens && startsUpper(line) && !/^\p{Lu}/u.test(lastWord) && room <= width - SLACK;
}

/**
 * Rebuild paragraphs from hard-wrapped lines, or `null` when the lines do not have
 * the hard-wrapped shape (then each line is a paragraph, as written).
 * Continuation lines join with one space; a line ending in a hyphen right after a
 * letter (`HĐND-` / `UBND`) joins without one, since such hyphens are real here.
 */
export function reflowLines(lines: readonly string[]): Reflowed | null {
  const width = detectWrapWidth(lines);
  if (width === null) return null;
  const furniture: string[] = [];
  // Content lines, trimmed, each with whether a real gap (more than the one blank
  // line that follows every line) precedes it. Footer lines drop out here, so a
  // paragraph broken across a page boundary joins up again.
  const content: Array<{ text: string; gap: boolean }> = [];
  let blankRun = 0;
  let pageBreak = false;
  for (const raw of lines) {
    if (isBlank(raw)) {
      blankRun++;
    } else if (isFurnitureLine(raw)) {
      furniture.push(raw.trim());
      pageBreak = true;
    } else {
      // Blank lines around a footer belong to the page break, not to the text.
      content.push({ text: raw.trim(), gap: blankRun > 1 && !pageBreak });
      blankRun = 0;
      pageBreak = false;
    }
  }

  const paragraphs: string[] = [];
  // The paragraph's lines and separators, joined once it ends: testing a string grown line by
  // line scans it whole each time (60 000 wrapped lines of one paragraph took 73 s).
  let current: string[] = [];
  let opensWithMarker = false;
  let firstLine = true;
  for (let i = 0; i < content.length; i++) {
    const { text, gap } = content[i] as { text: string; gap: boolean };
    const prev = content[i - 1]?.text;
    const next = content[i + 1]?.text ?? null;
    if (prev === undefined || gap || startsParagraph(prev, text, next, firstLine && opensWithMarker, width)) {
      if (prev !== undefined) paragraphs.push(current.join(''));
      current = [text];
      const marker = parseMarker(text);
      opensWithMarker = marker !== null && marker.kind !== 'bullet';
      firstLine = true;
      continue;
    }
    current.push(/\p{L}-$/u.test(prev) && /^\p{L}/u.test(text) ? '' : ' ', text);
    firstLine = false;
  }
  if (content.length > 0) paragraphs.push(current.join(''));
  return { paragraphs, furniture, wrapWidth: width };
}

// Markdown-like emphasis left by other converters: `“*Ưu tiên ...*”`, `*trước ngày 21/5/2025*`,
// `**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**`. DOCX and PDF readers return the same plans without the
// asterisks, so we drop a pair when it hugs text like emphasis does: the opening mark is
// not preceded by a letter/digit and is followed by a non-space, the closing mark the
// mirror image. A lone `*` (footnote `56*`, bullet `* item`) has no partner and stays.
const STRONG = /(?<![\p{L}\p{N}*])\*\*(?=[^\s*])([^*]*?[^\s*])\*\*(?![\p{L}\p{N}*])/gu;
const EMPHASIS = /(?<![\p{L}\p{N}*])\*(?=[^\s*])((?:[^*\n]*?[^\s*])?)\*(?![\p{L}\p{N}*])/gu;

/** Remove paired `*`/`**` emphasis marks around words; lone asterisks are kept. */
export function stripEmphasis(text: string): string {
  if (!text.includes('*')) return text;
  return text
    .replace(STRONG, (whole, inner: string) => (/\n\s*\n/.test(inner) ? whole : inner))
    .replace(EMPHASIS, '$1');
}
