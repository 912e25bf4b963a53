import type { Signer } from '../schema.js';
import { spanIn, type ExtractContext } from './context.js';
import { bare, linesOf, type Line } from './lines.js';

/** A signing authority line: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `TL.`, `TUQ.`, `Q.`. */
export const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}/u;
// "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG": capitals, no digits.
const TITLE = /^[\p{Lu}][\p{Lu}\s\-–]*$/u;
// "Hoàng Thanh Sơn", "Lê Thị Huệ", "NGUYỄN VĂN A": two to five capitalised words.
const PERSON = /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4}$/u;
// What may sit between the title and the name: "(Đã ký)", "Đã ký", a seal note.
const FILLER = /^\(?(?:đã ký|Đã ký|ĐÃ KÝ|ký|Ký)[^)]*\)?$|^\(?(?:Đã ký và đóng dấu)\)?$/u;

/**
 * The signature block: authority lines (`TM. UỶ BAN NHÂN DÂN`, then `KT. CHỦ TỊCH`, joined by a
 * space), the signer's title (`PHÓ CHỦ TỊCH`) and name. Read after the body; null for an unsigned draft.
 */
export function extractSigner(ctx: ExtractContext): Signer | null {
  const lines = linesOf(ctx);
  let at = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (AUTHORITY.test(bare(lines[i] as Line).text)) {
      at = i;
      // Walk up over the authority lines above it ("TM. UỶ BAN NHÂN DÂN" above "KT. CHỦ TỊCH").
      while (at > 0 && AUTHORITY.test(bare(lines[at - 1] as Line).text)) at--;
      break;
    }
  }
  if (at < 0) return null;
  const authority: string[] = [];
  let i = at;
  const first = bare(lines[at] as Line);
  let end = first.end;
  for (; i < lines.length && AUTHORITY.test(bare(lines[i] as Line).text); i++) {
    const b = bare(lines[i] as Line);
    authority.push(b.text);
    end = b.end;
  }
  let title: string | null = null;
  let name: string | null = null;
  for (let seen = 0; i < lines.length && seen < 8; i++, seen++) {
    const b = bare(lines[i] as Line);
    if (b.text === '' || FILLER.test(b.text)) continue;
    if (title === null && name === null && TITLE.test(b.text)) {
      title = b.text;
      end = b.end;
      continue;
    }
    if (PERSON.test(b.text)) {
      name = b.text;
      end = b.end;
    }
    break;
  }
  return { authority: authority.join(' '), title, name, span: spanIn(ctx, first.start, end) };
}
