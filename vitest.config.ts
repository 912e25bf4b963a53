import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Core imports `chrono-node/vi` (one locale instead of all 16). Node resolves that subpath through
 * chrono-node's `"./*"` export; Vite 7's resolver finds the package but returns nothing for the
 * subpath, so the tests map it the way Node does, from the package's own exports.
 */
function chronoLocale(locale: string): string {
  type Manifest = { name?: string; exports?: Record<string, { import?: string }> };
  // `chrono-node/package.json` is not exported; walk up from its entry point to its package.json.
  let dir = dirname(createRequire(new URL('./packages/core/package.json', import.meta.url)).resolve('chrono-node'));
  const manifest = (): Manifest => (existsSync(join(dir, 'package.json')) ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest) : {});
  while (manifest().name !== 'chrono-node') {
    if (dirname(dir) === dir) throw new Error('vitest.config: chrono-node has no package.json above its entry point');
    dir = dirname(dir);
  }
  const target = manifest().exports?.['./*']?.import;
  if (!target) throw new Error('vitest.config: chrono-node no longer exports its locales as "./*"');
  return join(dir, target.replace('*', locale));
}

export default defineConfig({
  resolve: {
    // Tests run against the sources; the CLI's end-to-end tests run the built bin.
    // Exact matches: a plain key would also rewrite '@plan-extract/core/isolate' under the index.
    alias: [
      { find: /^@plan-extract\/core$/, replacement: fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)) },
      { find: /^@plan-extract\/core\/messages$/, replacement: fileURLToPath(new URL('./packages/core/src/messages/index.ts', import.meta.url)) },
      { find: /^@plan-extract\/core\/isolate$/, replacement: fileURLToPath(new URL('./packages/core/src/isolate/index.ts', import.meta.url)) },
      { find: /^chrono-node\/vi$/, replacement: chronoLocale('vi') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
