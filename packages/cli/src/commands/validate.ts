/**
 * `plan-extract validate <paths...>`: every plan in files, folders and globs, checked in a worker pool.
 * Exit 0 when no file has an error-level finding (and warnings stay within --max-warnings), 1
 * otherwise, 2 when the command line cannot be carried out (bad flags, an invalid --config, an
 * unreadable --against plan, an --output that cannot be written: all checked before any file is read).
 */
import {
  ConfigError, DEFAULT_LIMITS, buildReport, describeError, looksLikePlan, parseConfig, readFileBounded, render, renamedRuleIds, t,
  type Lang, type OcrMode, type PlanExtraction, type ValidateConfig,
} from '@plan-extract/core';
import { extractFileIsolated, isPlanError } from '@plan-extract/core/isolate';
import { collectInputs } from '../batch/inputs.js';
import { resolveConcurrency, runBatch } from '../batch/pool.js';
import { createProgress } from '../batch/progress.js';
import { VALIDATE_FORMATS, type ValidateFormat } from '../formatters/validate.js';
import { terminalLine } from '../formatters/escape.js';
import { EXIT, UsageError, type Context, type Io } from '../io.js';
import { COMMANDS, parseCommand } from '../options.js';
import { parseLimitFlags } from '../limits.js';
import { checkOutput, saveOutput } from '../output.js';
import { notAPlanLine, unreadableLine } from './common.js';

/** `plan-extract validate <paths...>`: check every plan in files, folders and globs. */
export async function validateCommand(args: string[], io: Io, { lang }: Context): Promise<number> {
  const { values, positionals } = parseCommand(COMMANDS.validate, args, lang);
  if (positionals.length === 0) throw new UsageError(t(lang, 'cli:validate-needs-input'));
  const format = (values['format'] ?? 'stylish') as ValidateFormat;
  const maxWarnings = parseMaxWarnings(values['max-warnings'] as string | undefined, lang);
  const limits = parseLimitFlags(values as Record<string, string | undefined>, lang);
  const ocr = (values['ocr'] ?? 'auto') as OcrMode;
  const timeoutMs = limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  const output = (values['output'] as string | undefined) ?? null;
  const configPath = (values['config'] as string | undefined) ?? null;
  const upperPath = (values['against'] as string | undefined) ?? null;
  const named = [...positionals, ...(configPath ? [configPath] : []), ...(upperPath ? [upperPath] : [])];
  if (output !== null) await checkOutput(output, named, lang);

  const config = configPath ? await loadConfig(configPath, io, lang) : parseConfig({}, { lang });
  let upper: PlanExtraction | null = null;
  if (upperPath) {
    // The upper plan must be readable, and a plan, before a batch is measured against it; read once,
    // in a worker that the time budget can stop, and handed to every batch worker.
    try {
      upper = (await extractFileIsolated(upperPath, { limits, lang, ocr })).value;
      if (!looksLikePlan(upper)) throw new UsageError(`--against ${notAPlanLine(upperPath, lang)}`);
    } catch (error) {
      if (isPlanError(error)) throw new UsageError(`--against ${unreadableLine(error, lang)}`);
      throw error;
    }
  }

  const inputs = await collectInputs(positionals);
  if (inputs.length === 0) throw new UsageError(t(lang, 'cli:no-files', { paths: positionals.join(', ') }));
  if (output !== null) await checkOutput(output, inputs.map((i) => i.path), lang);
  let concurrency: number;
  try {
    concurrency = resolveConcurrency(values['concurrency'] as string | undefined, inputs.length);
  } catch {
    throw new UsageError(t(lang, 'cli:bad-concurrency', { value: String(values['concurrency']) }));
  }

  const progress = createProgress(io, inputs.length, { quiet: values['quiet'] === true, lang });
  const files = await runBatch(inputs, {
    concurrency,
    config,
    upper,
    lang,
    limits: { ...limits, timeoutMs },
    ocr,
    onProgress: (done) => progress.update(done),
    onOcrPage: (path, page) => progress.ocrPage(path, page),
  });
  progress.end();

  const report = buildReport(files);
  const shown = values['quiet'] ? { ...report, files: report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) } : report;
  const rendered = VALIDATE_FORMATS[format](shown, { color: output === null && io.isTTY.stdout && !io.env['NO_COLOR'], lang });
  if (output !== null) await saveOutput(output, rendered, lang);
  else io.stdout(rendered);

  const failed = report.summary.errors > 0 || report.summary.warnings > maxWarnings;
  if (report.summary.errors === 0 && report.summary.warnings > maxWarnings) {
    io.stderr(`plan-extract: ${t(lang, 'cli:too-many-warnings', { warnings: report.summary.warnings, max: maxWarnings })}\n`);
  }
  return failed ? EXIT.findings : EXIT.ok;
}

function parseMaxWarnings(value: string | undefined, lang: Lang): number {
  if (value === undefined) return Infinity;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || value.trim() === '') throw new UsageError(t(lang, 'cli:bad-max-warnings', { value }));
  return n;
}

/** A configuration file is a few hundred bytes; a megabyte is not one. */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** The `--config` file, checked: unknown rule ids, severities and settings are usage errors naming the nearest valid one. */
async function loadConfig(path: string, io: Io, lang: Lang): Promise<ValidateConfig> {
  let raw: string;
  try {
    // Read like any input: a regular file of bounded size (a FIFO named as the config is never waited on).
    raw = new TextDecoder().decode(await readFileBounded(path, MAX_CONFIG_BYTES));
  } catch (error) {
    throw new UsageError(`--config ${path}: ${isPlanError(error) ? describeError(error, lang) : t(lang, 'config:unreadable')}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new UsageError(`--config ${path}: ${t(lang, 'config:not-json', { error: error instanceof Error ? error.message : String(error) })}`);
  }
  try {
    const config = parseConfig(json, { lang });
    for (const renamed of renamedRuleIds(json)) io.stderr(`plan-extract: ${terminalLine(`--config ${path}: ${render(renamed, lang) ?? renamed.id}`)}\n`);
    return config;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new UsageError(`--config ${path}: ${error.issues.map((issue) => render(issue, lang) ?? issue.id).join('; ')}`);
  }
}
