/** Limits and warnings of `readDocument` on inputs that are legal but hostile or incomplete. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlanError, readDocument } from '@plan-extract/core';
import { ROOT } from './helpers.js';

const pdf = new Uint8Array(readFileSync(join(ROOT, 'fixtures/corpus/ha-lang-2025-action-month.pdf')));

async function code(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (isPlanError(error)) return error.code;
    throw error;
  }
}

describe('readDocument limits', () => {
  it('applies maxBytes to a string too, not only to files and bytes', async () => {
    expect(await code(readDocument({ text: 'Kế hoạch '.repeat(200) }, { limits: { maxBytes: 1000 } }))).toBe('E_TOO_LARGE');
    expect(await code(readDocument({ text: 'Kế hoạch '.repeat(50) }, { limits: { maxBytes: 1000 } }))).toBe('ok');
  });

  it('times a slow read out with E_TIMEOUT, naming the file', async () => {
    const error = await readDocument(pdf, { path: 'slow.pdf', limits: { timeoutMs: 1 } }).catch((e: unknown) => e);
    expect(isPlanError(error) && error.code).toBe('E_TIMEOUT');
    expect(String((error as Error).message)).toBe('slow.pdf: reading took longer than 1 ms (E_TIMEOUT)');
  });

  it('warns when a PDF cut short is still read (pdf.js rebuilds it silently)', async () => {
    const whole = await readDocument(pdf, { path: 'whole.pdf' });
    expect(whole.messages.map((m) => m.ruleId)).not.toContain('read/pdf-truncated');
    const cut = await readDocument(pdf.slice(0, pdf.length - 8), { path: 'cut.pdf' });
    expect(cut.value.text).toBe(whole.value.text);
    expect(cut.messages.find((m) => m.ruleId === 'read/pdf-truncated')).toMatchObject({ severity: 'warning', field: 'document' });
  });
});
