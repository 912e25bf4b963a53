/**
 * The OCR part of `pnpm bench` (also runnable alone: `node test/bench/ocr.mjs [--quick]`):
 *
 * - seconds per scanned page: `readDocument` on fixtures/scans/ha-lang-scan.pdf (3 pages, one of
 *   them upside down and so recognised twice), the engine already loaded (median of runs), and
 *   what loading the engine adds to the first scan a worker reads;
 * - memory per worker: peak RSS of a fresh process validating that scan in-thread (what one pool
 *   worker holds, its OCR engine threads included) against the same for a text PDF;
 * - a text PDF is not slower: `readDocument` on a text PDF with `ocr: 'auto'` against `ocr: 'off'`
 *   (what the reader did before OCR existed), alternating in one process, medians; and, given
 *   `--baseline <core dist/index.js of an older build>`, the old build against this one, each in
 *   processes of its own started in alternation (median of the per-read medians);
 * - a scan does not stall a batch: `validate --concurrency 2` on text PDFs plus the scan, against
 *   the text PDFs alone with one worker and the scan alone (a scan holds one worker; the others go on).
 *
 * Measures the built packages (run `pnpm build` first; bench.mjs does).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CORE = join(ROOT, 'packages/core/dist/index.js');
const RUN_CLI = fileURLToPath(new URL('./run-cli.mjs', import.meta.url));
const THIS = fileURLToPath(import.meta.url);
const SCAN = join(ROOT, 'fixtures/scans/ha-lang-scan.pdf');
const TEXT_PDF = join(ROOT, 'fixtures/corpus/ly-son-2025-annual.pdf');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (x, d = 2) => (x === null || x === undefined || Number.isNaN(x) ? null : Number(x.toFixed(d)));
// A loaded machine makes OCR slow; the budget is not what is measured here.
const LIMITS = { timeoutMs: 3_600_000 };

/**
 * Peak RSS of a fresh process validating `file` in-thread (as one pool worker does). Started through
 * a shell that forks it (no `exec`): Linux carries a process's peak RSS over fork and exec, so a
 * child spawned straight from this process (which has run OCR) would report this process's peak.
 */
function probeRss(file) {
  const quote = (arg) => `'${String(arg).replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, THIS, '--probe', file].map(quote).join(' ');
  const out = spawnSync('sh', ['-c', `${command}; exit $?`], { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`probe ${file} exited ${out.status}: ${out.stderr.slice(0, 500)}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)).maxRssMb;
}

/** Wall time of one `validate` process (ms). */
function timeValidate(args) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [RUN_CLI, 'validate', ...args, '--format', 'json', '--output', join(tmpdir(), `bench-ocr-${process.pid}.json`), '--quiet', '--timeout', '3600'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(performance.now() - t0) : reject(new Error(`validate exited ${code}: ${err.slice(0, 500)}`))));
  });
}

/** What starting each OCR engine costs a fresh process: a tiny image read twice, the first time less the second. */
function engineStart() {
  const out = spawnSync(process.execPath, [THIS, '--engine-start'], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`engine-start exited ${out.status}: ${out.stderr.slice(0, 500)}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1));
}

/** Median ms of `n` reads of `file` by the core at `coreIndex`, in a fresh process (after 5 warm-up reads). */
function readTimes(coreIndex, file, n) {
  const out = spawnSync(process.execPath, [THIS, '--read-times', coreIndex, file, String(n)], { cwd: ROOT, encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`read-times ${coreIndex} exited ${out.status}: ${out.stderr.slice(0, 500)}`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)).medianMs;
}

/** Runs the OCR measurements; returns `{ results, lines }`. */
export async function benchOcr({ quick = false, baseline = null, log = (line) => process.stderr.write(`bench ocr: ${line}\n`) } = {}) {
  const core = await import(pathToFileURL(CORE).href);
  const runs = quick ? 1 : 3;
  const results = {};

  // Seconds per page: the first read loads the engine; later reads find it loaded.
  log('scan: first read (loads the OCR engine)');
  const t0 = performance.now();
  const first = await core.readDocument(SCAN, { limits: LIMITS });
  const coldMs = performance.now() - t0;
  const pages = first.value.source.ocrPages ?? [];
  const recognitions = pages.length + pages.filter((p) => p.rotation !== 0).length;
  const warm = [];
  for (let i = 0; i < runs; i++) {
    log(`scan: warm read ${i + 1}/${runs}`);
    const t = performance.now();
    await core.readDocument(SCAN, { limits: LIMITS });
    warm.push(performance.now() - t);
  }
  const warmMs = median(warm);
  log('engine start: a tiny image recognised twice, in fresh processes');
  const starts = [0, 1, 2].map(() => engineStart());
  results.scan = {
    file: SCAN.slice(ROOT.length),
    pages: pages.length,
    turned: pages.filter((p) => p.rotation !== 0).length,
    recognitions,
    coldMs: round(coldMs, 0),
    warmMs: round(warmMs, 0),
    secondsPerPage: round(warmMs / 1000 / pages.length, 2),
    secondsPerRecognition: round(warmMs / 1000 / recognitions, 2),
    recogniserStartMs: round(median(starts.map((s) => s.recogniser)), 0),
    orienterStartMs: round(median(starts.map((s) => s.orienter)), 0),
  };

  // Memory per worker.
  log('peak RSS: text PDF and scan, in-thread validate');
  results.rss = { textPdfMb: round(median([0, 1].map(() => probeRss(TEXT_PDF))), 1), scanMb: round(median([0, 1].map(() => probeRss(SCAN))), 1) };
  results.rss.ocrAddsMb = round(results.rss.scanMb - results.rss.textPdfMb, 1);

  // A text PDF with OCR on (auto) against OCR off, and off against off again: how far apart two
  // identical runs come out on this machine is the floor under which a difference means nothing.
  log('text PDF: ocr auto vs off (and off vs off)');
  const bytes = new Uint8Array(readFileSync(TEXT_PDF));
  const variants = [['auto', 'auto'], ['off', 'off'], ['offAgain', 'off']];
  const times = { auto: [], off: [], offAgain: [] };
  const rounds = quick ? 20 : 60;
  for (let r = 0; r < rounds + 5; r++) {
    // Each variant goes first in turn: none gains from another's warm-up or garbage.
    for (let k = 0; k < variants.length; k++) {
      const [name, mode] = variants[(r + k) % variants.length];
      const t = performance.now();
      await core.readDocument(bytes, { ocr: mode });
      if (r >= 5) times[name].push(performance.now() - t);
    }
  }
  results.textPdf = {
    file: TEXT_PDF.slice(ROOT.length),
    autoMs: round(median(times.auto)),
    offMs: round(median(times.off)),
    ratio: round(median(times.auto) / median(times.off), 3),
    noiseFloor: round(median(times.offAgain) / median(times.off), 3),
  };
  if (baseline) {
    log(`text PDF: this build against ${baseline}`);
    const before = [];
    const after = [];
    for (let r = 0; r < (quick ? 3 : 9); r++) {
      before.push(readTimes(baseline, TEXT_PDF, 30));
      after.push(readTimes(CORE, TEXT_PDF, 30));
    }
    results.textPdfBeforeAfter = { baseline, beforeMs: round(median(before)), afterMs: round(median(after)), ratio: round(median(after) / median(before), 3), processes: before.length };
  }

  // A scan among text PDFs, 2 workers.
  log('batch: text PDFs + one scan, 2 workers');
  const dir = join(tmpdir(), `plan-extract-bench-ocr-${process.pid}`);
  const texts = join(dir, 'texts');
  const mixed = join(dir, 'mixed');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(texts, { recursive: true });
  mkdirSync(mixed, { recursive: true });
  // Enough text PDFs to take about as long as the scan alone: then waiting for it would show as ×2.
  const n = quick ? 40 : 200;
  const corpusPdfs = readdirSync(join(ROOT, 'fixtures/corpus')).filter((f) => f.endsWith('.pdf'));
  for (let i = 0; i < n; i++) {
    const source = join(ROOT, 'fixtures/corpus', corpusPdfs[i % corpusPdfs.length]);
    copyFileSync(source, join(texts, `plan-${String(i).padStart(3, '0')}.pdf`));
    copyFileSync(source, join(mixed, `plan-${String(i).padStart(3, '0')}.pdf`));
  }
  // First in the folder's order: the scan is taken by a worker at once.
  copyFileSync(SCAN, join(mixed, 'a-scan.pdf'));
  const textsAlone = median(await sequence(runs, () => timeValidate([texts, '--concurrency', '1'])));
  const scanAlone = median(await sequence(runs, () => timeValidate([SCAN, '--concurrency', '1'])));
  const together = median(await sequence(runs, () => timeValidate([mixed, '--concurrency', '2'])));
  // The same batch through the CLI's pool in this process, noting when each file is done: on a
  // machine shared with other work the wall times above stretch, the order of completion does not.
  log('batch: when each file is done');
  const { runBatch } = await import(pathToFileURL(join(ROOT, 'packages/cli/dist/batch/pool.js')).href);
  const files = readdirSync(mixed).sort().map((f) => ({ path: join(mixed, f), missing: false }));
  const doneAt = new Array(files.length);
  const batchStart = performance.now();
  await runBatch(files, { concurrency: 2, config: {}, upperPath: null, limits: { timeoutMs: 3_600_000 }, ocr: 'auto', onProgress: (_done, _total, i) => (doneAt[i] = performance.now() - batchStart) });
  const scanIndex = files.findIndex((f) => f.path.endsWith('a-scan.pdf'));
  const lastText = Math.max(...doneAt.filter((_, i) => i !== scanIndex));
  rmSync(dir, { recursive: true, force: true });
  results.batch = {
    textFiles: n,
    textsOneWorkerMs: round(textsAlone, 0),
    scanAloneMs: round(scanAlone, 0),
    togetherTwoWorkersMs: round(together, 0),
    // 1.0: the texts ran beside the scan; (texts + scan) / max would mean they waited for it.
    vsLongerAlone: round(together / Math.max(textsAlone, scanAlone)),
    ifStalled: round((textsAlone + scanAlone) / Math.max(textsAlone, scanAlone)),
    scanDoneMs: round(doneAt[scanIndex], 0),
    lastTextDoneMs: round(lastText, 0),
    textsDoneBeforeScan: doneAt.filter((t, i) => i !== scanIndex && t < doneAt[scanIndex]).length,
  };

  const s = results.scan;
  const lines = [
    'OCR (scanned PDFs):',
    `  ${s.file}: ${s.pages} pages (${s.turned} turned, ${s.recognitions} recognitions): ${s.secondsPerPage} s/page warm (${s.secondsPerRecognition} s per recognition; first read in this process ${(s.coldMs / 1000).toFixed(1)} s)`,
    `  starting the engines, once per worker on its first scan: recogniser ${(s.recogniserStartMs / 1000).toFixed(2)} s, orientation detector ${(s.orienterStartMs / 1000).toFixed(2)} s (only for a page that reads badly upright)`,
    `  peak RSS of one worker validating in-thread: text PDF ${results.rss.textPdfMb} MB, the scan ${results.rss.scanMb} MB (OCR adds ${results.rss.ocrAddsMb} MB)`,
    `  text PDF read with --ocr auto / --ocr off (no OCR code reached): ${results.textPdf.autoMs} / ${results.textPdf.offMs} ms = ${results.textPdf.ratio} (off / off again, the noise floor: ${results.textPdf.noiseFloor})`,
    ...(results.textPdfBeforeAfter
      ? [`  text PDF read, this build / ${results.textPdfBeforeAfter.baseline} (before OCR): ${results.textPdfBeforeAfter.afterMs} / ${results.textPdfBeforeAfter.beforeMs} ms = ${results.textPdfBeforeAfter.ratio} (median of ${results.textPdfBeforeAfter.processes} processes each)`]
      : []),
    `  batch of ${n} text PDFs + the scan, 2 workers: ${results.batch.togetherTwoWorkersMs} ms; texts alone (1 worker) ${results.batch.textsOneWorkerMs} ms, scan alone ${results.batch.scanAloneMs} ms: ×${results.batch.vsLongerAlone} the longer alone (×${results.batch.ifStalled} if the texts had waited for the scan)`,
    `  the same batch, file by file: ${results.batch.textsDoneBeforeScan} of ${n} text PDFs done before the scan (last text at ${(results.batch.lastTextDoneMs / 1000).toFixed(1)} s, the scan at ${(results.batch.scanDoneMs / 1000).toFixed(1)} s)`,
  ];
  return { results, lines };
}

async function sequence(n, fn) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await fn());
  return out;
}

const argv = process.argv.slice(2);
if (argv[0] === '--engine-start') {
  const engine = await import(pathToFileURL(join(ROOT, 'packages/core/dist/read/pdf/ocr-engine.js')).href);
  // A 400 × 120 white image with two dark bars: next to nothing to read.
  const data = new Uint8Array(400 * 120).fill(250);
  for (let y = 40; y < 50; y++) for (let x = 40; x < 360; x++) data[y * 400 + x] = 20;
  for (let y = 70; y < 80; y++) for (let x = 40; x < 300; x++) data[y * 400 + x] = 20;
  const image = { data, width: 400, height: 120 };
  const twice = async (job) => {
    let t = performance.now();
    await job();
    const first = performance.now() - t;
    t = performance.now();
    await job();
    return first - (performance.now() - t);
  };
  const recogniser = await twice(() => engine.recognise(image, 300));
  const orienter = await twice(() => engine.detectOrientation(image, 300));
  process.stdout.write(`${JSON.stringify({ recogniser, orienter })}\n`);
} else if (argv[0] === '--read-times') {
  const [, coreIndex, file, n] = argv;
  const core = await import(pathToFileURL(coreIndex).href);
  const bytes = new Uint8Array(readFileSync(file));
  const times = [];
  for (let i = 0; i < Number(n) + 5; i++) {
    const t = performance.now();
    await core.readDocument(bytes);
    if (i >= 5) times.push(performance.now() - t);
  }
  process.stdout.write(`${JSON.stringify({ medianMs: median(times) })}\n`);
} else if (argv[0] === '--probe') {
  const { execute } = await import(pathToFileURL(join(ROOT, 'packages/cli/dist/main.js')).href);
  await execute(['validate', argv[1], '--concurrency', '1', '--timeout', '3600', '--format', 'json', '--output', join(tmpdir(), `bench-ocr-probe-${process.pid}.json`)], {
    stdout: () => {},
    stderr: (s) => process.stderr.write(s),
    isTTY: { stdout: false, stderr: false },
    env: {},
  });
  process.stdout.write(`${JSON.stringify({ maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
} else if (process.argv[1] === THIS) {
  const baseline = argv.includes('--baseline') ? argv[argv.indexOf('--baseline') + 1] : null;
  const { lines } = await benchOcr({ quick: argv.includes('--quick'), baseline });
  process.stdout.write(`${lines.join('\n')}\n`);
}
