/**
 * `pnpm fuzz`: the long runs the normal test run cannot afford.
 *
 *   node test/fuzz/fuzz.mjs [--runs N] [--files N] [--formats json,csv,...] [--batch-only] [--properties-only]
 *
 * 1. The property tests of test/robustness (random bytes, cut and damaged fixtures, random text;
 *    the linear-time growth of every stage) with FUZZ_RUNS=N (default 1 000) and a new seed.
 * 2. A batch of N files (default 2 000) mixing every hostile case of fixtures/hostile with real
 *    plans in all three formats, validated by the built CLI with --concurrency auto in every
 *    report format: every file must be in every report, each hostile case with its code, the
 *    real plans read, exit 1, and peak RSS under 1 GB (the whole process, workers included).
 *    Figures (time, files/s, peak RSS per format) are printed and written to .bench/fuzz-latest.json.
 * Build first (`npx --yes pnpm@10.34.8 run build`). Exits 1 when anything failed.
 */
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, materialize } from '../../fixtures/hostile/cases.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MEASURED = join(ROOT, 'test/robustness/run-measured.mjs');
const FORMATS = ['json', 'stylish', 'sarif', 'junit', 'html', 'csv'];

const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : fallback;
};
const runs = Number(option('runs', '1000'));
const files = Number(option('files', '2000'));
const formats = option('formats', FORMATS.join(',')).split(',');
const log = (line) => process.stderr.write(`fuzz: ${line}\n`);
let failed = false;

if (!argv.includes('--batch-only')) {
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
  log(`property tests, FUZZ_RUNS=${runs}, FUZZ_SEED=${seed}`);
  const result = spawnSync('npx', ['vitest', 'run', 'test/robustness/fuzz.test.ts', 'test/robustness/linear-stages.test.ts', '--testTimeout=0'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed) },
  });
  if (result.status !== 0) {
    failed = true;
    log(`property tests failed (FUZZ_SEED=${seed} reproduces them)`);
  }
}

if (!argv.includes('--properties-only')) {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('build first: npx --yes pnpm@10.34.8 run build');
  const dir = join(tmpdir(), `plan-fuzz-batch-${files}`);
  const { expected, real } = await makeBatch(dir, files);
  const figures = [];
  for (const format of formats) {
    log(`validate ${expected.size} files, --format ${format}`);
    const run = await measured(['validate', dir, '--format', format, '--concurrency', 'auto', '--quiet'], dir);
    const problems = check(format, run, expected);
    figures.push({ format, seconds: run.seconds, filesPerSecond: expected.size / run.seconds, peakRssMiB: run.rssMiB, exitCode: run.code, problems: problems.length });
    log(`  ${run.seconds.toFixed(1)} s, ${(expected.size / run.seconds).toFixed(1)} files/s, peak RSS ${run.rssMiB.toFixed(0)} MiB, exit ${run.code}${problems.length ? `, ${problems.length} problems:` : ''}`);
    for (const problem of problems.slice(0, 20)) log(`    ${problem}`);
    if (problems.length) failed = true;
  }
  const summary = { date: new Date().toISOString(), files: expected.size, hostile: expected.size - real.size, cores: availableParallelism(), load: loadavg(), figures };
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  writeFileSync(join(ROOT, '.bench/fuzz-latest.json'), `${JSON.stringify(summary, null, 2)}\n`);
  log(`wrote .bench/fuzz-latest.json`);
}

process.exitCode = failed ? 1 : 0;

/**
 * The batch folder: about 15 % hostile files (every case, the slow ones fewer times) and real plans
 * (corpus and province fixtures, as text, DOCX and PDF) for the rest. Returns what each file must
 * give: its code, or null for a plan that must be read.
 */
async function makeBatch(dir, total) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const expected = new Map();
  const real = new Set();
  const copies = (item) => (item.budget === 'time' ? 2 : item.big ? 5 : 12);
  for (const item of CASES) {
    const made = await materialize(item, join(dir, 'hostile', item.id));
    for (let i = 0; i < copies(item); i++) {
      // Links, FIFOs and devices once: a copy would be a regular file.
      if (item.setup && i > 0) break;
      const path = i === 0 ? made : join(dir, 'hostile', item.id, `${i}-${item.file}`);
      if (i > 0) copyFileSync(made, path);
      expected.set(path, item.code);
    }
  }
  const plans = ['fixtures/corpus', 'fixtures/province', 'fixtures/web']
    .filter((folder) => existsSync(join(ROOT, folder)))
    .flatMap((folder) => readdirSync(join(ROOT, folder)).filter((name) => /\.(txt|docx|pdf)$/.test(name)).map((name) => join(ROOT, folder, name)));
  for (let i = 0; expected.size < total; i++) {
    const source = plans[i % plans.length];
    const folder = join(dir, 'plans', String(Math.floor(i / 100)).padStart(3, '0'));
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${i}-${source.split('/').pop()}`);
    copyFileSync(source, path);
    expected.set(path, null);
    real.add(path);
  }
  return { expected, real };
}

function measured(args, cwd) {
  const rssFile = join(tmpdir(), `plan-fuzz-rss-${process.pid}`);
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [MEASURED, rssFile, ...args], { cwd, maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } }, (error, stdout, stderr) => {
      resolve({
        code: typeof error?.code === 'number' ? error.code : error ? -1 : 0,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
        rssMiB: existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN,
      });
    });
  });
}

/** What is wrong with one format's run: a file missing from the report, a wrong code, the exit code, memory. */
function check(format, run, expected) {
  const problems = [];
  if (run.code !== 1) problems.push(`exit code ${run.code}, not 1: ${run.stderr.split('\n')[0]}`);
  if (/\n\s+at /.test(run.stderr)) problems.push('a stack trace on stderr');
  if (!(run.rssMiB < 1024)) problems.push(`peak RSS ${run.rssMiB.toFixed(0)} MiB`);
  if (format === 'json') {
    const report = JSON.parse(run.stdout);
    const rows = new Map(report.files.map((file) => [file.path, file]));
    if (report.files.length !== expected.size) problems.push(`${report.files.length} rows for ${expected.size} files`);
    for (const [path, code] of expected) {
      const row = rows.get(path);
      if (!row) problems.push(`${path}: no row`);
      else if (code === null && row.status === 'unreadable') problems.push(`${path}: unreadable (${row.code}), should be read`);
      else if (code !== null && (row.status !== 'unreadable' || row.code !== code)) problems.push(`${path}: ${row.status} ${row.code ?? ''}, should be ${code}`);
    }
  } else {
    // Every other format names every file at least once (escaped as the format needs: plain paths here).
    for (const path of expected.keys()) if (!run.stdout.includes(path)) problems.push(`${path}: not in the ${format} report`);
  }
  return problems;
}
