/**
 * Bench inputs, generated under `.bench/inputs/` from the committed fixtures and cached by a key
 * of their bytes: one plan's body repeated into long DOCX files (and PDFs printed from them by
 * LibreOffice, when `soffice` is there), and a folder of a few hundred plans in mixed formats.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../../packages/core/package.json', import.meta.url));
const { unzipSync, zipSync } = await import(pathToFileURL(require.resolve('fflate')).href);

/** The plan whose body is repeated: a 6-page annual plan with lists, a table and a signature. */
export const BASE = 'ly-son-2025-annual';

/**
 * A DOCX whose body is the base plan's body `times` times over (each copy from a new page),
 * keeping its styles, numbering and final section properties.
 */
function repeatDocx(source, times) {
  const parts = unzipSync(readFileSync(source));
  const xml = new TextDecoder().decode(parts['word/document.xml']);
  const open = xml.indexOf('>', xml.indexOf('<w:body')) + 1;
  const sect = xml.lastIndexOf('<w:sectPr');
  const body = xml.slice(open, sect);
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  const repeated = Array.from({ length: times }, () => body).join(pageBreak);
  parts['word/document.xml'] = new TextEncoder().encode(xml.slice(0, open) + repeated + xml.slice(sect));
  return zipSync(parts, { level: 6 });
}

function hasSoffice() {
  try {
    execFileSync(process.env.SOFFICE ?? 'soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Build (or reuse) every input. Returns the long documents by repetition count, the batch
 * folders, and notes (e.g. that PDFs could not be printed).
 * @param {{ root: string, repeats: number[], batchSize: number }} options
 */
export function prepareInputs({ root, repeats, batchSize }) {
  const fixtures = join(root, 'fixtures');
  const dir = join(root, '.bench', 'inputs');
  const notes = [];
  const baseDocx = join(fixtures, 'corpus', `${BASE}.docx`);
  const basePdf = join(fixtures, 'corpus', `${BASE}.pdf`);
  const key = createHash('sha256').update(readFileSync(baseDocx)).update(readFileSync(basePdf)).update(JSON.stringify(repeats)).digest('hex').slice(0, 12);
  const longDir = join(dir, `long-${key}`);
  mkdirSync(longDir, { recursive: true });

  const docx = {};
  const pdf = {};
  for (const times of repeats) {
    const file = join(longDir, `${BASE}-x${times}.docx`);
    if (times === 1) copyFileSync(baseDocx, file);
    else if (!existsSync(file)) writeFileSync(file, repeatDocx(baseDocx, times));
    docx[times] = file;
  }
  // The 1× PDF is the committed fixture; longer ones are printed from the repeated DOCX.
  pdf[1] = basePdf;
  const missing = repeats.filter((t) => t > 1 && !existsSync(join(longDir, `${BASE}-x${t}.pdf`)));
  if (missing.length > 0 && hasSoffice()) {
    const profile = join(dir, 'soffice-profile');
    execFileSync(
      process.env.SOFFICE ?? 'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', longDir, ...missing.map((t) => docx[t])],
      { stdio: 'ignore', timeout: 600_000 },
    );
  }
  for (const times of repeats) {
    const file = join(longDir, `${BASE}-x${times}.pdf`);
    if (times > 1 && existsSync(file)) pdf[times] = file;
  }
  if (Object.keys(pdf).length < repeats.length) {
    notes.push('soffice not found: no long PDFs; PDF figures are for the committed 6-page plan only (no PDF growth, RSS on 6 pages); DOCX growth is still measured');
  }

  // Batch folders: copies of every committed plan, mixed formats; and PDFs only (for the text-layer baseline).
  const plans = ['corpus', 'province'].flatMap((sub) =>
    readdirSync(join(fixtures, sub))
      .filter((f) => /\.(pdf|docx|txt)$/.test(f))
      .sort()
      .map((f) => join(fixtures, sub, f)),
  );
  const mixed = fillFolder(join(dir, `batch-mixed-${batchSize}`), plans, batchSize);
  const pdfOnly = fillFolder(join(dir, `batch-pdf-${batchSize}`), plans.filter((f) => f.endsWith('.pdf')), batchSize);
  return { docx, pdf, mixed: withHalves(mixed), pdfOnly: withHalves(pdfOnly), notes };
}

/** The batch split in two (alternate files) for two independent processes: what the machine gives two single-thread runs. */
function withHalves(batch) {
  const halves = ['a', 'b'].map((side, k) => {
    const files = batch.files.filter((_, i) => i % 2 === k);
    return fillFolder(`${batch.folder}-half-${side}`, files, files.length);
  });
  return { ...batch, halves };
}

function fillFolder(folder, sources, count) {
  // Rebuilt each run: cheap, and a fixture that changed must not leave a stale copy.
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const source = sources[i % sources.length];
    const file = join(folder, `${String(i).padStart(4, '0')}-${basename(source)}`);
    copyFileSync(source, file);
    files.push(file);
  }
  return { folder, files };
}
