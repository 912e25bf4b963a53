/**
 * The closing: the signature block (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` / name)
 * and the recipients (`Nơi nhận:` and its `- ...;` items). The last of each in the document: a
 * decision that carries a plan signs before the plan it attaches.
 */
import type { Line } from '../lines.js';

interface Range {
  start: number;
  end: number;
}

/** A signing authority line: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `TL.`, `TUQ.`, `Q.`; a web copy may put `TM.` alone on its line. */
export const AUTHORITY = /^(?:TM|KT|TL|TUQ|Q)\s*\.\s*(?:\p{Lu}|$)/u;
//   "Nơi nhận:"   "Nơi nhận: - Sở Y tế;" (a PDF that kept them on one line)
export const RECIPIENTS_HEADING = /^Nơi nhận\s*:?\s*/u;
// "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "ỦY BAN NHÂN DÂN": capitals only.
const CAPITALS = /^\p{Lu}[\p{Lu}\s\-–.]*$/u;
// "Hoàng Thanh Sơn", "NGUYỄN VĂN A": two to five capitalised words.
const PERSON = /^\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){1,4}$/u;
// What may sit between the title and the name: "(Đã ký)", "Đã ký và đóng dấu".
const FILLER = /^\(?\s*(?:đã ký|Đã ký|ĐÃ KÝ)[^)]*\)?$/u;
const ITEM = /^[-–+•]/u;
const SIGNATURE_LINES = 12;

const isPadding = (ch: string | undefined) => ch === '*' || ch === '_' || ch === ' ' || ch === '\t';

/** A line's text without markdown-style emphasis and spaces around it (a loop: every line of a plan may be asked). */
export function bareText(line: Line): string {
  const t = line.text;
  let s = 0;
  let e = t.length;
  while (s < e && isPadding(t[s])) s++;
  while (e > s && isPadding(t[e - 1])) e--;
  return s === 0 && e === t.length ? t : t.slice(s, e);
}

/** The signature block: its authority lines, the signer's title and name; null for an unsigned draft. */
function signature(lines: readonly Line[], from: number): Range | null {
  let at = -1;
  for (let i = lines.length - 1; i >= from; i--) {
    if (AUTHORITY.test(bareText(lines[i] as Line))) {
      at = i;
      while (at > from && AUTHORITY.test(bareText(lines[at - 1] as Line))) at--;
      break;
    }
  }
  if (at < 0) return null;
  const first = lines[at] as Line;
  let end = first.end;
  for (let i = at + 1; i < Math.min(lines.length, at + SIGNATURE_LINES); i++) {
    const line = lines[i] as Line;
    const text = bareText(line);
    if (text === '' || FILLER.test(text)) continue;
    if (AUTHORITY.test(text) || CAPITALS.test(text)) {
      end = line.end;
      continue;
    }
    if (PERSON.test(text)) end = line.end;
    break;
  }
  return { start: first.start, end };
}

/** The recipients list from its `Nơi nhận:` line to its last item (a line without a dash continues the item above). */
function recipients(lines: readonly Line[], from: number): Range | null {
  let at = -1;
  for (let i = lines.length - 1; i >= from; i--) {
    if (RECIPIENTS_HEADING.test(bareText(lines[i] as Line))) {
      at = i;
      break;
    }
  }
  if (at < 0) return null;
  const first = lines[at] as Line;
  let end = first.end;
  let items = /[-–+•]/u.test(bareText(first).replace(RECIPIENTS_HEADING, '').slice(0, 1));
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = bareText(line);
    if (text === '') continue;
    // The signature, or what is left of a web copy's table ("|"), ends the list.
    if (AUTHORITY.test(text) || !/[\p{L}\p{N}]/u.test(text) || (/\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text) && !ITEM.test(text))) break;
    if (ITEM.test(text) || /:$/u.test(text) || items) {
      end = line.end;
      items = items || ITEM.test(text);
      continue;
    }
    break;
  }
  return { start: first.start, end };
}

/** Signature and recipients found at or after line `from`; each null when absent. */
export function findClosing(lines: readonly Line[], from: number): { signature: Range | null; recipients: Range | null } {
  return { signature: signature(lines, from), recipients: recipients(lines, from) };
}
