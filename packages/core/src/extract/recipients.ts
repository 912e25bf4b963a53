import type { Grounded } from '../schema.js';
import type { ExtractContext } from './context.js';
import { bare, ground, linesIn } from './lines.js';
import { AUTHORITY } from './signer.js';

//   "Nơi nhận:"   "Nơi nhận: - Sở Y tế;" (a PDF that kept them on one line)
const HEADING = /^Nơi nhận\s*:?\s*/u;
const ITEM = /^[-–+•]\s*/u;

/**
 * The `Nơi nhận:` list (the anatomy's recipients zone), one recipient per item, without the dash and the closing `;`
 * (or `.`); `Lưu: VT` is kept as printed. A line without a dash continues the item above
 * (`- Các Phòng: Nội vụ, GD&ĐT, Tư pháp,` / `Văn hóa, ...;`); a sub-heading such as
 * `Gửi bản điện tử:` is not a recipient.
 */
export function extractRecipients(ctx: ExtractContext): Grounded[] {
  const zone = ctx.anatomy.closing?.recipients;
  if (!zone) return [];
  const lines = linesIn(ctx, zone.span.start, zone.span.end);
  const first = lines[0];
  if (!first) return [];
  const items: Array<{ start: number; end: number; open: boolean }> = [];
  const head = bare(first);
  const rest = head.text.replace(HEADING, '');
  const queue: Array<{ text: string; start: number }> = [];
  if (rest) queue.push({ text: rest, start: head.end - rest.length });
  for (const line of lines.slice(1)) {
    const b = bare(line);
    queue.push({ text: b.text, start: b.start });
  }
  for (const { text, start } of queue) {
    if (text === '') continue;
    if (AUTHORITY.test(text) || isCapitals(text)) break;
    const item = ITEM.exec(text);
    if (item) {
      const body = start + item[0].length;
      items.push({ start: body, end: start + text.length, open: !/[;.]$/u.test(text) });
      continue;
    }
    const prev = items[items.length - 1];
    // A sub-heading of the list before any item, or between groups.
    if (/:$/u.test(text)) continue;
    if (prev && prev.open) {
      prev.end = start + text.length;
      prev.open = !/[;.]$/u.test(text);
      continue;
    }
    if (items.length > 0) break;
  }
  return items.map((r) => ground(ctx, r.start, r.end, ';.')).filter((g) => g.text !== '');
}

// "CHỦ TỊCH", "PHÓ CHỦ TỊCH": the signature block, not a wrapped recipient.
function isCapitals(text: string): boolean {
  return /\p{Lu}{2}/u.test(text) && !/\p{Ll}/u.test(text);
}
