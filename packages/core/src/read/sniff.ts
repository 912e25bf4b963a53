import type { ErrorCode } from '../errors.js';
import type { Format } from '../model.js';

export type Sniffed = Format | 'unsupported';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Word saves a password-protected .docx as an OLE container with these streams.
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) => magic.every((b, i) => bytes[at + i] === b);

// Formats we recognise only to refuse them with a clear reason.
const REFUSED: Array<[number[], string]> = [
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'a legacy Word (.doc) or other OLE file'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7z archive'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'],
];

/** What the bytes are; for a refused input, why, and the error code to give (`E_UNSUPPORTED` unless said otherwise). */
export interface SniffResult {
  format: Sniffed;
  reason: string | null;
  code?: ErrorCode;
}

/**
 * The format from the bytes, not the name: `%PDF-` (see `isPdf`), a ZIP holding `word/document.xml`, or text (no NUL bytes
 * outside a UTF-16 pattern, or a BOM). An OLE file holding an `EncryptionInfo`
 * stream is a password-protected DOCX (`code: 'E_ENCRYPTED'`), not a legacy .doc.
 */
export function sniffFormat(bytes: Uint8Array): SniffResult {
  if (isPdf(bytes)) return { format: 'pdf', reason: null };
  if (startsWith(bytes, OLE_MAGIC) && asBuffer(bytes).includes(ENCRYPTION_INFO)) {
    return { format: 'unsupported', reason: 'the DOCX is password-protected (encrypted OOXML); save a copy without a password', code: 'E_ENCRYPTED' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return hasZipEntryName(bytes, 'word/document.xml')
      ? { format: 'docx', reason: null }
      : { format: 'unsupported', reason: 'a ZIP archive that is not a Word document (no word/document.xml)' };
  }
  for (const [magic, what] of REFUSED) {
    if (startsWith(bytes, magic)) return { format: 'unsupported', reason: `${what}, not a plan document (PDF, DOCX or text)` };
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { format: 'text', reason: null };
  }
  return looksLikeText(bytes.subarray(0, 64 * 1024))
    ? { format: 'text', reason: null }
    : { format: 'unsupported', reason: 'binary data, not a plan document (PDF, DOCX or text)' };
}

const PDF_HEADER = Buffer.from('%PDF-', 'latin1');
const PDF_OBJECT = /\d+[ \t\r\n]+\d+[ \t\r\n]+obj\b/;

/**
 * `%PDF-` at the start; or within the first KiB (readers allow junk before it, as some mail gateways
 * add) when a version and, within 64 KiB, an indirect object ("1 0 obj") follow it: a text plan that
 * mentions "%PDF-1.7" in its first lines is still text.
 */
function isPdf(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [...PDF_HEADER])) return true;
  const at = indexOf(bytes.subarray(0, 1024), [...PDF_HEADER]);
  if (at < 0 || !/^%PDF-\d\.\d/.test(asBuffer(bytes).toString('latin1', at, at + 8))) return false;
  return PDF_OBJECT.test(asBuffer(bytes).toString('latin1', at, at + 64 * 1024));
}

function indexOf(haystack: Uint8Array, needle: number[]): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// Entry names sit in the central directory at the end; the local headers name them too.
function hasZipEntryName(bytes: Uint8Array, name: string): boolean {
  return asBuffer(bytes).includes(Buffer.from(name, 'latin1'));
}

// A view, not a copy: whole-file scans use Buffer's native search.
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Text has no NUL bytes (unless it is UTF-16 without BOM) and few C0 controls. */
function looksLikeText(sample: Uint8Array): boolean {
  if (sample.length === 0) return true;
  let nul = 0;
  let evenNul = 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0) {
      nul++;
      if (i % 2 === 0) evenNul++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) {
      controls++;
    }
  }
  if (nul > 0) {
    // UTF-16 without BOM: NULs in every other byte, on one side.
    const ratio = nul / (sample.length / 2);
    const oneSide = evenNul === 0 || evenNul === nul;
    return ratio > 0.3 && oneSide; // Vietnamese letters put bytes like 0x1E beside the NULs: not controls here.
  }
  return controls / sample.length < 0.01;
}
