/**
 * fixtures/hostile through the built CLI: every case in `extract`, `diff`, and `validate` with
 * `--concurrency 1` and `auto`, each run ending within its time budget + 10 s, under 1 GB of peak
 * RSS for the whole process (worker threads included), with one line and its documented code (or
 * the file read). Small cases are committed (and checked against their generators), big ones made
 * here. Build first: `npx --yes pnpm@10.34.8 run build`. Figures: `HOSTILE_REPORT=1` prints them.
 */
import { execFile, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@plan-extract/core';
import { CASES, GOOD_TEXT, materialize } from '../../fixtures/hostile/cases.mjs';
import { ROOT } from './helpers.js';

const BIN = join(ROOT, 'packages/cli/bin/plan-extract.js');
const MEASURED = join(ROOT, 'test/robustness/run-measured.mjs');
/** The time budget given to cases only the time budget stops (the default, 30 s, for the others). */
const TIME_CASE_BUDGET_S = 5;
const DEFAULT_BUDGET_S = 30;
const SLACK_S = 10;
const MAX_RSS_KIB = 1024 * 1024;
/** As root (CI containers), the batches run as `nobody`, so that a folder can be made unreadable. */
const AS_NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  seconds: number;
  rssMiB: number;
}

/** The CLI in a wrapper that records the process's peak RSS (`run-measured.mjs`); its exit code, output, wall time. */
function cli(args: string[], options: { cwd: string; budgetS: number; user?: { uid?: number; gid?: number } }): Promise<Run> {
  const rssFile = join(options.cwd, `rss-${Math.random().toString(36).slice(2)}`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [MEASURED, rssFile, ...args],
      { cwd: options.cwd, timeout: (options.budgetS + SLACK_S + 30) * 1000, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' }, ...options.user },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(new Error(`killed after ${((performance.now() - started) / 1000).toFixed(1)} s: ${stderr}`));
        resolve({
          code: typeof error?.code === 'number' ? error.code : 0,
          stdout,
          stderr,
          seconds: (performance.now() - started) / 1000,
          rssMiB: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN,
        });
      },
    );
  });
}

const budgetOf = (item: (typeof CASES)[number]) => (item.budget === 'time' ? TIME_CASE_BUDGET_S : DEFAULT_BUDGET_S);
const timeoutFlag = (item: (typeof CASES)[number]) => (item.budget === 'time' ? ['--timeout', String(TIME_CASE_BUDGET_S)] : []);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const figures: string[] = [];

let work: string; // cwd of the runs: results and RSS files
let cases: string; // the batch folder: one file per case, and two good plans
const paths = new Map<string, string>();
const uppers = new Map<string, string>();

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('packages/cli/dist is missing: build first with `npx --yes pnpm@10.34.8 run build`');
  work = mkdtempSync(join(tmpdir(), 'plan-hostile-'));
  cases = join(work, 'cases');
  mkdirSync(cases);
  for (const item of CASES) paths.set(item.id, await materialize(item, cases));
  for (const item of CASES) if (item.upper) writeUpper(item.id, await item.upper());
  copyFileSync(join(ROOT, 'fixtures/corpus', GOOD_TEXT), join(cases, 'good-plan.txt'));
  copyFileSync(join(ROOT, 'fixtures/corpus/ly-son-2025-annual.docx'), join(cases, 'good-plan.docx'));
  // Readable by `nobody` (the batches' user when the tests run as root); the locked folder is not.
  for (const dir of [work, cases]) chmodSync(dir, 0o777);
  mkdirSync(join(cases, 'locked'));
  copyFileSync(join(ROOT, 'fixtures/corpus', GOOD_TEXT), join(cases, 'locked/plan.txt'));
  chmodSync(join(cases, 'locked'), 0o000);
}, 180_000);

function writeUpper(id: string, bytes: Uint8Array): void {
  const dir = join(work, 'uppers');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${id}.txt`);
  writeFileSync(path, bytes);
  uppers.set(id, path);
}

describe('fixtures/hostile', () => {
  it('holds what the generators make, and its README has a row for every case', async () => {
    const readme = readFileSync(join(ROOT, 'fixtures/hostile/README.md'), 'utf8');
    for (const item of CASES) {
      expect(readme, item.id).toContain(`| \`${item.file}\` |`);
      if (item.big || !item.make) continue;
      expect(Buffer.compare(readFileSync(join(ROOT, 'fixtures/hostile', item.file)), Buffer.from(await item.make())), `${item.file} is out of date: node fixtures/hostile/make.mjs`).toBe(0);
    }
    for (const code of new Set(CASES.map((item) => item.code).filter((code): code is string => code !== null))) expect(ERROR_CODES).toContain(code);
  }, 60_000);
});

describe.each(CASES.map((item) => [item.id, item] as const))('%s', (id, item) => {
  // A small case's extract and diff run side by side (two processes, two cores); a big one's one
  // after the other, so that neither is slowed past its budget by the other.
  const test = item.big ? it : it.concurrent;

  test('extract: one line with its code (or the plan read), within budget + 10 s, under 1 GB', async () => {
    const path = paths.get(id) as string;
    const run = await cli(['extract', path, '--format', 'json', ...timeoutFlag(item)], { cwd: work, budgetS: budgetOf(item) });
    figures.push(`${id.padEnd(20)} extract ${run.seconds.toFixed(1).padStart(5)} s ${run.rssMiB.toFixed(0).padStart(5)} MiB`);
    expect(run.seconds, `${run.seconds} s`).toBeLessThan(budgetOf(item) + SLACK_S);
    expect(run.rssMiB).toBeLessThan(MAX_RSS_KIB / 1024);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    if (item.code === null) {
      expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
      expect(JSON.parse(run.stdout)).toHaveProperty('text');
    } else {
      // An input that cannot be read exits 1 in every command, a missing one too (the exit-code table).
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(new RegExp(`^plan-extract: ${escape(path)}: [^\\n]+ \\(${item.code}\\)\\n$`));
    }
  }, 120_000);

  test('diff: against its upper plan, the same outcome in one line, within budget + 10 s, under 1 GB', async () => {
    const upper = uppers.get(id) ?? join(ROOT, 'fixtures/corpus', GOOD_TEXT);
    const path = paths.get(id) as string;
    const run = await cli(['diff', upper, path, '--format', 'json', ...timeoutFlag(item)], { cwd: work, budgetS: budgetOf(item) });
    figures.push(`${id.padEnd(20)} diff    ${run.seconds.toFixed(1).padStart(5)} s ${run.rssMiB.toFixed(0).padStart(5)} MiB`);
    expect(run.seconds).toBeLessThan(budgetOf(item) + SLACK_S);
    expect(run.rssMiB).toBeLessThan(MAX_RSS_KIB / 1024);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    if (item.code === null) {
      expect(run.code, run.stderr).toBeLessThan(2);
      expect(JSON.parse(run.stdout)).toHaveProperty('findings');
    } else {
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^plan-extract diff: ${escape(path)}: [^\\n]+ \\(${item.code}\\)\\n$`));
    }
  }, 120_000);
});

describe('validate, the whole folder as one batch', () => {
  // A budget the slowest case that is not a time case (60 MB of XML) meets on a busy machine, short
  // enough that the two time cases do not make the run long; the 500-page PDF, which needs the
  // default budget, is a batch of its own.
  const BATCH_BUDGET_S = 10;
  const batch = CASES.filter((item) => item.id !== 'long-pdf');
  const expectRows = (run: Run, items: typeof CASES, extra: Array<[string, string]>) => {
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; status: string; code?: string }> };
    const byPath = new Map(report.files.map((file) => [file.path, file]));
    for (const item of items) {
      const row = byPath.get(paths.get(item.id) as string);
      expect(row, item.id).toBeDefined();
      if (item.code === null) expect(row?.status, item.id).not.toBe('unreadable');
      else expect(row, item.id).toMatchObject({ status: 'unreadable', code: item.code });
    }
    for (const [path, code] of extra) expect(byPath.get(path), path).toMatchObject({ status: 'unreadable', code });
    return report;
  };

  it.each(['1', 'auto'])('--concurrency %s: every case has its row and code, exit 1, under 1 GB', async (concurrency) => {
    const args = ['validate', cases, join(work, 'nothing-*.pdf'), '--format', 'json', '--quiet', '--concurrency', concurrency, '--timeout', String(BATCH_BUDGET_S)];
    const run = await cli(args, { cwd: work, budgetS: batch.length * BATCH_BUDGET_S, user: AS_NOBODY });
    figures.push(`batch --concurrency ${concurrency.padEnd(4)} ${run.seconds.toFixed(1).padStart(5)} s ${run.rssMiB.toFixed(0).padStart(5)} MiB (${batch.length + 4} rows)`);
    const report = expectRows(run, batch, [
      [join(cases, 'locked'), 'E_ACCESS'],
      [join(work, 'nothing-*.pdf'), 'E_NOT_FOUND'],
    ]);
    // Two time cases at the budget each, the rest in seconds: a file over its budget never holds the others up.
    expect(run.seconds).toBeLessThan(2 * BATCH_BUDGET_S + 60 + SLACK_S);
    expect(run.rssMiB).toBeLessThan(MAX_RSS_KIB / 1024);
    expect(report.files.filter((file) => file.path.startsWith(join(cases, 'good-plan')))).toHaveLength(2);
  }, 300_000);

  it('the 500-page PDF with the default budget, --concurrency 1', async () => {
    const run = await cli(['validate', paths.get('long-pdf') as string, '--format', 'json', '--concurrency', '1'], { cwd: work, budgetS: DEFAULT_BUDGET_S });
    figures.push(`batch long-pdf       ${run.seconds.toFixed(1).padStart(5)} s ${run.rssMiB.toFixed(0).padStart(5)} MiB`);
    expect(run.seconds).toBeLessThan(DEFAULT_BUDGET_S + SLACK_S);
    expect(run.rssMiB).toBeLessThan(MAX_RSS_KIB / 1024);
    const report = JSON.parse(run.stdout) as { files: Array<{ status: string }> };
    expect(report.files[0]?.status).not.toBe('unreadable');
  }, 120_000);

  it('prints the figures (HOSTILE_REPORT=1)', () => {
    if (process.env['HOSTILE_REPORT']) console.log(`peak RSS and wall time per run (load ${loadavg().map((l) => l.toFixed(1)).join(' ')}):\n${figures.sort().join('\n')}`);
  });
});

describe('a batch is indestructible', () => {
  const plans = () => join(ROOT, 'fixtures/corpus');

  it('a closed pipe: one line on stderr, exit 2, no stack trace', async () => {
    const child = spawn(process.execPath, [BIN, 'extract', join(ROOT, 'fixtures/corpus/chi-lang-2025-annual.pdf'), '--format', 'json', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The reader goes away before the report is written, as `head` does once it has its lines.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('plan-extract: cannot write the output: the program reading it stopped (EPIPE)\n');
    expect(code).toBe(2);
  }, 60_000);

  it('a full disk: one line on stderr, exit 2, no stack trace', async () => {
    const full = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [BIN, 'validate', plans(), '--format', 'json', '--quiet', '--lang', 'en'], { stdio: ['ignore', full, 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('plan-extract: cannot write the output: no space left on the device (ENOSPC)\n');
    expect(code).toBe(2);
  }, 120_000);

  it('names what a link on the command line leads to, even nowhere', async () => {
    const { collectInputs } = await import('../../packages/cli/src/batch/inputs.js');
    const dangling = join(work, 'dangling.pdf');
    symlinkSync(join(work, 'nowhere.pdf'), dangling);
    expect(await collectInputs([dangling, join(work, 'absent.pdf')])).toEqual([
      { path: dangling, problem: null },
      { path: join(work, 'absent.pdf'), problem: { code: 'E_NOT_FOUND', reason: 'no such file', detail: { id: 'error:no-such-file', params: {} } } },
    ]);
  });

  it.each([
    [['--concurrency', '1e9'], 'report'],
    [['--timeout', '1.0005'], 'report'],
    [['--timeout', '4294968'], 'usage'],
    [['--timeout', '1e308'], 'usage'],
    [['--concurrency', '-1'], 'usage'],
  ])('validate %j ends in a report or one usage line, never "delay out of range"', async (flags, outcome) => {
    const run = await cli(['validate', join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.txt'), join(ROOT, 'fixtures/corpus/ly-son-2025-annual.docx'), '--format', 'json', '--quiet', ...flags], { cwd: work, budgetS: 30 });
    expect(run.stderr).not.toMatch(/\n\s+at |out of range/);
    if (outcome === 'usage') {
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    } else {
      expect(run.code, run.stderr).toBeLessThan(2);
      expect((JSON.parse(run.stdout) as { files: unknown[] }).files).toHaveLength(2);
    }
  }, 60_000);
});
