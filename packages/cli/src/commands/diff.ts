/**
 * `plan-extract diff <upper> <lower> [--format text|json|markdown|html] [--output FILE]`:
 * does the lower plan carry out the upper plan it implements?
 * Exit 0 without error-level findings; 1 with some, or when an input cannot be read or is not a
 * plan (one line naming it); 2 when the command line cannot be carried out.
 */
import { DEFAULT_LIMITS, diffPlans, isPlanError, looksLikePlan, PlanExtraction, readFileBounded, t, type Lang, type Limits, type OcrMode, type PlanDiff, type ReadProgress } from '@plan-extract/core';
import { extractFileIsolated } from '@plan-extract/core/isolate';
import { EXIT, UsageError, type Context, type Io } from '../io.js';
import { COMMANDS, parseCommand, type DIFF_FORMATS } from '../options.js';
import { parseLimitFlags } from '../limits.js';
import { checkOutput, saveOutput } from '../output.js';
import { createOcrProgress } from '../ocr.js';
import { terminalLine } from '../formatters/escape.js';
import { formatDiffHtml } from '../formatters/diff-html.js';
import { formatDiffJson } from '../formatters/diff-json.js';
import { formatDiffMarkdown } from '../formatters/diff-markdown.js';
import { formatDiffText } from '../formatters/diff-text.js';
import { notAPlanLine, readerWarningLines, unreadableLine } from './common.js';

type Format = (typeof DIFF_FORMATS)[number];

/** An input that cannot be used: one line naming it, exit code 1. */
class InputError extends Error {}

interface LoadOptions {
  limits: Partial<Limits>;
  lang: Lang;
  ocr: OcrMode;
  onProgress: (progress: ReadProgress) => void;
  /** Ends this side's worker (the other side could not be read). */
  signal: AbortSignal;
}

/**
 * Read and extract one side. A `.json` file is taken as an extraction already made
 * (`plan-extract extract --format json`), checked against the contract.
 */
async function load(path: string, { limits, lang, ocr, onProgress, signal }: LoadOptions): Promise<PlanExtraction> {
  let plan: PlanExtraction;
  try {
    if (path.toLowerCase().endsWith('.json')) {
      // Read like any input: a regular file, within --max-bytes (a device named .json read forever).
      const bytes = await readFileBounded(path, limits.maxBytes ?? DEFAULT_LIMITS.maxBytes);
      const parsed = PlanExtraction.safeParse(JSON.parse(new TextDecoder().decode(bytes)));
      if (!parsed.success) throw new InputError(`${path}: ${t(lang, 'cli:not-an-extraction', { problem: parsed.error.issues[0]?.message ?? '' })}`);
      plan = parsed.data;
    } else {
      // Each side in its own worker, which the time budget can end.
      plan = (await extractFileIsolated(path, { limits, lang, ocr, onProgress, signal })).value;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (isPlanError(error)) throw new InputError(unreadableLine(error, lang));
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code !== undefined) {
      throw new InputError(`${path}: ${t(lang, 'cli:not-an-extraction', { problem: error instanceof Error ? error.message : String(error) })}`);
    }
    throw error;
  }
  if (!looksLikePlan(plan)) throw new InputError(notAPlanLine(path, lang));
  return plan;
}

function render(diff: PlanDiff, format: Format, color: boolean, lang: Lang): string {
  switch (format) {
    case 'json':
      return formatDiffJson(diff);
    case 'markdown':
      return formatDiffMarkdown(diff, { lang });
    case 'html':
      return formatDiffHtml(diff, { lang });
    default:
      return formatDiffText(diff, { color, lang });
  }
}

export async function diffCommand(args: string[], io: Io, { lang }: Context): Promise<number> {
  const { values, positionals } = parseCommand(COMMANDS.diff, args, lang);
  if (positionals.length !== 2) throw new UsageError(t(lang, 'cli:diff-needs-two', { count: positionals.length }));
  const [upperPath, lowerPath] = positionals as [string, string];
  const format = (values['format'] ?? 'text') as Format;
  const output = (values['output'] as string | undefined) ?? null;
  const limits = parseLimitFlags(values as Record<string, string | undefined>, lang);
  if (output !== null) await checkOutput(output, [upperPath, lowerPath], lang);

  const line = (text: string) => io.stderr(`plan-extract diff: ${terminalLine(text)}\n`);
  let upper: PlanExtraction;
  let lower: PlanExtraction;
  const progress = createOcrProgress(io, { lang });
  try {
    // The first side that cannot be read ends the other's worker: its answer no longer matters.
    const controller = new AbortController();
    const ocr = (values['ocr'] ?? 'auto') as OcrMode;
    const side = (path: string) =>
      load(path, { limits, lang, ocr, onProgress: progress.for(path), signal: controller.signal }).catch((error: unknown) => {
        controller.abort(error);
        throw error;
      });
    [upper, lower] = await Promise.all([side(upperPath), side(lowerPath)]);
    progress.end();
  } catch (error) {
    progress.end();
    if (!(error instanceof InputError)) throw error;
    line(error.message);
    return EXIT.findings;
  }
  if (format !== 'json') {
    for (const [path, plan] of [[upperPath, upper], [lowerPath, lower]] as const) for (const warning of readerWarningLines(path, plan.diagnostics, lang)) line(warning);
  }
  const diff = diffPlans(upper, lower, { lang });
  const color = output === null && format === 'text' && io.isTTY.stdout && !io.env['NO_COLOR'];
  const rendered = render(diff, format, color, lang);
  if (output !== null) await saveOutput(output, rendered, lang);
  else io.stdout(rendered);
  return diff.findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
}
