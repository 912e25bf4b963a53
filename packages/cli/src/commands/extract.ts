/**
/**
 * `plan-extract extract <file> [--format json|text|markdown] [--output FILE] [--ocr auto|off|force] [limits]`: every field of one plan.
 * Exit 0 on success; 1 when the document cannot be read or is not a plan (one line naming the
 * file, the reason and the code or rule id); 2 when the command line cannot be carried out.
 * What the reader noticed (a legacy encoding converted, a damaged part skipped) is in
 * `diagnostics` (JSON) and, for the text formats, on stderr.
 */
import { looksLikePlan, t, type OcrMode, type PlanExtraction } from '@plan-extract/core';
import { extractFileIsolated, isPlanError } from '@plan-extract/core/isolate';
import { EXIT, UsageError, type Context, type Io } from '../io.js';
import { COMMANDS, parseCommand, type EXTRACT_FORMATS } from '../options.js';
import { parseLimitFlags } from '../limits.js';
import { checkOutput, saveOutput } from '../output.js';
import { createOcrProgress } from '../ocr.js';
import { terminalLine } from '../formatters/escape.js';
import { formatExtractJson } from '../formatters/extract-json.js';
import { formatExtractMarkdown } from '../formatters/extract-markdown.js';
import { formatExtractText } from '../formatters/extract-text.js';
import { notAPlanLine, readerWarningLines, unreadableLine } from './common.js';

type Format = (typeof EXTRACT_FORMATS)[number];

export async function extractCommand(args: string[], io: Io, { lang }: Context): Promise<number> {
  const { values, positionals } = parseCommand(COMMANDS.extract, args, lang);
  if (positionals.length === 0) throw new UsageError(t(lang, 'cli:extract-needs-file'));
  if (positionals.length > 1) throw new UsageError(t(lang, 'cli:extract-one-file', { count: positionals.length }));
  const file = positionals[0] as string;
  const format = (values['format'] ?? 'json') as Format;
  const output = (values['output'] as string | undefined) ?? null;
  const limits = parseLimitFlags(values as Record<string, string | undefined>, lang);
  const ocr = (values['ocr'] ?? 'auto') as OcrMode;
  if (output !== null) await checkOutput(output, [file], lang);

  const line = (text: string) => io.stderr(`plan-extract: ${terminalLine(text)}\n`);
  let extraction: PlanExtraction;
  const progress = createOcrProgress(io, { lang });
  try {
    // In a worker the time budget can end (pdf.js cannot be stopped inside a page otherwise).
    extraction = (await extractFileIsolated(file, { limits, lang, ocr, onProgress: progress.for(file) })).value;
  } catch (error) {
    progress.end();
    if (!isPlanError(error)) throw error;
    line(unreadableLine(error, lang));
    return EXIT.findings;
  }
  progress.end();
  if (!looksLikePlan(extraction)) {
    line(notAPlanLine(file, lang));
    return EXIT.findings;
  }
  if (format !== 'json') for (const warning of readerWarningLines(file, extraction.diagnostics, lang)) line(warning);

  const color = output === null && format === 'text' && io.isTTY.stdout && !io.env['NO_COLOR'];
  const rendered =
    format === 'text' ? formatExtractText(extraction, { color, lang }) : format === 'markdown' ? formatExtractMarkdown(extraction, { lang }) : formatExtractJson(extraction);
  if (output === null) io.stdout(rendered);
  else await saveOutput(output, rendered, lang);
  return EXIT.ok;
}
