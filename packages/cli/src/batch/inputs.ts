import { type Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { msg, pathForDisplay, render, type MessageRef } from '@plan-extract/core';

/** An input the user named, or one a folder walk or a glob found. Every one gets a row in the report. */
export interface Input {
  /** The name in the report (a name that is not UTF-8 shown by its bytes, `\xNN`). */
  path: string;
  /** The raw bytes of a name that is not UTF-8, to open the file by. */
  file?: Uint8Array;
  /** Why this input cannot be checked at all (no such file, a folder that cannot be listed, a glob that matches nothing); null for a file to check. */
  problem: Problem | null;
}

/** Why an input cannot be checked: its code, the reason in English, and the reason in the catalogue (for every language). */
export interface Problem {
  code: string;
  reason: string;
  detail: MessageRef;
}

/** What a folder walk picks up: the formats plans are submitted in (named files are always taken). */
export const PLAN_EXTENSIONS = ['.pdf', '.docx', '.doc', '.txt', '.text'];

/**
 * Files from the paths the user gave: folders are walked for plan files (hidden files skipped), globs
 * expanded, files kept as named. Order: as given, each folder's and glob's files sorted;
 * duplicates kept once. Nothing is dropped: a path that does not exist, a folder (or sub-folder)
 * that cannot be listed and a glob that matches nothing each become an input with its problem,
 * and a device, FIFO or link among a folder's plan files is an input too (the reader refuses it
 * without waiting on it). Links to folders are not followed (they could loop).
 */
export async function collectInputs(args: readonly string[], cwd = process.cwd()): Promise<Input[]> {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (input: Input, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(input);
  };
  const walker = new Walker(cwd, add);
  for (const arg of args) {
    const path = resolve(cwd, arg);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => error);
    const missing = info instanceof Error && (info.code === 'ENOENT' || info.code === 'ENOTDIR');
    // A link to nothing is still something there: the reader names where it leads (E_NOT_FOUND "it links to …").
    const exists = !missing || (await lstat(path).then(() => true, () => false));
    if (!(info instanceof Error) && info.isDirectory()) {
      await walker.walk(Buffer.from(arg));
    } else if (exists) {
      // A file, or something the reader will name (a device, a FIFO, a link, a file it may not read).
      add({ path: arg, problem: null }, walker.key(Buffer.from(arg)));
    } else if (isDynamicPattern(arg)) {
      const files = await glob(arg, { cwd, dot: false, onlyFiles: true, expandDirectories: false });
      if (files.length === 0) add({ path: arg, problem: problem('E_NOT_FOUND', msg('error:no-match')) }, `glob:${arg}`);
      for (const file of files.sort()) add({ path: file, problem: null }, walker.key(Buffer.from(file)));
    } else {
      add({ path: arg, problem: problem('E_NOT_FOUND', msg('error:no-such-file')) }, walker.key(Buffer.from(arg)));
    }
  }
  return out;
}

/** Byte order: names are compared as the file system stores them. */
const byName = (a: Dirent<Buffer>, b: Dirent<Buffer>) => Buffer.compare(a.name, b.name);

/**
 * Walks folders by the bytes of their names, which may not be UTF-8. Paths are joined and resolved
 * as Latin-1 strings, one character per byte, so `node:path` works on them without changing a byte.
 */
class Walker {
  constructor(
    private readonly cwd: string,
    private readonly add: (input: Input, key: string) => void,
  ) {}

  /** The absolute path, as a key that tells files apart. */
  key(path: Buffer): string {
    return resolve(latin1(Buffer.from(this.cwd)), latin1(path));
  }

  /** A folder that cannot be listed is an input with its problem; the walk goes on. */
  async walk(dir: Buffer): Promise<void> {
    const key = this.key(dir);
    let entries: Dirent<Buffer>[];
    try {
      entries = await readdir(Buffer.from(key, 'latin1'), { withFileTypes: true, encoding: 'buffer' });
    } catch (error) {
      this.add({ path: pathForDisplay(dir), ...rawName(dir), problem: listingProblem(error as NodeJS.ErrnoException) }, `dir:${key}`);
      return;
    }
    for (const entry of entries.sort(byName)) {
      if (entry.name[0] === 0x2e) continue; // hidden: ".git", ".DS_Store"
      const path = Buffer.from(join(latin1(dir), latin1(entry.name)), 'latin1');
      if (entry.isDirectory()) {
        await this.walk(path);
      } else if (PLAN_EXTENSIONS.includes(extname(latin1(entry.name)).toLowerCase())) {
        // Regular files, and links, FIFOs and devices named like plans: the reader refuses those it must.
        this.add({ path: pathForDisplay(path), ...rawName(path), problem: null }, this.key(path));
      }
    }
  }
}

const latin1 = (bytes: Buffer) => bytes.toString('latin1');

/** `{ file }` for a name that is not UTF-8 (it is opened by its bytes), else nothing. */
function rawName(path: Buffer): { file?: Uint8Array } {
  return Buffer.from(path.toString('utf8'), 'utf8').equals(path) ? {} : { file: new Uint8Array(path) };
}

/** A problem whose reason is its catalogue message in English. */
const problem = (code: string, detail: MessageRef): Problem => ({ code, reason: render(detail, 'en') ?? detail.id, detail });

function listingProblem(error: NodeJS.ErrnoException): Problem {
  if (error.code === 'EACCES' || error.code === 'EPERM') return problem('E_ACCESS', msg('error:folder-denied'));
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return problem('E_NOT_FOUND', msg('error:folder-gone'));
  return problem('E_IO', msg('error:folder-unlistable', { error: error.code ?? error.message }));
}
