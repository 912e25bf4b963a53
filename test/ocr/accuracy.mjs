/**
 * `pnpm ocr-accuracy`: how closely extraction from a scan agrees with extraction from the
 * born-digital PDF it was scanned from, on the five corpus plans.
 *
 *   node test/ocr/accuracy.mjs [--dpi N] [--only NAME] [--scans DIR]
 *
 * The scans are made by `fixtures/scans/make-scans.mjs --all` (greyscale 200 dpi JPEG, skew up to
 * ±3°, noise, a seal over the signature, one page per plan turned sideways or upside down) into
 * `.scans/` on first use (needs pdftoppm and ImageMagick; not committed: 1.3–3 MB each). Measures
 * the BUILT core (packages/core/dist). Not a test: OCR of 40 pages takes minutes.
 *
 * Fields compared (the list): documentNumber, issuer, issuedOn, title, theme, period,
 * slogans, recipients, signer, deadlines. Values are compared on a normalized key (compareKey:
 * case, tone-mark placement, quotes and punctuation ignored; dates and kinds as they are). A
 * list field agrees when every item agrees; its item score is the share of items found on both
 * sides (matched one to one). Prints a table and writes `.scans/accuracy.json`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const DPI = option('--dpi') ? Number(option('--dpi')) : undefined;
const ONLY = option('--only');
const SCANS = option('--scans') ?? join(ROOT, '.scans');
const PLANS = ['bac-kan-2026-action-month', 'chi-lang-2025-annual', 'ha-lang-2025-action-month', 'ly-son-2025-annual', 'quang-tri-ward1-2024-action-month'].filter(
  (p) => !ONLY || p.includes(ONLY),
);

const { extractFile, compareKey } = await import(pathToFileURL(join(ROOT, 'packages/core/dist/index.js')).href);

if (!PLANS.every((p) => existsSync(join(SCANS, `${p}.pdf`)))) {
  mkdirSync(SCANS, { recursive: true });
  process.stderr.write(`ocr-accuracy: making the scans in ${SCANS} (a few minutes)\n`);
  execFileSync(process.execPath, [join(ROOT, 'fixtures/scans/make-scans.mjs'), '--all', SCANS], { stdio: 'inherit' });
}

const key = (text) => (text === null || text === undefined ? null : compareKey(text));

/** Each field as a list of comparable keys (a single value is a list of one; absent is an empty list). */
const FIELDS = {
  number: (x) => [x.documentNumber].filter((v) => v !== null).map(key),
  issuer: (x) => (x.issuer ? [`${key(x.issuer.name)}|${x.issuer.level}`] : []),
  date: (x) => (x.issuedOn ? [x.issuedOn] : []),
  title: (x) => (x.title ? [key(x.title)] : []),
  theme: (x) => (x.theme ? [key(x.theme.text)] : []),
  period: (x) => (x.period ? [`${x.period.start}|${x.period.end}`] : []),
  slogans: (x) => x.slogans.map((s) => key(s.text)),
  recipients: (x) => x.recipients.map((r) => key(r.text)),
  signer: (x) => (x.signer ? [`${key(x.signer.authority)}|${key(x.signer.title)}|${key(x.signer.name)}`] : []),
  deadlines: (x) => x.deadlines.map((d) => `${d.kind}|${d.date ?? ''}|${d.action ?? ''}`),
};

/** Items found on both sides, one to one. */
function matched(a, b) {
  const left = [...b];
  let n = 0;
  for (const item of a) {
    const i = left.indexOf(item);
    if (i >= 0) {
      left.splice(i, 1);
      n++;
    }
  }
  return n;
}

const rows = [];
for (const plan of PLANS) {
  const digital = (await extractFile(join(ROOT, 'fixtures/corpus', `${plan}.pdf`), { ocr: 'off' })).value;
  const started = performance.now();
  const scan = (
    await extractFile(join(SCANS, `${plan}.pdf`), {
      ocr: 'auto',
      ...(DPI ? { ocrDpi: DPI } : {}),
      limits: { timeoutMs: 600_000 },
      onProgress: (p) => process.stderr.write(`ocr-accuracy: ${plan} page ${p.page}/${p.pages}\n`),
    })
  ).value;
  const seconds = (performance.now() - started) / 1000;
  const fields = {};
  for (const [name, values] of Object.entries(FIELDS)) {
    const a = values(digital);
    const b = values(scan);
    const both = matched(a, b);
    const total = Math.max(a.length, b.length);
    fields[name] = {
      agrees: both === a.length && both === b.length,
      items: total === 0 ? 1 : both / total,
      ...(both === a.length && both === b.length ? {} : { digital: a.filter((v) => !b.includes(v)), scan: b.filter((v) => !a.includes(v)) }),
    };
  }
  const names = Object.keys(fields);
  const agree = names.filter((n) => fields[n].agrees).length;
  const itemScore = names.reduce((s, n) => s + fields[n].items, 0) / names.length;
  const pages = scan.source.ocrPages ?? [];
  rows.push({
    plan,
    pages: pages.length,
    seconds: Math.round(seconds),
    secondsPerPage: pages.length ? Math.round((seconds / pages.length) * 10) / 10 : null,
    confidence: pages.length ? Math.round((pages.reduce((s, p) => s + p.confidence, 0) / pages.length) * 10) / 10 : null,
    turned: pages.filter((p) => p.rotation !== 0).map((p) => `p${p.page}:${p.rotation}°`),
    fieldsAgree: agree,
    fields: names.length,
    itemScore: Math.round(itemScore * 1000) / 10,
    detail: fields,
  });
  const row = rows[rows.length - 1];
  process.stderr.write(`ocr-accuracy: ${plan}: ${agree}/${names.length} fields agree, item score ${row.itemScore} %, ${row.secondsPerPage} s/page\n`);
  for (const [name, f] of Object.entries(fields)) if (!f.agrees) process.stderr.write(`  ${name}: digital ${JSON.stringify(f.digital)} scan ${JSON.stringify(f.scan)}\n`);
}

const totalAgree = rows.reduce((s, r) => s + r.fieldsAgree, 0);
const totalFields = rows.reduce((s, r) => s + r.fields, 0);
console.log(`| plan | pages OCR'd | turned | mean word confidence | fields agreeing | item score | s/page |`);
console.log(`|---|---:|---|---:|---:|---:|---:|`);
for (const r of rows) {
  console.log(`| ${r.plan} | ${r.pages} | ${r.turned.join(', ') || '—'} | ${r.confidence} | ${r.fieldsAgree}/${r.fields} | ${r.itemScore} % | ${r.secondsPerPage} |`);
}
console.log(`| **all** | ${rows.reduce((s, r) => s + r.pages, 0)} | | | **${totalAgree}/${totalFields} (${Math.round((totalAgree / totalFields) * 1000) / 10} %)** | ${Math.round((rows.reduce((s, r) => s + r.itemScore, 0) / rows.length) * 10) / 10} % | |`);
mkdirSync(SCANS, { recursive: true });
writeFileSync(join(SCANS, 'accuracy.json'), `${JSON.stringify({ dpi: DPI ?? 'default', rows }, null, 2)}\n`);
