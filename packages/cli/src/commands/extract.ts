/**
 * `plan-extract extract <file> [--format json|text|markdown] [--output FILE] [--ocr auto|off|force] [limits]`: every field of one plan.
 * Exit 0 on success; 1 when the document cannot be read (one line naming the file and the error code);
 * 2 for usage errors (a missing file included) or an output file that cannot be written.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractFile, isPlanError, type Limits, type OcrMode, type PlanExtraction } from '@plan-extract/core';
import { EXIT, UsageError, type Io } from '../io.js';
import { COMMON_OPTIONS, parseOrUsage } from '../args.js';
import { parseLimitFlags } from '../limits.js';
import { createOcrProgress, parseOcrFlag } from '../ocr.js';
import { formatExtractJson } from '../formatters/extract-json.js';
import { formatExtractMarkdown } from '../formatters/extract-markdown.js';
import { formatExtractText } from '../formatters/extract-text.js';

const FORMATS = ['json', 'text', 'markdown'] as const;
type Format = (typeof FORMATS)[number];

export interface ExtractArgs {
  file: string;
  format: Format;
  output: string | null;
  limits: Partial<Limits>;
  ocr: OcrMode;
}

/** Parse argv after `extract`; throws UsageError on anything unexpected. Default format: json. */
export function parseExtractArgs(args: string[]): ExtractArgs {
  const { values, positionals } = parseOrUsage(() => parseArgs({ args, options: COMMON_OPTIONS, allowPositionals: true, strict: true }));
  if (positionals.length === 0) throw new UsageError('expected a plan file');
  if (positionals.length > 1) throw new UsageError(`expected one plan file, got ${positionals.length}`);
  const format = values.format ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}' (expected ${FORMATS.join(', ')})`);
  return { file: positionals[0] ?? '', format: format as Format, output: values.output ?? null, limits: parseLimitFlags(values), ocr: parseOcrFlag(values) };
}

function render(extraction: PlanExtraction, format: Format, color: boolean): string {
  switch (format) {
    case 'text':
      return formatExtractText(extraction, { color });
    case 'markdown':
      return formatExtractMarkdown(extraction);
    default:
      return formatExtractJson(extraction);
  }
}

export async function extractCommand(args: string[], io: Io): Promise<number> {
  const options = parseExtractArgs(args);
  let extraction: PlanExtraction;
  const progress = createOcrProgress(io);
  try {
    extraction = (await extractFile(options.file, { limits: options.limits, ocr: options.ocr, onProgress: progress.for(options.file) })).value;
  } catch (error) {
    progress.end();
    if (!isPlanError(error)) throw error;
    // PlanError's message already reads "<file>: <reason> (E_CODE)".
    io.stderr(`plan-extract: ${error.message.split('\n')[0]}\n`);
    // A path that names no file is a usage error (as in diff); a file that cannot be read is a finding.
    return error.code === 'E_NOT_FOUND' ? EXIT.usage : EXIT.findings;
  }
  progress.end();
  const color = options.output === null && options.format === 'text' && io.isTTY.stdout && !io.env['NO_COLOR'];
  const rendered = render(extraction, options.format, color);
  if (options.output === null) {
    io.stdout(rendered);
    return EXIT.ok;
  }
  try {
    // No parent folders are made: a mistyped folder is an error, not a new tree.
    await writeFile(options.output, rendered, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'the folder does not exist' : error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : String(error);
    io.stderr(`plan-extract: cannot write ${options.output}: ${reason}\n`);
    return EXIT.usage;
  }
  return EXIT.ok;
}
