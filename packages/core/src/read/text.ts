import type { ReadOptions } from './options.js';
import { rawParagraph, type RawDocument } from './raw.js';

/** Decode text bytes (UTF-8 with or without BOM, UTF-16 LE/BE) and take each line as a paragraph. */
export function readText(bytes: Uint8Array, _options: ReadOptions): RawDocument {
  const { text, encoding } = decode(bytes);
  const blocks = text.split(/\r\n?|\n/).map((line) => rawParagraph(line));
  return { blocks, furniture: [], pages: null, encoding, messages: [] };
}

function decode(bytes: Uint8Array): { text: string; encoding: string | null } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: null };
}
