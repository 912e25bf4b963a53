import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

it('types rule ids as the union of real ids: a mistyped one in a configuration does not compile', async () => {
  const tsc = `${ROOT}node_modules/typescript/bin/tsc`;
  const args = ['--noEmit', '--strict', '--exactOptionalPropertyTypes', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--types', 'node', 'test/core/validate/config-types.ts'];
  const result = await new Promise<{ code: number; out: string }>((resolve) => {
    execFile(process.execPath, [tsc, ...args], { cwd: ROOT, encoding: 'utf8' }, (error, stdout, stderr) => resolve({ code: error ? 1 : 0, out: stdout + stderr }));
  });
  // Every @ts-expect-error there is used (an unused one is an error), and nothing else fails.
  expect(result.out).toBe('');
  expect(result.code).toBe(0);
}, 120_000);
