import type { TextBlock } from '../model.js';

/**
 * Printed list and section markers, as Nghị định 30/2020 lays them out:
 * `Phần I`, `I.`, `1.`, `1.1.`, `a)` (with `đ)` after `d)`), and `-`, `+`, `•` for items.
 *
 *   "Phần II. NHIỆM VỤ"   "IV. TỔ CHỨC THỰC HIỆN"   "1.1. Công chức VH - XH"
 *   "a) Hoạt động truyền thông"   "- Sở Y tế;"   "+ Văn nghệ chào mừng."
 */
const MARKER = /^(?:(Phần\s+(?:[IVXLC]+|thứ\s+\p{L}+))\s*[.:]?|([IVXLC]+)\.|(\d{1,2}(?:\.\d{1,2})*)[.)]|([a-zđ])\)|([-–—+•*]))(?=\s|$)/u;
const GROUP_PART = 1;
const GROUP_ROMAN = 2;
const GROUP_NUMBER = 3;
const GROUP_LETTER = 4;
const GROUP_BULLET = 5;

export type MarkerKind = 'part' | 'roman' | 'number' | 'letter' | 'bullet';

export interface Marker {
  kind: MarkerKind;
  /** As printed, e.g. "1.1." or "a)". */
  text: string;
  /** The marker's value without punctuation: "I", "1.1", "a", "-". */
  value: string;
  /** Depth for numbers: "1." is 1, "1.1." is 2. */
  depth: number;
}

/** The marker at the start of a paragraph, or null. */
export function parseMarker(text: string): Marker | null {
  const m = MARKER.exec(text);
  if (!m) return null;
  const printed = m[0];
  if (m[GROUP_PART]) return { kind: 'part', text: printed, value: m[GROUP_PART], depth: 0 };
  if (m[GROUP_ROMAN]) return { kind: 'roman', text: printed, value: m[GROUP_ROMAN], depth: 0 };
  if (m[GROUP_NUMBER]) {
    const value = m[GROUP_NUMBER];
    return { kind: 'number', text: printed, value, depth: value.split('.').length };
  }
  if (m[GROUP_LETTER]) return { kind: 'letter', text: printed, value: m[GROUP_LETTER], depth: 0 };
  return { kind: 'bullet', text: printed, value: m[GROUP_BULLET] ?? '-', depth: 0 };
}

// A line of capitals with at least two letters and no lower-case letter: "KẾ HOẠCH", "ỦY BAN NHÂN DÂN".
function isAllCaps(text: string): boolean {
  const letters = text.match(/\p{L}/gu);
  return letters !== null && letters.length >= 2 && !/\p{Ll}/u.test(text);
}

/** Heading, list item or paragraph, decided from the text alone so every format agrees. */
export function classifyParagraph(text: string): Pick<TextBlock, 'type' | 'marker'> {
  const marker = parseMarker(text);
  if (marker && (marker.kind === 'part' || marker.kind === 'roman')) return { type: 'heading', marker: marker.text };
  if (marker) return { type: 'listItem', marker: marker.text };
  // Length first: listing the letters of a long paragraph costs an array of them.
  if (text.length <= 200 && isAllCaps(text)) return { type: 'heading', marker: null };
  return { type: 'paragraph', marker: null };
}
