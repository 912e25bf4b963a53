/**
 * pdf.js without its optional canvas package (`npm install --omit=optional`): it needs a DOMMatrix
 * to load, which read/pdf/text-globals.ts provides; text comes out the same as with canvas.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AffineMatrix } from '../../../packages/core/src/read/pdf/text-globals.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HOOK = fileURLToPath(new URL('./helpers/without-canvas.cjs', import.meta.url));
const BIN = `${ROOT}packages/cli/bin/plan-extract.js`;

function run(args: string[], withoutCanvas: boolean): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...(withoutCanvas ? ['--require', HOOK] : []), BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('PDF text without @napi-rs/canvas', () => {
  it('extracts a PDF plan the same as with canvas, with nothing on stderr', async () => {
    const args = ['extract', 'fixtures/corpus/ha-lang-2025-action-month.pdf', '--format', 'json'];
    const [without, withCanvas] = await Promise.all([run(args, true), run(args, false)]);
    expect(without.stderr).toBe('');
    expect(without.code).toBe(0);
    expect(without.stdout).toBe(withCanvas.stdout);
  });

  it('validates PDFs in worker threads too', async () => {
    const result = await run(['validate', 'fixtures/corpus', '--format', 'json', '--concurrency', '2', '--quiet'], true);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout) as { files: Array<{ path: string; status: string }> };
    expect(report.files.filter((f) => f.path.endsWith('.pdf')).every((f) => f.status !== 'unreadable')).toBe(true);
  });
});

describe('AffineMatrix, the DOMMatrix pdf.js gets when canvas is missing', () => {
  // The reference: canvas's own DOMMatrix (installed here as pdf.js's optional dependency).
  const pdfjs = createRequire(`${ROOT}packages/core/package.json`).resolve('pdfjs-dist/package.json');
  const { DOMMatrix } = createRequire(pdfjs)('@napi-rs/canvas') as { DOMMatrix: new (init?: number[]) => Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number> & Record<string, (...a: never[]) => unknown> };
  const entries = (m: Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number>) => [m.a, m.b, m.c, m.d, m.e, m.f];
  const num = fc.double({ min: -100, max: 100, noNaN: true });
  const matrix = fc.tuple(num, num, num, num, num, num);
  const op = fc.oneof(
    fc.tuple(fc.constant('multiplySelf'), matrix),
    fc.tuple(fc.constant('preMultiplySelf'), matrix),
    fc.tuple(fc.constant('translateSelf'), fc.tuple(num, num)),
    fc.tuple(fc.constant('scaleSelf'), fc.tuple(num, num)),
    fc.tuple(fc.constant('invertSelf'), fc.constant([] as number[])),
  );

  it('agrees with canvas’s DOMMatrix on the operations pdf.js uses', () => {
    fc.assert(
      fc.property(matrix, fc.array(op, { maxLength: 6 }), (init, ops) => {
        const ours = new AffineMatrix(init) as unknown as Record<string, (...a: unknown[]) => unknown> & Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f', number>;
        const theirs = new DOMMatrix(init);
        for (const [name, args] of ops) {
          const call = (m: Record<string, (...a: never[]) => unknown>) =>
            name === 'multiplySelf' || name === 'preMultiplySelf' ? m[name]!(new DOMMatrix(args as number[]) as never) : m[name]!(...(args as never[]));
          // Canvas leaves 2-D for a singular inverse and cannot invert past that: nothing left to compare.
          if ((theirs as unknown as { is2D: boolean }).is2D === false) return;
          if (name === 'multiplySelf' || name === 'preMultiplySelf') ours[name]!(args);
          else ours[name]!(...args);
          call(theirs as never);
        }
        const a = entries(ours);
        const b = entries(theirs);
        a.forEach((x, i) => {
          const y = b[i] as number;
          if (Number.isNaN(y) || !Number.isFinite(y) || Math.abs(y) > 1e12) return;
          expect(x).toBeCloseTo(y, 6 - Math.max(0, Math.ceil(Math.log10(Math.abs(y) + 1))));
        });
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it('reads the 6- and 16-number forms and transforms points', () => {
    expect(entries(new AffineMatrix([2, 0, 0, 3, 5, 7]))).toEqual([2, 0, 0, 3, 5, 7]);
    expect(entries(new AffineMatrix([2, 0, 0, 0, 0, 3, 0, 0, 0, 0, 1, 0, 5, 7, 0, 1]))).toEqual([2, 0, 0, 3, 5, 7]);
    expect(new AffineMatrix().scaleSelf(2, -1).translateSelf(0, -10).transformPoint({ x: 1, y: 1 })).toEqual({ x: 2, y: 9, z: 0, w: 1 });
    expect(new AffineMatrix().isIdentity).toBe(true);
  });
});
