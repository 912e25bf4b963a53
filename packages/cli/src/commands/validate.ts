/**
 * `plan-extract validate <paths...>`: every plan in files, folders and globs, checked in a worker pool.
 * Exit 0 when no file has an error-level finding (and warnings stay within --max-warnings), 1
 * otherwise, 2 for usage errors (bad flags, an unreadable --config or --against file).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, buildReport, extractFile, isPlanError, parseConfig, type ValidateConfig } from '@plan-extract/core';
import { collectInputs } from '../batch/inputs.js';
import { resolveConcurrency, runBatch } from '../batch/pool.js';
import { createProgress } from '../batch/progress.js';
import { VALIDATE_FORMATS, type ValidateFormat } from '../formatters/validate.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { COMMON_OPTIONS, parseOrUsage } from '../args.js';
import { parseLimitFlags } from '../limits.js';
import { parseOcrFlag } from '../ocr.js';

/** `plan-extract validate <paths...>`: check every plan in files, folders and globs. */
export async function validateCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseOrUsage(() =>
    parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        ...COMMON_OPTIONS,
        against: { type: 'string' },
        config: { type: 'string' },
        concurrency: { type: 'string', short: 'j' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
      },
    }),
  );
  if (positionals.length === 0) throw new UsageError('validate needs at least one file, folder or glob');
  const format = (values.format ?? 'stylish') as ValidateFormat;
  if (!Object.hasOwn(VALIDATE_FORMATS, format)) throw new UsageError(`--format must be one of ${Object.keys(VALIDATE_FORMATS).join(', ')}`);
  const maxWarnings = values['max-warnings'] === undefined ? Infinity : Number(values['max-warnings']);
  if (!Number.isInteger(maxWarnings) && maxWarnings !== Infinity) throw new UsageError('--max-warnings takes a whole number');
  const limits = parseLimitFlags(values);
  const ocr = parseOcrFlag(values);
  const timeoutMs = limits.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;

  const config = values.config ? await loadConfig(values.config) : parseConfig({});
  const upperPath = values.against ?? null;
  if (upperPath) {
    // The upper plan must be readable before a batch is measured against it.
    try {
      await extractFile(upperPath, { limits, ocr });
    } catch (error) {
      if (isPlanError(error)) throw new UsageError(`--against ${error.message}`);
      throw error;
    }
  }

  const inputs = await collectInputs(positionals);
  if (inputs.length === 0) throw new UsageError(`no files found in ${positionals.join(', ')}`);
  let concurrency: number;
  try {
    concurrency = resolveConcurrency(values.concurrency, inputs.length);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  const progress = createProgress(io, inputs.length, { quiet: values.quiet ?? false });
  const files = await runBatch(inputs, {
    concurrency,
    config,
    upperPath,
    limits: { ...limits, timeoutMs },
    ocr,
    onProgress: (done) => progress.update(done),
    onOcrPage: (path, page) => progress.ocrPage(path, page),
  });
  progress.end();

  const report = buildReport(files);
  const shown = values.quiet ? { ...report, files: report.files.map((f) => ({ ...f, findings: f.findings.filter((x) => x.severity === 'error') })) } : report;
  const output = VALIDATE_FORMATS[format](shown, { color: !values.output && io.isTTY.stdout && !io.env.NO_COLOR });
  if (values.output) await writeFile(values.output, output);
  else io.stdout(output);

  const failed = report.summary.errors > 0 || report.summary.warnings > maxWarnings;
  if (report.summary.errors === 0 && report.summary.warnings > maxWarnings) {
    io.stderr(`plan-extract: ${report.summary.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
  }
  return failed ? EXIT.findings : EXIT.ok;
}

async function loadConfig(path: string): Promise<ValidateConfig> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`--config ${path}: cannot read the file`);
  }
  try {
    return parseConfig(JSON.parse(raw));
  } catch (error) {
    const detail = error instanceof SyntaxError ? error.message : summarizeZod(error);
    throw new UsageError(`--config ${path}: ${detail}`);
  }
}

function summarizeZod(error: unknown): string {
  const issues = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
  if (!issues) return String(error);
  return issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}
