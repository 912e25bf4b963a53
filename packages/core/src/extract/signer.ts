import type { Signer } from '../schema.js';
import { spanIn, type ExtractContext } from './context.js';
import { bare, linesIn, type Line } from './lines.js';

/** A signing authority line: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `TL.`, `TUQ.`, `Q.`. */
export const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu}/u;
// "TM." alone on its line, the body it signs for on the next (a web copy of the table cell).
const BARE_AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)\s*\.$/u;
// Where a line that a PDF merged splits: before another authority ("TM. UBND KT. CHỦ TỊCH"),
// before a deputy's title ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"), after the committee ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH").
const PIECE_BREAK = /\s+(?=(?:TM|KT|TL|TUQ|Q)\s*\.\s*\p{Lu})|\s+(?=PHÓ\s)|(?<=NHÂN DÂN)\s+(?=CHỦ TỊCH)/gu;
// "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "CHÁNH VĂN PHÒNG": capitals only.
const TITLE = /^\p{Lu}[\p{Lu}\s\-–]*$/u;
// "Hoàng Thanh Sơn", "Lê Thị Huệ", "NGUYỄN VĂN A": two to five capitalised words.
const PERSON = /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4}$/u;
// What may sit between the title and the name: "(Đã ký)", "Đã ký và đóng dấu".
const FILLER = /^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ)[^)]*\)?$/u;

interface Piece {
  text: string;
  start: number;
  end: number;
}

/** A line cut where a PDF merged two lines of the signature block. */
function pieces(line: Line): Piece[] {
  const b = bare(line);
  const out: Piece[] = [];
  let from = 0;
  for (const m of b.text.matchAll(PIECE_BREAK)) {
    const at = m.index ?? 0;
    out.push({ text: b.text.slice(from, at), start: b.start + from, end: b.start + at });
    from = at + m[0].length;
  }
  out.push({ text: b.text.slice(from), start: b.start + from, end: b.end });
  return out.filter((p) => p.text !== '');
}

/**
 * The signature block (the anatomy's signature zone): authority lines (`TM. UỶ BAN NHÂN DÂN`, then
 * `KT. CHỦ TỊCH`, joined by a space), the signer's title (`PHÓ CHỦ TỊCH`) and name; null for an unsigned draft.
 */
export function extractSigner(ctx: ExtractContext): Signer | null {
  const zone = ctx.anatomy.closing?.signature;
  if (!zone) return null;
  const queue = linesIn(ctx, zone.span.start, zone.span.end).flatMap(pieces);
  // "TM." / "ỦY BAN NHÂN DÂN" on two lines is one authority line.
  for (let k = 0; k + 1 < queue.length; k++) {
    const p = queue[k] as Piece;
    const next = queue[k + 1] as Piece;
    if (BARE_AUTHORITY.test(p.text)) queue.splice(k, 2, { text: `${p.text} ${next.text}`, start: p.start, end: next.end });
  }
  const first = queue[0];
  if (!first) return null;
  const authority: string[] = [];
  let end = first.end;
  let i = 0;
  for (; i < queue.length && AUTHORITY.test((queue[i] as Piece).text); i++) {
    authority.push((queue[i] as Piece).text);
    end = (queue[i] as Piece).end;
  }
  let title: string | null = null;
  let name: string | null = null;
  for (; i < queue.length; i++) {
    const p = queue[i] as Piece;
    if (FILLER.test(p.text)) continue;
    if (title === null && TITLE.test(p.text)) {
      title = p.text;
      end = p.end;
      continue;
    }
    if (PERSON.test(p.text)) {
      name = p.text;
      end = p.end;
    }
    break;
  }
  return { authority: authority.join(' '), title, name, span: spanIn(ctx, first.start, end) };
}
