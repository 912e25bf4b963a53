/**
 * The packages as users get them: `pnpm pack` tarballs of core and cli, installed with plain
 * `npm install` into an empty folder, offline, without optional packages (`--omit=optional`, so no
 * @napi-rs/canvas for pdf.js). The dependencies come from this checkout's own install (each packed
 * from its folder), so nothing is fetched. Needs the build (`npx pnpm@10.34.8 run build`).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE_PDF = join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.pdf');
const SCAN_PDF = join(ROOT, 'fixtures/scans/ha-lang-scan.pdf');

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  // pnpm sets NODE_PATH to its own store: an installed app must not find packages there (the native canvas, say).
  const { NODE_PATH: _, ...inherited } = process.env;
  return new Promise((done) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...inherited, npm_config_update_notifier: 'false', ...env } }, (error, stdout, stderr) => {
      done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** Where Node would find `name` from a package folder: its own node_modules, then each parent's (pnpm puts dependencies beside the package). */
function locate(from: string, name: string): string | null {
  for (let dir = from; dirname(dir) !== dir; dir = dirname(dir)) {
    const candidate = basename(dir) === 'node_modules' ? join(dir, name) : join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
  }
  return null;
}

/** Every runtime dependency of the two packages, transitively, optional ones left out: folder → name. */
function runtimeDependencies(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      if (name.startsWith('@plan-extract/')) continue;
      const at = locate(dir, name);
      if (at === null) throw new Error(`${name} (needed by ${dir}) is not installed`);
      if (found.has(at)) continue;
      found.set(at, name);
      walk(at);
    }
  };
  walk(join(ROOT, 'packages/core'));
  walk(join(ROOT, 'packages/cli'));
  return found;
}

let app: string;
let tarballs: string;

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'packages/cli/dist/main.js'))) throw new Error('build first: npx pnpm@10.34.8 run build');
  const work = mkdtempSync(join(tmpdir(), 'plan-extract-pack-'));
  tarballs = join(work, 'tarballs');
  app = join(work, 'app');
  for (const pkg of ['core', 'cli']) {
    const packed = await run('npx', ['--yes', '--offline', 'pnpm@10.34.8', 'pack', '--pack-destination', tarballs], join(ROOT, 'packages', pkg));
    if (packed.code !== 0) throw new Error(`pnpm pack failed in packages/${pkg}: ${packed.stderr}`);
  }
  // pnpm's store hard-links identical files; npm ignores hard-link entries in a tarball, so they are stored as files.
  await Promise.all(
    [...runtimeDependencies()].map(([dir, name], i) => run('tar', ['czf', join(tarballs, `dep-${i}-${name.replace(/[@/]/g, '_')}.tgz`), '--hard-dereference', '-C', dirname(dir), basename(dir)], ROOT)),
  );
  await run('mkdir', ['-p', app], ROOT);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'an-office', private: true }));
  const install = await run(
    'npm',
    ['install', '--offline', '--omit=optional', '--ignore-scripts', '--no-audit', '--no-fund', ...readdirSync(tarballs).map((f) => join(tarballs, f))],
    app,
  );
  if (install.code !== 0) throw new Error(`npm install failed: ${install.stderr}`);
}, 300_000);

describe('the packed packages, installed by npm offline without optional packages', () => {
  it('ship a README, a LICENSE, their sources for the source maps, and no map that points at nothing', () => {
    for (const pkg of ['core', 'cli']) {
      const dir = join(app, 'node_modules/@plan-extract', pkg);
      expect(existsSync(join(dir, 'README.md')), `${pkg} README`).toBe(true);
      expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
      const maps: string[] = [];
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = join(d, e.name);
          if (e.isDirectory()) walk(p);
          else if (p.endsWith('.map')) maps.push(p);
        }
      };
      walk(join(dir, 'dist'));
      expect(maps.length).toBeGreaterThan(10);
      for (const map of maps) {
        const { sources, sourceRoot = '' } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[]; sourceRoot?: string };
        for (const source of sources) expect(existsSync(resolve(dirname(map), sourceRoot, source)), `${map} → ${source}`).toBe(true);
      }
    }
    // OCR depends on @napi-rs/canvas; its native build is an optional package of its own, left out here.
    expect(readdirSync(join(app, 'node_modules/@napi-rs')).filter((name) => name.startsWith('canvas-'))).toEqual([]);
  });

  it('run the CLI on a PDF, with pdf.js and no canvas', async () => {
    const result = await run(join(app, 'node_modules/.bin/plan-extract'), ['extract', FIXTURE_PDF, '--format', 'json'], app);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).title).toBe('Triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn huyện Hạ Lang');
    const help = await run(join(app, 'node_modules/.bin/plan-extract'), ['validate', '--help'], app);
    expect(help.stdout).toContain('Cách dùng:');
  });

  it('say in one line that a scan cannot be read by OCR without the canvas', async () => {
    const result = await run(join(app, 'node_modules/.bin/plan-extract'), ['extract', SCAN_PDF, '--lang', 'en'], app);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^plan-extract: .*ha-lang-scan\.pdf: OCR needs the package @napi-rs\/canvas, which is not installed or cannot be loaded on this machine \(E_UNSUPPORTED\)\n$/);
    const vi = await run(join(app, 'node_modules/.bin/plan-extract'), ['extract', SCAN_PDF, '--lang', 'vi'], app);
    expect(vi.stderr).toMatch(/: cần gói @napi-rs\/canvas để nhận dạng chữ \(OCR\), .* \(E_UNSUPPORTED\)\n$/);
  });

  it('load the library with import and with require', async () => {
    const imported = await run(process.execPath, ['--input-type=module', '-e', "import { extractFile } from '@plan-extract/core'; const { value } = await extractFile(process.argv[1]); console.log(value.documentSymbol.text)", FIXTURE_PDF], app);
    expect(imported.stdout.trim()).toBe('KH-UBND');
    const required = await run(process.execPath, ['-e', "const core = require('@plan-extract/core'); const cli = require('@plan-extract/cli'); console.log(typeof core.extractFile, typeof cli.execute)"], app);
    expect(required.stderr).not.toMatch(/Error/);
    expect(required.stdout.trim()).toBe('function function');
  });
});
