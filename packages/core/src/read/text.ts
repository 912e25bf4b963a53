/**
 * The text reader: decode the bytes (UTF-8, UTF-16, or a legacy Vietnamese 8-bit
 * encoding), repair mojibake, drop markdown-like emphasis, and lay the lines out
 * as paragraphs — rebuilding them when the text was hard-wrapped by a PDF tool.
 */
import type { Furniture, Message } from '../model.js';
import { decodeLegacy, detectLegacyBytes, fixMojibake, type LegacyEncoding } from '../normalize/legacy.js';
import { createMessage, msg } from '../messages/index.js';
import { nfc } from '../normalize/index.js';
import { isFurnitureLine, reflowLines, stripEmphasis } from '../normalize/reflow.js';
import { Budget } from './budget.js';
import { resolveLimits, type ReadOptions } from './options.js';
import { rawParagraph, type RawDocument, type SourcePiece } from './raw.js';
import { linesToBlocks } from './text-tables.js';

/** What `source.encoding` reports for a text file; `null` is plain UTF-8 without BOM. */
export type TextEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | LegacyEncoding | 'windows-1258' | 'windows-1252';

/**
 * Read a text file: each line a paragraph and each pipe table a table (`./text-tables.ts`), or, for
 * text hard-wrapped by a PDF extractor, the paragraphs rebuilt (footer URLs and page numbers go to `furniture`).
 */
export function readText(bytes: Uint8Array, options: ReadOptions, budget = new Budget(resolveLimits(options.limits), options.path ?? null, options.signal)): RawDocument {
  const messages: Message[] = [];
  const decoded = decodeText(bytes);
  budget.text(decoded.text.length);
  let { text } = decoded;
  let encoding: TextEncoding | null = decoded.encoding;
  if (decoded.mixed) {
    const { lines, legacy } = decoded.mixed;
    // The first few line numbers: a file with hundreds of such lines is better told by its count.
    const where = { lines: lines.slice(0, 5).map(String), more: Math.max(0, lines.length - 5) };
    messages.push(
      legacy === null
        ? createMessage('read/mixed-encoding', 'warning', 'document', msg('read/mixed-encoding#unknown', where))
        : createMessage('read/mixed-encoding', 'warning', 'document', msg('read/mixed-encoding', { ...where, encoding: legacy })),
    );
  } else if (encoding === 'tcvn3' || encoding === 'vni' || encoding === 'windows-1258') {
    messages.push(createMessage('read/legacy-encoding', 'warning', 'document', msg('read/legacy-encoding', { encoding })));
  } else if (encoding === 'windows-1252') {
    messages.push(createMessage('read/unknown-encoding', 'warning', 'document', msg('read/unknown-encoding')));
  } else {
    // Unicode text can still hold TCVN3/VNI bytes that some tool decoded as Windows-1252.
    const fixed = fixMojibake(text);
    if (fixed.encoding !== null) {
      text = fixed.text;
      encoding = fixed.encoding;
      messages.push(createMessage('read/legacy-encoding', 'warning', 'document', msg('read/legacy-encoding#mojibake', { encoding: fixed.encoding })));
    }
  }

  // The lines as written (a BOM is not a character of line 1), for locations: every later step
  // keeps the line breaks where they are, so line i here is line i of the file.
  const source = text.replace(/^\ufeff/, '').split(LINE_BREAK);
  // NFC first, so a combining mark never ends up on the wrong side of a join. Paired
  // `*`/`**` emphasis (a converter's markdown) goes too: the DOCX and PDF of the same
  // plan carry no asterisks, and all formats must read alike. Lone `*` stay.
  text = stripEmphasis(nfc(text.replace(/^\ufeff/, '')));
  const lines = text.split(LINE_BREAK);
  const piece = (i: number): SourcePiece => ({ line: i + 1, column: 1, text: source[i] ?? '' });

  const reflowed = reflowLines(lines);
  if (reflowed === null) {
    return { blocks: linesToBlocks(lines, source), furniture: [], pages: null, encoding, messages };
  }
  const furniture: Furniture[] = reflowed.furniture.map((line) => ({ type: 'furniture', region: 'footer', text: line, page: null }));
  const joined = lines.filter((line) => line.trim() !== '').length - reflowed.furniture.length;
  messages.push(
    createMessage('read/text-reflowed', 'info', 'document', msg('read/text-reflowed', { width: reflowed.wrapWidth, lines: joined, paragraphs: reflowed.paragraphs.length, footers: furniture.length })),
  );
  const sources = reflowedSources(lines, reflowed.paragraphs);
  return { blocks: reflowed.paragraphs.map((p, n) => rawParagraph(p, null, { pieces: (sources[n] ?? []).map(piece) })), furniture, pages: null, encoding, messages };
}

const LINE_BREAK = /\r\n?|\n/;

/**
 * The lines each rejoined paragraph was built from. Reflow drops blank and furniture lines and
 * joins the rest, trimmed, in order, with a space or (after a hyphen) nothing; so consuming the
 * content lines while their joined length stays within the paragraph's finds them again.
 */
function reflowedSources(lines: readonly string[], paragraphs: readonly string[]): number[][] {
  const content: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '' && !isFurnitureLine(line)) content.push(i);
  });
  let next = 0;
  return paragraphs.map((paragraph) => {
    const used: number[] = [];
    let length = 0;
    while (next < content.length) {
      const line = (lines[content[next] as number] ?? '').trim();
      const joined = length === 0 ? line.length : length + (paragraph[length] === ' ' ? 1 : 0) + line.length;
      if (length > 0 && joined > paragraph.length) break;
      used.push(content[next] as number);
      next++;
      length = joined;
      if (length >= paragraph.length) break;
    }
    return used;
  });
}

/**
 * Bytes to a string: BOMs first, then UTF-16 without BOM by its NUL pattern, then
 * strict UTF-8, and only then the legacy 8-bit encodings (TCVN3, VNI, Windows-1258),
 * with Windows-1252 as the last resort.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding | null; mixed?: MixedLines } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== null) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: null };
  } catch {
    const mixed = decodeMixed(bytes);
    if (mixed !== null) return { text: mixed.text, encoding: null, mixed: mixed.mixed };
    const legacy = detectLegacyBytes(bytes);
    if (legacy !== null) return { text: decodeLegacy(bytes, legacy), encoding: legacy };
    // Windows-1258 writes tones as combining marks after the letter; read that way,
    // Vietnamese text is full of letters that only Vietnamese uses.
    const cp1258 = nfc(new TextDecoder('windows-1258').decode(bytes));
    if (looksVietnamese(cp1258)) return { text: cp1258, encoding: 'windows-1258' };
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Lines of a UTF-8 file that are not UTF-8: their 1-based numbers, and the legacy encoding they were read in (null: none found). */
export interface MixedLines {
  lines: number[];
  legacy: EightBit | null;
}

/**
 * A UTF-8 file with a few lines in another encoding (a paragraph pasted from an old TCVN3 file, one
 * stray byte): more lines hold UTF-8 letters than hold invalid bytes. Each invalid line is decoded on
 * its own, in the legacy encoding the invalid lines show together, so one stray byte no longer makes
 * the whole document TCVN3. `null` when the file does not look like UTF-8 at all (a legacy file).
 */
function decodeMixed(bytes: Uint8Array): { text: string; mixed: MixedLines } | null {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const lines: Array<{ bytes: Uint8Array; text: string | null }> = [];
  let utf8Lines = 0;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    let text: string | null = null;
    try {
      text = strict.decode(line);
      if (line.some((b) => b >= 0x80)) utf8Lines++;
    } catch {
      // not UTF-8: decoded below
    }
    lines.push({ bytes: line, text });
    start = end + 1;
  }
  const invalid = lines.filter((line) => line.text === null);
  if (utf8Lines <= invalid.length) return null;
  const together = new Uint8Array(invalid.reduce((n, line) => n + line.bytes.length + 1, 0));
  let at = 0;
  for (const line of invalid) {
    together.set(line.bytes, at);
    at += line.bytes.length + 1;
    together[at - 1] = 0x0a;
  }
  // A few short lines give the detector little to go on: failing it, the encoding whose reading
  // gives the most letters only Vietnamese uses.
  const legacy = detectLegacyBytes(together) ?? mostVietnamese(together);
  const decodeLine = (line: Uint8Array) => (legacy === null ? new TextDecoder('utf-8').decode(line) : decodeAs(line, legacy));
  const numbers: number[] = [];
  const text = lines
    .map((line, i) => {
      if (line.text !== null) return line.text;
      numbers.push(i + 1);
      return decodeLine(line.bytes);
    })
    .join('\n');
  return { text, mixed: { lines: numbers, legacy } };
}

type EightBit = LegacyEncoding | 'windows-1258';

function decodeAs(bytes: Uint8Array, encoding: EightBit): string {
  return encoding === 'windows-1258' ? nfc(new TextDecoder('windows-1258').decode(bytes)) : decodeLegacy(bytes, encoding);
}

/** The 8-bit encoding in which `bytes` read as the most Vietnamese, or null when none reads as Vietnamese at all. */
function mostVietnamese(bytes: Uint8Array): EightBit | null {
  let best: EightBit | null = null;
  let bestCount = 0;
  for (const encoding of ['tcvn3', 'vni', 'windows-1258'] as const) {
    const text = decodeAs(bytes, encoding);
    if (!looksVietnamese(text)) continue;
    const count = vietnameseLetters(text);
    if (count > bestCount) [best, bestCount] = [encoding, count];
  }
  return best;
}

/** At least 2% of the letters (and two or more) are letters only Vietnamese uses: ă đ ĩ ũ ơ ư, ạ..ỹ. */
function looksVietnamese(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const vietnamese = vietnameseLetters(text);
  return vietnamese >= 2 && vietnamese >= letters * 0.02;
}

const vietnameseLetters = (text: string) => text.match(/[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/gu)?.length ?? 0;

/**
 * UTF-16 without BOM: ASCII letters, digits and spaces put a NUL in every other byte.
 * Vietnamese letters (U+1Exx, U+01xx) do not, so we ask for NULs on one side in
 * at least a third of the code units and (almost) none on the other.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const units = n / 2;
  // A stray NUL on the other side (U+0100, U+2000) is allowed; binary data has many.
  if (odd >= units / 3 && even <= odd / 20) return 'utf-16le';
  if (even >= units / 3 && odd <= even / 20) return 'utf-16be';
  return null;
}
