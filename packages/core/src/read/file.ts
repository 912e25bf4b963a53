/**
 * Reading an input file's bytes without trusting the file system: only regular files are read
 * (a device or a FIFO reports size 0 and then reads forever, or blocks), symbolic links are
 * followed and reported as what they point to, and never more than `maxBytes + 1` bytes are read,
 * whatever size the file claimed when it was looked at.
 */
import { constants, type Stats } from 'node:fs';
import { lstat, open, readlink, realpath, stat, type FileHandle } from 'node:fs/promises';
import { PlanError, type ErrorCode } from '../errors.js';
import { msg, render, type MessageRef } from '../messages/index.js';

/** A path to read: a string, or the raw bytes of a name that is not UTF-8 (as `readdir` gives it with `encoding: 'buffer'`). */
export type FilePath = string | Uint8Array;

const asFsPath = (path: FilePath): string | Buffer => (typeof path === 'string' ? path : Buffer.from(path.buffer, path.byteOffset, path.byteLength));

/**
 * A file name for messages: UTF-8 where the bytes are UTF-8, `\xNN` for each byte that is not
 * (so two different names never read alike, and a terminal never sees a raw control byte).
 */
export function pathForDisplay(path: FilePath): string {
  if (typeof path === 'string') return path;
  let out = '';
  let at = 0;
  while (at < path.length) {
    const length = utf8SequenceAt(path, at);
    if (length === 0) {
      out += `\\x${(path[at] as number).toString(16).padStart(2, '0')}`;
      at += 1;
    } else {
      out += Buffer.from(path.subarray(at, at + length)).toString('utf8');
      at += length;
    }
  }
  return out;
}

/** The length of the well-formed UTF-8 sequence starting at `at`, or 0 (RFC 3629: no overlongs, no surrogates). */
function utf8SequenceAt(bytes: Uint8Array, at: number): number {
  const b0 = bytes[at] as number;
  if (b0 < 0x80) return 1;
  const cont = (i: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[at + i];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** What a non-regular file is (the catalogue names each kind). */
type FileKind = 'folder' | 'fifo' | 'socket' | 'char-device' | 'block-device' | 'other';

function kindOf(info: Stats): FileKind {
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'fifo';
  if (info.isSocket()) return 'socket';
  if (info.isCharacterDevice()) return 'char-device';
  if (info.isBlockDevice()) return 'block-device';
  return 'other';
}

/** The error code and reason for a failed file-system call on an input (`link`: where it leads, when it is a symbolic link). */
export function fileError(error: unknown, name: string, link: string | null = null): PlanError {
  const code = (error as NodeJS.ErrnoException).code;
  const [planCode, detail]: [ErrorCode, MessageRef] =
    code === 'ENOENT' || code === 'ENOTDIR'
      ? ['E_NOT_FOUND', link === null ? msg('error:no-such-file') : msg('error:link-to-nothing', { target: link })]
      : code === 'ELOOP'
        ? ['E_NOT_FOUND', msg('error:link-loop')]
        : code === 'ENAMETOOLONG'
          ? ['E_NOT_FOUND', msg('error:name-too-long')]
          : code === 'EACCES' || code === 'EPERM'
            ? ['E_ACCESS', msg('error:permission-denied', { link })]
            : ['E_IO', msg('error:read-failed', { link, error: code ?? (error instanceof Error ? error.message : String(error)) })];
  return planError(planCode, detail, name, error);
}

/** A PlanError whose reason is its catalogue message in English (`reason` is English; `detail` renders in any language). */
export function planError(code: ErrorCode, detail: MessageRef, name: string | null, cause?: unknown): PlanError {
  return new PlanError(code, render(detail, 'en') ?? detail.id, name, cause === undefined ? { detail } : { cause, detail });
}

/**
 * The bytes of the file at `path`: a regular file (links followed) of at most `maxBytes`.
 * Throws `PlanError`: E_NOT_FOUND, E_ACCESS, E_IO, E_UNSUPPORTED for anything that is not a
 * regular file (named after what it is, and what a link points to), E_TOO_LARGE past `maxBytes`.
 * `name` is the name used in messages (default: the path, shown by `pathForDisplay`).
 */
export async function readFileBounded(path: FilePath, maxBytes: number, name = pathForDisplay(path)): Promise<Uint8Array> {
  const fsPath = asFsPath(path);
  let link: string | null = null;
  let info: Stats;
  try {
    if ((await lstat(fsPath)).isSymbolicLink()) link = await linkTarget(fsPath);
  } catch (error) {
    throw fileError(error, name);
  }
  try {
    info = await stat(fsPath);
  } catch (error) {
    throw fileError(error, name, link);
  }
  const refuse = (what: Stats) => planError('E_UNSUPPORTED', msg('error:not-a-file', { kind: kindOf(what), link }), name);
  if (!info.isFile()) throw refuse(info);
  if (info.size > maxBytes) throw tooLarge(`${info.size} bytes`, maxBytes, name);
  let handle: FileHandle;
  try {
    // Non-blocking: should the file have been swapped for a FIFO since `stat`, opening it must not wait for a writer.
    handle = await open(fsPath, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw fileError(error, name, link);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw refuse(opened);
    // Read to the end or one byte past the limit, whatever the size said: a file may grow while it is read.
    let buffer = Buffer.allocUnsafe(Math.min(maxBytes, Math.max(opened.size, 64 * 1024)) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(`more than ${maxBytes} bytes`, maxBytes, name);
        const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
      length += bytesRead;
    }
  } catch (error) {
    if (error instanceof PlanError) throw error;
    throw fileError(error, name, link);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

const tooLarge = (size: string, maxBytes: number, name: string) => new PlanError('E_TOO_LARGE', `the file is ${size}, over the limit of ${maxBytes}`, name);

/** Where a symbolic link leads, for messages: its resolved path, or what it says when that cannot be resolved. */
async function linkTarget(path: string | Buffer): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return pathForDisplay(new Uint8Array(await readlink(path, { encoding: 'buffer' })));
  }
}
