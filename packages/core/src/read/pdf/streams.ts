/**
 * What a PDF's Flate streams inflate to, counted before pdf.js decodes any of them. pdf.js inflates
 * a content stream whole into one growing buffer, and nothing in its API caps that: a 1 MB file
 * whose page inflates to 1 GiB of spaces peaked at 2.2 GB. Native zlib inflates each stream here
 * (about 1 GB/s, nothing kept), counting bytes against the document's budget (`Limits.maxPartBytes`
 * per stream, `maxInflatedBytes` in all) and stopping at the first byte over.
 *
 * Not checked here: image streams (the text layer never decodes them), streams under other
 * filters, and encrypted streams (their bytes are ciphertext until pdf.js decrypts them). Those
 * stay bounded by the time budget only.
 */
import { constants } from 'node:buffer';
import { inflateSync } from 'node:zlib';
import type { Budget } from '../budget.js';

const STREAM = Buffer.from('stream', 'latin1');
/** How far before `stream` its dictionary is looked for. */
const DICTIONARY_WINDOW = 2048;

/** Inflate every Flate stream of `bytes` against `budget`; throws its E_TOO_LARGE when one is over. */
export function checkStreamBudget(bytes: Uint8Array, budget: Budget): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  for (;;) {
    const keyword = buffer.indexOf(STREAM, at);
    if (keyword < 0) return;
    at = keyword + STREAM.length;
    // "endstream" holds "stream" too.
    if (keyword >= 3 && buffer.toString('latin1', keyword - 3, keyword) === 'end') continue;
    // The data starts after "stream" and an end of line (CR LF or LF; a lone CR is tolerated).
    let start = at;
    if (buffer[start] === 0x0d) start++;
    if (buffer[start] === 0x0a) start++;
    if (start === at) continue;
    // The stream's dictionary: from its object's "N G obj" (or the window's start) to "stream".
    const before = buffer.toString('latin1', Math.max(0, keyword - DICTIONARY_WINDOW), keyword);
    const objAt = before.lastIndexOf('obj');
    const dictionary = objAt >= 0 ? before.slice(objAt) : before;
    if (!/\/(?:FlateDecode|Fl)\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const number = objAt >= 0 ? /(\d+)\s+\d+\s+$/.exec(before.slice(Math.max(0, objAt - 24), objAt))?.[1] : undefined;
    const part = number !== undefined ? `the PDF stream of object ${number}` : `the PDF stream at byte ${start}`;
    // Limits may be Infinity ("lifted"); zlib takes a finite cap.
    const cap = Math.min(budget.partCap(), constants.MAX_LENGTH - 1);
    let inflated: number;
    let consumed: number;
    try {
      // zlib stops at the end of the deflate stream; whatever follows it in the file is ignored.
      const { buffer: out, engine } = inflateSync(buffer.subarray(start), { info: true, maxOutputLength: cap + 1 }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
      inflated = out.length;
      consumed = engine.bytesWritten;
    } catch (error) {
      // Over the cap: over the part's limit, or over what is left of the document's.
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') budget.inflated(cap + 1, part);
      // Not deflate data as it stands (another filter first, encrypted, damaged): pdf.js will judge.
      continue;
    }
    budget.inflated(inflated, part);
    budget.checkTime();
    at = start + consumed;
  }
}
