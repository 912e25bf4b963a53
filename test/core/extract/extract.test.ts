import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlanError, PlanExtraction, extract, extractFile, readDocument } from '@plan-extract/core';

const HA_LANG = fileURLToPath(new URL('../../../fixtures/corpus/ha-lang-2025-action-month.txt', import.meta.url));

describe('extract', () => {
  it('assembles the contract: envelope, text and every field, valid against the schema', async () => {
    const { value: doc } = await readDocument(HA_LANG);
    const { value } = extract(doc, { path: 'plans/ha-lang.txt' });
    expect(() => PlanExtraction.parse(value)).not.toThrow();
    expect(value.schemaVersion).toBe(1);
    expect(value.source).toEqual({ path: 'plans/ha-lang.txt', format: 'text', pages: null, sha256: doc.source.sha256, ocr: false });
    expect(value.text).toBe(doc.text);
    expect(Object.keys(value).sort()).toEqual([...Object.keys(PlanExtraction.shape)].sort());
  });

  it('fills years the text leaves out from the plan year (year runs before the others)', async () => {
    const { value: doc } = await readDocument({ text: ['KẾ HOẠCH', 'Tháng hành động vì trẻ em năm 2026', 'II. CHỦ ĐỀ', '2. Thời gian: từ ngày 01/6 đến ngày 30/6.'].join('\n') });
    const { value } = extract(doc);
    expect(value.year).toBe(2026);
    expect(value.kind).toBe('action-month');
    expect(value.period).toMatchObject({ start: '2026-06-01', end: '2026-06-30' });
  });

  it('returns nulls and empty lists for a text that is not a plan, without throwing', async () => {
    const { value: doc } = await readDocument({ text: 'Xin chào.' });
    const { value } = extract(doc, { validate: true });
    expect(value).toMatchObject({ kind: 'other', documentNumber: null, issuer: null, title: null, year: null, theme: null, slogans: [], recipients: [], signer: null, references: [] });
  });

  it('reads an extraction saved before roles, years and the anatomy were read (diff and validate take saved JSON)', async () => {
    const { value: doc } = await readDocument(HA_LANG);
    const { years: _years, anatomy: _anatomy, ...saved } = extract(doc).value;
    const old = { ...saved, implements: saved.implements.map(({ role: _r, type: _t, name: _n, ...ref }) => ref) };
    const parsed = PlanExtraction.parse(JSON.parse(JSON.stringify(old)));
    expect(parsed.years).toBeNull();
    expect(parsed.anatomy.header).toBeNull();
    expect(parsed.implements[0]).toMatchObject({ role: 'implements', type: null, name: null, documentNumber: '1420/KH-UBND' });
  });

  it('reports diagnostics in the value and in messages', async () => {
    const { value: doc } = await readDocument(HA_LANG);
    const result = extract(doc);
    expect(result.value.diagnostics.map((d) => d.ruleId)).toContain('document-number/blank');
    expect(result.messages.map((d) => d.ruleId)).toContain('document-number/blank');
  });
});

describe('extractFile', () => {
  it('reads and extracts a file', async () => {
    const { value } = await extractFile(HA_LANG);
    expect(value.title).toBe('Triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn huyện Hạ Lang');
    expect(value.source.path).toBe(HA_LANG);
  });

  it('rejects an unreadable input with a PlanError', async () => {
    await expect(extractFile('/no/such/plan.pdf')).rejects.toBeInstanceOf(PlanError);
  });
});
