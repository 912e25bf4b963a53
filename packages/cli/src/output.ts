/**
 * `--output FILE`: checked before any work, so a batch is never run only to find it cannot be
 * saved, and written whole or not at all.
 */
import { constants } from 'node:fs';
import { access, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { t, type Lang } from '@plan-extract/core';
import { OutputError, UsageError } from './io.js';

/**
 * Refuses an output that cannot be written or would destroy an input: a folder, a file in a
 * folder that does not exist (no folders are made: a mistyped folder is an error, not a new
 * tree) or cannot be written to, and any of `inputs` (the plans, --against, --config).
 */
export async function checkOutput(path: string, inputs: readonly string[], lang: Lang): Promise<void> {
  const target = resolve(path);
  const info = await stat(target).catch(() => null);
  if (info?.isDirectory()) throw new UsageError(t(lang, 'cli:output-is-folder', { path }));
  const folder = dirname(target);
  const folderInfo = await stat(folder).catch(() => null);
  if (!folderInfo?.isDirectory()) throw new UsageError(t(lang, 'cli:output-no-folder', { path, folder: dirname(path) }));
  try {
    await access(info ? target : folder, constants.W_OK);
  } catch {
    throw new UsageError(t(lang, 'cli:output-not-writable', { path }));
  }
  if (!info) return;
  const real = await realpath(target);
  for (const input of inputs) {
    const other = await realpath(resolve(input)).catch(() => null);
    if (other === real) throw new UsageError(t(lang, 'cli:output-is-input', { path, input }));
  }
}

/**
 * Writes `content` to `path` through a temporary file in the same folder and a rename, so a
 * failure halfway (a full disk) leaves the old file, not half a report. Devices and pipes
 * (`/dev/stdout`) are written directly.
 */
export async function writeOutput(path: string, content: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (info && !info.isFile()) {
    await writeFile(path, content, 'utf8');
    return;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** `writeOutput`, a failure after the checks (a full disk) becoming one line (`OutputError`, exit code 2). */
export async function saveOutput(path: string, content: string, lang: Lang): Promise<void> {
  try {
    await writeOutput(path, content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    throw new OutputError(t(lang, 'cli:cannot-write', { path, reason: String(reason) }));
  }
}
