/**
 * A guarded ZIP reader for DOCX packages. The central directory is checked
 * before anything is inflated (declared sizes, compression ratios, encryption),
 * and inflation is capped by the bytes actually produced, because declared
 * sizes can lie. Only the parts the reader needs are ever inflated.
 * node:zlib rather than fflate: `maxOutputLength` stops a bomb natively, mid-stream.
 */
import { inflateRawSync } from 'node:zlib';
import { PlanError } from '../../errors.js';
import type { Budget } from '../budget.js';

/** A deflate stream cannot expand more than about 1032:1; an entry claiming more is forged or damaged. */
const MAX_RATIO = 500;
/** Small entries may have silly ratios (a 2 KiB run of spaces): only check entries above this size. */
const RATIO_FLOOR = 1024 * 1024;

const SIG_EOCD = 0x06054b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

/** One central-directory entry. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** An opened archive: names, and guarded reads of single entries. */
export interface ZipArchive {
  /** Entry names in central-directory order. */
  names: string[];
  /** Names that occur more than once; `read` gives the last entry of such a name, as Word and LibreOffice do. */
  duplicates: string[];
  has(name: string): boolean;
  /** The entry's bytes, or `null` when there is no such entry. Throws `PlanError` on damage or over the budget. */
  read(name: string): Uint8Array | null;
}

/**
 * Open a ZIP from its central directory. Throws `E_CORRUPT` for a truncated or
 * damaged archive, `E_ENCRYPTED` for encrypted entries, and `E_TOO_LARGE` when
 * the declared sizes add up past the budget's total or a ratio is absurd.
 * Every entry read is counted against `budget` (per part and in total).
 */
export function openZip(bytes: Uint8Array, budget: Budget): ZipArchive {
  const file = budget.file;
  const maxInflatedBytes = budget.limits.maxInflatedBytes;
  const corrupt = (reason: string) => new PlanError('E_CORRUPT', reason, file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corrupt('truncated or damaged DOCX: the ZIP has no end-of-central-directory record');

  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) {
    throw new PlanError('E_UNSUPPORTED', 'a ZIP64 archive: not a DOCX written by Word or LibreOffice', file);
  }
  if (dirOffset + dirSize > eocd) throw corrupt('truncated or damaged DOCX: the ZIP central directory lies outside the file');

  const entries = new Map<string, ZipEntry>();
  const names: string[] = [];
  const duplicates = new Set<string>();
  let declaredTotal = 0;
  let at = dirOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== SIG_CENTRAL) throw corrupt('damaged DOCX: bad ZIP central directory entry');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    if (at + 46 + nameLength > eocd) throw corrupt('damaged DOCX: bad ZIP central directory entry');
    const name = new TextDecoder(flags & FLAG_UTF8 ? 'utf-8' : 'latin1').decode(nameBytes);
    at += 46 + nameLength + extraLength + commentLength;

    if (flags & FLAG_ENCRYPTED) throw new PlanError('E_ENCRYPTED', `the DOCX is password-protected (encrypted ZIP entry ${name})`, file);
    declaredTotal += size;
    if (declaredTotal > maxInflatedBytes) {
      throw new PlanError('E_TOO_LARGE', `the DOCX declares more than ${maxInflatedBytes} bytes of content once unzipped (a zip bomb?)`, file);
    }
    if (size > RATIO_FLOOR && size > compressedSize * MAX_RATIO) {
      throw new PlanError('E_TOO_LARGE', `ZIP entry ${name} claims a compression ratio over ${MAX_RATIO}:1 (a zip bomb?)`, file);
    }
    // A name given twice: Word and LibreOffice read the later entry, so that is the one read here.
    if (entries.has(name)) duplicates.add(name);
    else names.push(name);
    entries.set(name, { name, method, flags, crc32, compressedSize, size, localOffset });
  }

  return {
    names,
    duplicates: [...duplicates],
    has: (name) => entries.has(name),
    read(name) {
      const entry = entries.get(name);
      if (!entry) return null;
      const data = inflateEntry(bytes, view, entry, budget.partCap(), file);
      budget.inflated(data.length, `ZIP entry ${name}`);
      return data;
    },
  };
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === SIG_EOCD && at + 22 + view.getUint16(at + 20, true) <= view.byteLength) return at;
  }
  return -1;
}

/** One entry's bytes; `budget` is the most it may inflate to (the part's limit, or what is left of the document's). */
function inflateEntry(bytes: Uint8Array, view: DataView, entry: ZipEntry, budget: number, file: string | null): Uint8Array {
  const corrupt = (reason: string, cause?: unknown) =>
    new PlanError('E_CORRUPT', `damaged DOCX: ZIP entry ${entry.name} ${reason}`, file, cause === undefined ? undefined : { cause });
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== SIG_LOCAL) throw corrupt('has no local header');
  // The local name/extra lengths may differ from the central directory's copy.
  const dataStart = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.length) throw corrupt('is cut short');
  const compressed = bytes.subarray(dataStart, dataEnd);

  if (entry.size > budget) {
    throw new PlanError('E_TOO_LARGE', `ZIP entry ${entry.name} is ${entry.size} bytes once inflated, over the ${budget} bytes left for one part (a zip bomb?)`, file);
  }
  let data: Uint8Array;
  if (entry.method === METHOD_STORED) {
    data = compressed;
  } else if (entry.method === METHOD_DEFLATE) {
    // Cap what zlib may produce: one byte past the declared size (or the remaining budget) proves a lie.
    const cap = Math.min(entry.size, budget) + 1;
    try {
      data = inflateRawSync(compressed, { maxOutputLength: cap });
    } catch (error) {
      if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw new PlanError('E_TOO_LARGE', `ZIP entry ${entry.name} inflates past its declared ${entry.size} bytes or the ${budget}-byte budget (a zip bomb?)`, file);
      }
      throw corrupt(`cannot be inflated (${(error as Error).message})`, error);
    }
  } else {
    throw corrupt(`uses compression method ${entry.method}, which DOCX does not`);
  }
  if (data.length > budget) {
    throw new PlanError('E_TOO_LARGE', `the DOCX inflates past the ${budget}-byte budget (a zip bomb?)`, file);
  }
  if (data.length !== entry.size) throw corrupt(`inflates to ${data.length} bytes, not the declared ${entry.size}`);
  if (crc32(data) !== entry.crc32) throw corrupt('fails its CRC check');
  return data;
}

let CRC_TABLE: Uint32Array | null = null;

/** CRC-32 (IEEE), as ZIP stores it. Node 20's zlib has no crc32. */
export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  const table = CRC_TABLE;
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (table[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
