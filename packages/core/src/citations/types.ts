/**
 * Document types a citation names (Luật, Nghị định, Quyết định, Kế hoạch...), with the kind the
 * references list reports. A type word starts a citation only when a number follows (or, for a
 * law, a name): "xây dựng kế hoạch phòng, chống..." is a common noun, not a citation.
 */
import type { Reference } from '../schema.js';

type ReferenceKind = Reference['kind'];

export interface DocumentType {
  /** As a citation names it, capitalised: "Thông tư liên tịch". */
  name: string;
  kind: ReferenceKind;
}

// Longest first, so "Thông tư liên tịch" wins over "Thông tư", "Bộ luật" over "Luật".
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Thông tư liên tịch', kind: 'circular' },
  { name: 'Nghị quyết liên tịch', kind: 'resolution' },
  { name: 'Bộ luật', kind: 'law' },
  { name: 'Luật', kind: 'law' },
  { name: 'Pháp lệnh', kind: 'law' },
  { name: 'Nghị quyết', kind: 'resolution' },
  { name: 'Nghị định', kind: 'decree' },
  { name: 'Quyết định', kind: 'decision' },
  { name: 'Chỉ thị', kind: 'directive' },
  { name: 'Thông tư', kind: 'circular' },
  { name: 'Kế hoạch', kind: 'plan' },
  { name: 'Công văn', kind: 'other' },
  { name: 'Văn bản', kind: 'other' },
  { name: 'Công điện', kind: 'other' },
  { name: 'Hướng dẫn', kind: 'other' },
  { name: 'Chương trình', kind: 'other' },
  { name: 'Đề án', kind: 'other' },
  { name: 'Kết luận', kind: 'other' },
  { name: 'Thông báo', kind: 'other' },
  { name: 'Điều lệ', kind: 'other' },
  { name: 'Quy định', kind: 'other' },
  { name: 'Quy chế', kind: 'other' },
  { name: 'Tờ trình', kind: 'other' },
  { name: 'Báo cáo', kind: 'other' },
];

// Words some types carry before "số": "Chương trình hành động số 38-CTr/TU", "Thông báo kết luận số 34/TB-UBND",
// "văn bản chỉ đạo số 2731/UBND-NN", "Công văn hướng dẫn số ...".
const QUALIFIERS = 'hành động|kết luận|chỉ đạo|hướng dẫn|liên ngành|hợp nhất';

/** A type word as printed: any case for the first letter ("kế hoạch số" mid-sentence), or all capitals (a title). */
function typeSource(name: string): string {
  const first = name[0] ?? '';
  const rest = name.slice(1).replace(/ /g, '\\s+');
  const upper = name.toLocaleUpperCase('vi').replace(/ /g, '\\s+');
  return `[${first}${first.toLocaleLowerCase('vi')}]${rest}|${upper}`;
}

/**
 * A type word, then its qualifier, then "số" (optional when the number follows directly:
 * "Quyết định 406/QĐ-LĐTBXH"). Groups: the type word.
 */
export const TYPE_WORD = `(?<![\\p{L}\\p{M}])(${DOCUMENT_TYPES.map((t) => typeSource(t.name)).join('|')})(?![\\p{L}\\p{M}])(?:[ \\t]+(?:${QUALIFIERS}))?`;

// Type words on a plain lower-case key: a type word is looked up for every match in a long plan.
const BY_KEY = new Map(DOCUMENT_TYPES.map((t) => [t.name.toLowerCase(), t]));

/** The type a printed type word names ("THÔNG TƯ", "kế hoạch" → the entry), or null. */
export function documentType(printed: string): DocumentType | null {
  return BY_KEY.get(printed.replace(/\s+/g, ' ').toLowerCase()) ?? null;
}
