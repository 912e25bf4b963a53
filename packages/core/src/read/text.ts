/**
 * The text reader: decode the bytes (UTF-8, UTF-16, or a legacy Vietnamese 8-bit
 * encoding), repair mojibake, drop markdown-like emphasis, and lay the lines out
 * as paragraphs — rebuilding them when the text was hard-wrapped by a PDF tool.
 */
import type { Furniture, Message } from '../model.js';
import { decodeLegacy, detectLegacyBytes, fixMojibake, type LegacyEncoding } from '../normalize/legacy.js';
import { reflowLines, stripEmphasis } from '../normalize/reflow.js';
import type { ReadOptions } from './options.js';
import { rawParagraph, type RawDocument } from './raw.js';
import { linesToBlocks } from './text-tables.js';

/** What `source.encoding` reports for a text file; `null` is plain UTF-8 without BOM. */
export type TextEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | LegacyEncoding | 'windows-1258' | 'windows-1252';

const LEGACY_NAMES: Record<LegacyEncoding | 'windows-1258', string> = {
  tcvn3: 'TCVN3 (ABC, .VnTime fonts)',
  vni: 'VNI (VNI-Times fonts)',
  'windows-1258': 'Windows-1258 (the Vietnamese Windows code page)',
};

/**
 * Read a text file: each line a paragraph and each pipe table a table (`./text-tables.ts`), or, for
 * text hard-wrapped by a PDF extractor, the paragraphs rebuilt (footer URLs and page numbers go to `furniture`).
 */
export function readText(bytes: Uint8Array, _options: ReadOptions): RawDocument {
  const messages: Message[] = [];
  const decoded = decodeText(bytes);
  let { text } = decoded;
  let encoding: TextEncoding | null = decoded.encoding;
  if (encoding === 'tcvn3' || encoding === 'vni' || encoding === 'windows-1258') {
    messages.push(documentMessage('legacy-encoding', 'warning', `the file is in ${LEGACY_NAMES[encoding]}, not Unicode; converted to Unicode`));
  } else if (encoding === 'windows-1252') {
    messages.push(documentMessage('unknown-encoding', 'warning', 'the file is neither UTF-8 nor a known Vietnamese encoding; read as Windows-1252, letters may be wrong'));
  } else {
    // Unicode text can still hold TCVN3/VNI bytes that some tool decoded as Windows-1252.
    const fixed = fixMojibake(text);
    if (fixed.encoding !== null) {
      text = fixed.text;
      encoding = fixed.encoding;
      messages.push(documentMessage('legacy-encoding', 'warning', `the text is ${LEGACY_NAMES[fixed.encoding]} read as Windows-1252 (mojibake); converted to Unicode`));
    }
  }

  // NFC first, so a combining mark never ends up on the wrong side of a join. Paired
  // `*`/`**` emphasis (a converter's markdown) goes too: the DOCX and PDF of the same
  // plan carry no asterisks, and all formats must read alike. Lone `*` stay.
  text = stripEmphasis(text.replace(/^\ufeff/, '').normalize('NFC'));
  const lines = text.split(/\r\n?|\n/);

  const reflowed = reflowLines(lines);
  if (reflowed === null) {
    return { blocks: linesToBlocks(lines), furniture: [], pages: null, encoding, messages };
  }
  const furniture: Furniture[] = reflowed.furniture.map((line) => ({ type: 'furniture', region: 'footer', text: line, page: null }));
  const joined = lines.filter((line) => line.trim() !== '').length - reflowed.furniture.length;
  messages.push(
    documentMessage(
      'text-reflowed',
      'info',
      `the text is hard-wrapped at about ${reflowed.wrapWidth} columns (pulled out of a PDF); ${joined} lines rejoined into ${reflowed.paragraphs.length} paragraphs` +
        (furniture.length > 0 ? `, ${furniture.length} footer lines set aside` : ''),
    ),
  );
  return { blocks: reflowed.paragraphs.map((p) => rawParagraph(p)), furniture, pages: null, encoding, messages };
}

function documentMessage(ruleId: string, severity: Message['severity'], message: string): Message {
  return { ruleId, severity, field: 'document', message };
}

/**
 * Bytes to a string: BOMs first, then UTF-16 without BOM by its NUL pattern, then
 * strict UTF-8, and only then the legacy 8-bit encodings (TCVN3, VNI, Windows-1258),
 * with Windows-1252 as the last resort.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding | null } {
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
    const legacy = detectLegacyBytes(bytes);
    if (legacy !== null) return { text: decodeLegacy(bytes, legacy), encoding: legacy };
    // Windows-1258 writes tones as combining marks after the letter; read that way,
    // Vietnamese text is full of letters that only Vietnamese uses.
    const cp1258 = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
    if (looksVietnamese(cp1258)) return { text: cp1258, encoding: 'windows-1258' };
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** At least 2% of the letters (and two or more) are letters only Vietnamese uses: ă đ ĩ ũ ơ ư, ạ..ỹ. */
function looksVietnamese(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const vietnamese = text.match(/[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9]/gu)?.length ?? 0;
  return vietnamese >= 2 && vietnamese >= letters * 0.02;
}

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
