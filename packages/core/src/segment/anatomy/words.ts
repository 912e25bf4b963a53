/**
 * Words the anatomy recognises zones by: the opening's lead words, section headings of legal
 * bases, the motto, rules under header cells. Shared with the extractors that read the zones
 * (the opening's lead word decides a citation's role).
 */
import { fromUnits } from '../../normalize/legacy.js';
import type { CitationRole } from '../../schema.js';

const folded = new Map<string, string>();

/**
 * Lower case without diacritics, đ as d, one UTF-16 unit per unit so offsets carry over:
 * "CỘNG HÕA" and "Cộng hòa" both read "cong hoa" at the same positions.
 */
export function foldSameLength(text: string): string {
  // Code units into an array, made a string at the end: `out += ch` over a long paragraph (a 5 MB
  // hard-wrapped text file is one) left a rope of millions of one-letter pieces, 100 MB to flatten.
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      out[i] = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
      continue;
    }
    const ch = text[i] as string;
    let f = folded.get(ch);
    if (f === undefined) {
      const base = ch === 'đ' || ch === 'Đ' ? 'd' : (ch.normalize('NFD')[0] ?? ch).toLowerCase();
      f = base.length === 1 ? base : ch;
      folded.set(ch, f);
    }
    out[i] = f.charCodeAt(0);
  }
  return fromUnits(out);
}

/** A lead word of the opening and the role it gives the citations after it (null: cites nothing the plan relies on). */
export interface Lead {
  source: string;
  role: CitationRole | null;
}

// "Thực hiện ý kiến chỉ đạo" is still implementing; "Nhằm ..." states a purpose and cites nothing.
export const LEADS: readonly Lead[] = [
  { source: '(?:[Tt]iếp\\s+tục\\s+)?[Tt]hực\\s+hiện', role: 'implements' },
  { source: '[Tt]riển\\s+khai(?:\\s+thực\\s+hiện)?', role: 'implements' },
  { source: '[Đđ]ể\\s+(?:tiếp\\s+tục\\s+)?(?:triển\\s+khai|thực\\s+hiện|cụ\\s+thể\\s+ho[áa]|tổ\\s+chức(?:\\s+thực\\s+hiện)?)', role: 'implements' },
  { source: '[Cc]ăn\\s+cứ', role: 'basis' },
  { source: '[Tt]rên\\s+cơ\\s+sở', role: 'basis' },
  { source: '[Tt]hi\\s+hành', role: 'basis' },
  // "Theo đề nghị của Giám đốc Sở ... tại Tờ trình số ...": the proposal the plan is issued on, a basis too.
  { source: '(?:[Tt]heo|[Xx]ét)(?:\\s+đề\\s+nghị)?', role: 'basis' },
  { source: '[Nn]hằm', role: null },
];

/** A list marker or bullet an opening paragraph may start with: "- Căn cứ", "1. Căn cứ", "a) Thực hiện". */
const ITEM = '(?:[-–+•]\\s*|\\d{1,2}[.)]\\s+|[a-zđ]\\)\\s+)?';
const LEAD_AT_START = LEADS.map((l) => new RegExp(`^\\s*${ITEM}(${l.source})(?![\\p{L}\\p{M}])`, 'u'));

/** The lead a paragraph or clause opens with ("Thực hiện", "Căn cứ"...), with its role and where it ends; or null. */
export function leadOf(text: string): { lead: Lead; end: number } | null {
  for (let i = 0; i < LEADS.length; i++) {
    const m = (LEAD_AT_START[i] as RegExp).exec(text);
    if (m) return { lead: LEADS[i] as Lead, end: m[0].length };
  }
  return null;
}

/** "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "I. CĂN CỨ PHÁP LÝ", "1. Cơ sở pháp lý": a section of legal bases (folded heading text). */
export function isBasisHeading(title: string): boolean {
  return /^(?:cac\s+)?(?:can\s+cu|co\s+so\s+phap\s+ly|co\s+so\s+xay\s+dung)/u.test(foldSameLength(title.trim()));
}

/** A rule under a header cell or the title: "-------", "***", "________". */
export function isRule(text: string): boolean {
  return /^[-–—_=*·•~.]{3,}$/u.test(text.replace(/\s+/g, ''));
}

/** The issuer's own clause: "... Ủy ban nhân dân tỉnh ban hành Kế hoạch ...", "UBND xã xây dựng kế hoạch ...". */
export const OWN_VERB = /(?:ban\s+hành|xây\s+dựng|lập|triển\s+khai|phê\s+duyệt)\s+(?:các\s+)?(?:[Kk]ế\s+hoạch|KẾ\s+HOẠCH)(?![\p{L}\p{M}])/u;
/** What closes the opening: "... như sau:", "... với những nội dung sau:", "..., cụ thể sau:". */
export const OPENING_CLOSER = /(?:như\s+sau|sau\s+đây|dưới\s+đây)\s*(?::|\.(?=\s|$)|(?=\s*\n)|$)|sau\s*:/gu;
