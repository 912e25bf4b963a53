/** A PDF read over its time budget stops: pdf.js reads no more pages and its document is freed. */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { isPlanError, readDocument } from '@plan-extract/core';
import { ROOT } from './helpers.js';

const pagesRead: number[] = [];
const tasks: Array<{ destroyed: boolean }> = [];

// Count the pages pdf.js is asked for (the mock wraps the real module).
vi.mock('../../packages/core/node_modules/pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../packages/core/node_modules/pdfjs-dist/legacy/build/pdf.mjs')>();
  return {
    ...real,
    getDocument: (params: Parameters<typeof real.getDocument>[0]) => {
      const task = real.getDocument(params);
      tasks.push(task);
      const promise = task.promise.then((doc) => {
        const getPage = doc.getPage.bind(doc);
        doc.getPage = (n: number) => {
          pagesRead.push(n);
          return getPage(n);
        };
        return doc;
      });
      // The reader uses `promise` and `destroy()` only.
      return new Proxy(task, { get: (target, key) => (key === 'promise' ? promise : key === 'destroy' ? () => target.destroy() : Reflect.get(target, key)) });
    },
  };
});

describe('PDF time budget', () => {
  const pdf = new Uint8Array(readFileSync(join(ROOT, 'fixtures/corpus/chi-lang-2025-annual.pdf')));

  it('reads every page with time to spare', async () => {
    pagesRead.length = 0;
    const doc = (await readDocument(pdf)).value;
    expect(pagesRead.length).toBe(doc.source.pages);
    expect(pagesRead.length).toBeGreaterThan(2);
  });

  it('stops reading pages once the budget is spent, and frees the document', async () => {
    pagesRead.length = 0;
    tasks.length = 0;
    const error = await readDocument(pdf, { path: 'slow.pdf', limits: { timeoutMs: 1 } }).catch((e: unknown) => e);
    expect(isPlanError(error) && error.code).toBe('E_TIMEOUT');
    // Let the abandoned read run on as far as it would. With a 1 ms budget the reader may stop before
    // pdf.js opens the document at all (the stream check runs first); a document opened is freed.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await vi.waitFor(() => expect(tasks.every((task) => task.destroyed)).toBe(true), { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    // A page or two may be under way when the timer fires; without the abort all 12 were read.
    expect(pagesRead.length).toBeLessThan(6);
  });
});
