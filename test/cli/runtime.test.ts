import { expect, it } from 'vitest';

// The CLI reads PDFs with pdf.js's synchronous inflate (see packages/cli/src/runtime.ts).
it('takes DecompressionStream away in CLI processes, with the same text from pdf.js', async () => {
  const { readDocument } = await import('@plan-extract/core');
  const pdf = new URL('../../fixtures/corpus/ha-lang-2025-action-month.pdf', import.meta.url);
  const before = (await readDocument(pdf)).value.text;
  expect(typeof globalThis.DecompressionStream).toBe('function');
  await import('../../packages/cli/src/runtime.js');
  expect(globalThis.DecompressionStream).toBeUndefined();
  expect((await readDocument(pdf)).value.text).toBe(before);
});
