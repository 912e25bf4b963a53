import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Core imports `chrono-node/vi` (one locale instead of all 16). Node resolves that subpath through
 * chrono-node's `"./*"` export; Vite's resolver does not (the map also holds `"./*\/*"`), so the
 * tests map it the way Node does, from the package's own exports.
 */
function chronoLocale(locale: string): string {
  // `chrono-node/package.json` is not exported; walk up from its entry point to its package.json.
  let dir = dirname(createRequire(new URL('./packages/core/package.json', import.meta.url)).resolve('chrono-node'));
  const manifest = () => (existsSync(join(dir, 'package.json')) ? (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; exports?: Record<string, { import: string }> }) : {});
  while (manifest().name !== 'chrono-node') dir = dirname(dir);
  return join(dir, (manifest().exports?.['./*'] as { import: string }).import.replace('*', locale));
}

export default defineConfig({
  resolve: {
    // Tests run against the sources; the CLI's end-to-end tests run the built bin.
    alias: {
      '@plan-extract/core': fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)),
      'chrono-node/vi': chronoLocale('vi'),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
