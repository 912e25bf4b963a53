/**
 * Argument parsing shared by the commands: the options every command takes (`--format`, `--output`,
 * the limit flags, `--ocr`) for node:util's parseArgs, and its failures as one-line usage errors.
 * Commands parse strictly; after `--` every argument is a path, even one starting with a dash.
 */
import { UsageError } from './io.js';
import { LIMIT_OPTIONS } from './limits.js';
import { OCR_OPTIONS } from './ocr.js';

/** `--format`, `--output`, the limit flags and `--ocr`, in parseArgs' shape. */
export const COMMON_OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  ...LIMIT_OPTIONS,
  ...OCR_OPTIONS,
} as const;

/** Runs a parseArgs call; its errors (unknown flag, missing value) become one-line usage errors. */
export function parseOrUsage<R extends { values: { output?: unknown } }>(parse: () => R): R {
  let parsed: R;
  try {
    parsed = parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? 'bad arguments') : String(error));
  }
  if (parsed.values.output === '') throw new UsageError('--output needs a file name');
  return parsed;
}
