import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** An input the user named: a file to check, or a path that could not be found (reported, not dropped). */
export interface Input {
  path: string;
  missing: boolean;
}

/** What a folder walk picks up: the formats plans are submitted in (named files are always taken). */
export const PLAN_EXTENSIONS = ['.pdf', '.docx', '.doc', '.txt', '.text'];

/**
 * Files from the paths the user gave: folders are walked for plan files (hidden files skipped), globs
 * expanded, files kept as named. Order: as given, each folder's and glob's files sorted;
 * duplicates kept once. A path that does not exist stays in the list, marked missing, so
 * every input appears in the report.
 */
export async function collectInputs(args: readonly string[], cwd = process.cwd()): Promise<Input[]> {
  const out: Input[] = [];
  const seen = new Set<string>();
  const add = (path: string, missing = false) => {
    const key = resolve(cwd, path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path, missing });
  };
  for (const arg of args) {
    const info = await stat(resolve(cwd, arg)).catch(() => null);
    if (info?.isDirectory()) {
      for (const file of await walk(arg, cwd)) add(file);
    } else if (info) {
      add(arg);
    } else if (isDynamicPattern(arg)) {
      const files = await glob(arg, { cwd, dot: false, onlyFiles: true, expandDirectories: false });
      for (const file of files.sort()) add(file);
    } else {
      add(arg, true);
    }
  }
  return out;
}

async function walk(dir: string, cwd: string): Promise<string[]> {
  const entries = await readdir(resolve(cwd, dir), { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path, cwd)));
    else if (entry.isFile() && PLAN_EXTENSIONS.includes(extname(entry.name).toLowerCase())) files.push(path);
  }
  return files;
}
