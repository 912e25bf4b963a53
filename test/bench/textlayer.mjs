/**
 * The bare pdf.js baseline, shared by the bench and its child processes: getDocument +
 * getTextContent on every page with the same options as our PDF reader (no fonts, no
 * rendering, no eval, no streaming). Nothing of ours runs here, except our loader with
 * `--keep-builtins`.
 *
 * As a script: `node textlayer.mjs --threads N [--keep-builtins] files...` reads every file with N
 * worker threads (1 = in this thread) and prints `{ files, pages, ms, cpuMs, maxRssMb }`: the batch baseline.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const require = createRequire(new URL('../../packages/core/package.json', import.meta.url));
let pdfjs = null;

// The reader's pdf.js options (a module that imports nothing of ours) and, for the same-footing
// baseline only, the reader's own loader.
const { PDFJS_DOCUMENT_OPTIONS } = await import(new URL('../../packages/core/dist/read/pdf/pdfjs-options.js', import.meta.url).href);
const reader = () => import(new URL('../../packages/core/dist/read/pdf.js', import.meta.url).href);

/**
 * pdf.js's legacy build, from core's own dependency (the copy our reader loads), as it ships.
 * With `keepBuiltins`, loaded by our reader's own loader: the built-ins the build replaces
 * (Array.prototype.push, JSON) put back — the baseline on the same footing.
 */
export async function loadPdfJs({ keepBuiltins = false } = {}) {
  pdfjs ??= keepBuiltins ? await (await reader()).loadPdfJs() : await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href);
  return pdfjs;
}

/** mammoth, from core's dependencies (the DOCX baseline). */
export async function loadMammoth() {
  const mod = await import(pathToFileURL(require.resolve('mammoth')).href);
  return mod.default ?? mod;
}

/** The text layer of every page; returns the page count and the number of characters. */
export async function textLayer(bytes) {
  const lib = await loadPdfJs();
  const task = lib.getDocument({ data: bytes.slice(), ...PDFJS_DOCUMENT_OPTIONS });
  try {
    const doc = await task.promise;
    let chars = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ disableNormalization: true });
      for (const item of content.items) if ('str' in item) chars += item.str.length;
      page.cleanup();
    }
    return { pages: doc.numPages, chars };
  } finally {
    await task.destroy();
  }
}

async function readAll(files) {
  let pages = 0;
  for (const file of files) pages += (await textLayer(new Uint8Array(await readFile(file)))).pages;
  return pages;
}

const KEEP_BUILTINS = process.argv.includes('--keep-builtins');

async function main(argv) {
  const at = argv.indexOf('--threads');
  const threads = at >= 0 ? Number(argv[at + 1]) : 1;
  const files = argv.filter((a, i) => a !== '--threads' && a !== '--keep-builtins' && i !== at + 1);
  await loadPdfJs({ keepBuiltins: KEEP_BUILTINS });
  const started = performance.now();
  let pages = 0;
  if (threads <= 1) {
    pages = await readAll(files);
  } else {
    // A shared queue: each worker asks for the next file when done (as a pool would).
    let next = 0;
    await Promise.all(
      Array.from({ length: threads }, () => {
        const worker = new Worker(fileURLToPath(import.meta.url), { argv: KEEP_BUILTINS ? ['--keep-builtins'] : [] });
        return new Promise((resolve, reject) => {
          const feed = () => worker.postMessage(next < files.length ? files[next++] : null);
          worker.on('message', (m) => {
            if (m.ready || m.done) {
              if (m.done) pages += m.pages;
              feed();
            } else if (m.exit) worker.terminate().then(resolve, reject);
          });
          worker.on('error', reject);
        });
      }),
    );
  }
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(`${JSON.stringify({ files: files.length, pages, ms: performance.now() - started, cpuMs, maxRssMb: usage.maxRSS / 1024 })}\n`);
}

if (!isMainThread) {
  await loadPdfJs({ keepBuiltins: KEEP_BUILTINS });
  parentPort.on('message', async (file) => {
    if (file === null) return parentPort.postMessage({ exit: true });
    const pages = await readAll([file]);
    parentPort.postMessage({ done: true, pages });
  });
  parentPort.postMessage({ ready: true });
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
