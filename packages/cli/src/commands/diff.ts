/**
 * `plan-extract diff <upper> <lower> [--format text|json|markdown|html] [--output FILE]`:
 * does the lower plan carry out the upper plan it implements?
 * Exit 0 without error-level findings, 1 with some, 2 for usage errors or unreadable input.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { diffPlans, extractFile, isPlanError, PlanExtraction, type Limits, type OcrMode, type PlanDiff, type ReadProgress } from '@plan-extract/core';
import { EXIT, UsageError, type Io } from '../io.js';
import { COMMON_OPTIONS, parseOrUsage } from '../args.js';
import { parseLimitFlags } from '../limits.js';
import { createOcrProgress, parseOcrFlag } from '../ocr.js';
import { formatDiffHtml } from '../formatters/diff-html.js';
import { formatDiffJson } from '../formatters/diff-json.js';
import { formatDiffMarkdown } from '../formatters/diff-markdown.js';
import { formatDiffText } from '../formatters/diff-text.js';

const FORMATS = ['text', 'json', 'markdown', 'html'] as const;
type Format = (typeof FORMATS)[number];

interface DiffArgs {
  upper: string;
  lower: string;
  format: Format;
  output: string | null;
  limits: Partial<Limits>;
  ocr: OcrMode;
}

/** Parse argv after `diff`; throws UsageError on anything unexpected. After `--` every argument is a path. */
export function parseDiffArgs(args: string[]): DiffArgs {
  const { values, positionals } = parseOrUsage(() => parseArgs({ args, options: COMMON_OPTIONS, allowPositionals: true, strict: true }));
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format '${format}' (expected ${FORMATS.join(', ')})`);
  if (positionals.length !== 2) throw new UsageError(`expected <upper plan> <lower plan>, got ${positionals.length} path${positionals.length === 1 ? '' : 's'}`);
  return { upper: positionals[0] ?? '', lower: positionals[1] ?? '', format: format as Format, output: values.output ?? null, limits: parseLimitFlags(values), ocr: parseOcrFlag(values) };
}

/** An input that could not be read: reported in one line naming the file, exit code 2. */
class InputError extends Error {}

/**
 * Read and extract one side. A `.json` file is taken as an extraction already made
 * (`plan-extract extract --format json`), checked against the contract.
 */
async function load(path: string, limits: Partial<Limits>, ocr: OcrMode, onProgress: (progress: ReadProgress) => void): Promise<PlanExtraction> {
  try {
    if (path.toLowerCase().endsWith('.json')) {
      const parsed = PlanExtraction.safeParse(JSON.parse(await readFile(path, 'utf8')));
      if (!parsed.success) throw new InputError(`${path}: not a plan extraction (${parsed.error.issues[0]?.message ?? 'invalid'})`);
      return parsed.data;
    }
    return (await extractFile(path, { limits, ocr, onProgress })).value;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (isPlanError(error)) throw new InputError(error.message.split('\n')[0] ?? path);
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new InputError(reason?.includes(path) ? reason : `${path}: ${reason}`);
  }
}

function render(diff: PlanDiff, format: Format, color: boolean): string {
  switch (format) {
    case 'json':
      return formatDiffJson(diff);
    case 'markdown':
      return formatDiffMarkdown(diff);
    case 'html':
      return formatDiffHtml(diff);
    default:
      return formatDiffText(diff, { color });
  }
}

export async function diffCommand(args: string[], io: Io): Promise<number> {
  const options = parseDiffArgs(args);
  let upper: PlanExtraction;
  let lower: PlanExtraction;
  const progress = createOcrProgress(io);
  try {
    [upper, lower] = await Promise.all([
      load(options.upper, options.limits, options.ocr, progress.for(options.upper)),
      load(options.lower, options.limits, options.ocr, progress.for(options.lower)),
    ]);
    progress.end();
  } catch (error) {
    progress.end();
    if (!(error instanceof InputError)) throw error;
    io.stderr(`plan-extract diff: ${error.message}\n`);
    return EXIT.usage;
  }
  const diff = diffPlans(upper, lower);
  const color = options.output === null && options.format === 'text' && io.isTTY.stdout && !io.env['NO_COLOR'];
  const rendered = render(diff, options.format, color);
  if (options.output !== null) {
    try {
      await writeFile(options.output, rendered, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      io.stderr(`plan-extract diff: cannot write ${options.output}: ${reason}\n`);
      return EXIT.usage;
    }
  } else {
    io.stdout(rendered);
  }
  return diff.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}
