/**
 * The "done when" of robustness, end to end through the built CLI (`packages/cli/bin/plan-extract.js`):
 * every file of `fixtures/broken` through `extract` one by one (its code, one line, the right exit code,
 * no stack trace, nothing written outside `--output`), the whole folder through `validate` as one batch
 * (every file reported, exit 1, peak memory under 1 GB), a document over its time budget reported
 * E_TIMEOUT with its worker replaced, and file names with spaces, Vietnamese letters and leading dashes.
 * Build first: `npx --yes pnpm@10.34.8 run build`.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, slowPdf } from './helpers.js';

const BIN = join(ROOT, 'packages/cli/bin/plan-extract.js');
const BROKEN = join(ROOT, 'fixtures/broken');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, timeoutMs = 60_000): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, args, { cwd, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error); // killed by the timeout: a hang
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
    });
  });
}
const cli = (args: string[], cwd: string, timeoutMs?: number) => run([BIN, ...args], cwd, timeoutMs);

/** Rows of the README table: file → expected code (`null`: the file reads). */
function expectedCodes(): Map<string, string | null> {
  const rows = new Map<string, string | null>();
  for (const line of readFileSync(join(BROKEN, 'README.md'), 'utf8').split('\n')) {
    const m = /^\| `([^`]+)` \| .* \| (?:`(E_[A-Z_]+)`|— \(read\)) \|$/.exec(line);
    if (m) rows.set((m[1] ?? '').replace(/\/$/, ''), m[2] ?? null);
  }
  return rows;
}

/** Files (not folders) under `dir`, relative, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]))
    .sort();
}

let inputs: string; // a copy of fixtures/broken, plus the folder named like a file
const expected = expectedCodes();

beforeAll(() => {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js')) || !existsSync(join(ROOT, 'packages/core/dist/index.js'))) {
    throw new Error('packages/cli/dist or packages/core/dist is missing: build first with `npx --yes pnpm@10.34.8 run build`');
  }
  inputs = mkdtempSync(join(tmpdir(), 'plan-broken-'));
  for (const name of readdirSync(BROKEN)) if (!/\.(mjs|md)$/.test(name)) cpSync(join(BROKEN, name), join(inputs, name));
  mkdirSync(join(inputs, 'folder.pdf'));
});

describe('fixtures/broken', () => {
  it('has a README row for every file, and a file for every row', () => {
    const files = readdirSync(BROKEN).filter((n) => !/\.(mjs|md)$/.test(n));
    expect([...expected.keys()].sort()).toEqual([...files, 'folder.pdf'].sort());
  });

  it('extract: each file gets its code in one line naming it, exit 1 (or is read, exit 0); nothing is written outside --output', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-cwd-'));
    const before = filesUnder(inputs);
    const names = [...expected.keys()];
    const results = new Map<string, Run>();
    // Two at a time: the CI box has two cores.
    for (let i = 0; i < names.length; i += 2) {
      await Promise.all(
        names.slice(i, i + 2).map(async (name) => {
          results.set(name, await cli(['extract', join(inputs, name), '--output', join(cwd, `${name.replace(/\W/g, '_')}.json`)], cwd));
        }),
      );
    }
    for (const [name, code] of expected) {
      const result = results.get(name) as Run;
      expect(result.stdout, name).toBe('');
      if (code === null) {
        expect(result, name).toMatchObject({ code: 0, stderr: '' });
        continue;
      }
      expect(result.code, `${name}: ${result.stderr}`).toBe(1);
      expect(result.stderr, name).toMatch(new RegExp(`^plan-extract: ${join(inputs, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: .+ \\(${code}\\)\\n$`));
      expect(result.stderr, name).not.toMatch(/\n\s+at /); // no stack trace without --debug
    }
    // The only new files are the outputs asked for; the inputs are untouched.
    expect(filesUnder(cwd)).toEqual(['docx_named_pdf.json', 'pdf_named_docx.json']);
    expect(filesUnder(inputs)).toEqual(before);
  }, 120_000);

  it('validate: the whole folder as one batch reports every file, exits 1, stays under 1 GB', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'plan-cwd-'));
    const rssFile = join(cwd, 'rss');
    const result = await run([join(ROOT, 'test/robustness/run-measured.mjs'), rssFile, 'validate', inputs, join(inputs, 'random.bin'), '--format', 'json', '--concurrency', '2', '--quiet'], cwd, 120_000);
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; status: string; code?: string }> };
    const reported = report.files.map((f) => f.path.slice(inputs.length + 1)).sort();
    // Every file once. A folder walk takes plan extensions only, so random.bin is named on its own;
    // the empty folder.pdf/ is walked and holds nothing.
    expect(reported).toEqual(filesUnder(inputs));
    for (const file of report.files) {
      const code = expected.get(file.path.slice(inputs.length + 1));
      if (code === null) expect(file.status, file.path).not.toBe('unreadable');
      else expect(file, file.path).toMatchObject({ status: 'unreadable', code });
    }
    const maxRssKiB = Number(readFileSync(rssFile, 'utf8'));
    expect(maxRssKiB).toBeGreaterThan(0);
    expect(maxRssKiB, `peak RSS ${Math.round(maxRssKiB / 1024)} MiB`).toBeLessThan(1024 * 1024);
    expect(filesUnder(cwd)).toEqual(['rss']);
  }, 120_000);
});

describe('time budget in validate', () => {
  it('reports a document over --timeout as E_TIMEOUT, kills its worker and goes on with fresh ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-slow-'));
    writeFileSync(join(dir, 'slow-1.pdf'), slowPdf());
    cpSync(join(dir, 'slow-1.pdf'), join(dir, 'slow-2.pdf'));
    const good = ['ha-lang-2025-action-month.txt', 'ly-son-2025-annual.docx', 'quang-tri-ward1-2024-action-month.txt'];
    for (const name of good) cpSync(join(ROOT, 'fixtures/corpus', name), join(dir, `zz-${name}`));
    // Both workers take a slow file first. The good files are handed out only as workers free up, and
    // each has its own 4 s budget from then: they pass only if the slow files' workers were killed
    // (a worker still grinding would keep them queued, or the budget would count the queue).
    const result = await cli(['validate', dir, '--format', 'json', '--concurrency', '2', '--timeout', '4', '--quiet'], dir, 90_000);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; status: string; code?: string }> };
    const byName = new Map(report.files.map((f) => [f.path.slice(dir.length + 1), f]));
    expect(byName.get('slow-1.pdf')).toMatchObject({ status: 'unreadable', code: 'E_TIMEOUT' });
    expect(byName.get('slow-2.pdf')).toMatchObject({ status: 'unreadable', code: 'E_TIMEOUT' });
    for (const name of good) expect(byName.get(`zz-${name}`)?.status, name).not.toBe('unreadable');
  }, 120_000);
});

describe('awkward file names', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-names-'));
    for (const name of ['kế hoạch số 1 (bản chính).txt', '-x.txt', 'Ủy ban.docx']) {
      cpSync(join(ROOT, 'fixtures/corpus', name.endsWith('.docx') ? 'ha-lang-2025-action-month.docx' : 'ha-lang-2025-action-month.txt'), join(dir, name));
    }
  });

  it('extract reads names with spaces and Vietnamese letters, and -x.txt after -- or as ./-x.txt', async () => {
    for (const args of [['kế hoạch số 1 (bản chính).txt'], ['Ủy ban.docx'], ['--', '-x.txt'], ['./-x.txt']]) {
      const result = await cli(['extract', '--format', 'json', ...args], dir);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      expect((JSON.parse(result.stdout) as { source: { path: string } }).source.path).toBe(args[args.length - 1]);
    }
    // Without -- a leading dash is an option: a usage error, exit 2.
    expect((await cli(['extract', '-x.txt'], dir)).code).toBe(2);
  }, 60_000);

  it('diff and validate take the same names, and write nothing without --output', async () => {
    const before = filesUnder(dir);
    const diff = await cli(['diff', '--format', 'json', '--', '-x.txt', 'kế hoạch số 1 (bản chính).txt'], dir);
    expect(diff.code, diff.stderr).toBeLessThan(2);
    expect(JSON.parse(diff.stdout)).toBeTypeOf('object');
    const validate = await cli(['validate', '--format', 'json', '--quiet', '--', '-x.txt', 'Ủy ban.docx', 'kế hoạch số 1 (bản chính).txt'], dir);
    expect(validate.code, validate.stderr).toBeLessThan(2);
    const report = JSON.parse(validate.stdout) as { files: Array<{ path: string; status: string }> };
    expect(report.files.map((f) => [f.path, f.status === 'unreadable'])).toEqual([
      ['-x.txt', false],
      ['Ủy ban.docx', false],
      ['kế hoạch số 1 (bản chính).txt', false],
    ]);
    expect(filesUnder(dir)).toEqual(before);
  }, 60_000);
});
