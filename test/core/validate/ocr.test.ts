import { describe, expect, it } from 'vitest';
import { createValidator, type OcrPage, type PlanExtraction } from '@plan-extract/core';
import { cleanPlan } from './plan-builder.js';

const validator = await createValidator({}, { lang: 'en' });

/** The clean plan as if read by OCR from a one-page scan, with the given doubtful words. */
function scanned(plan: PlanExtraction, page: Partial<OcrPage> = {}, doubtful: string[] = []): PlanExtraction {
  const lowConfidence = doubtful.map((word) => {
    const start = plan.text.indexOf(word);
    if (start < 0) throw new Error(`no "${word}" in the plan`);
    return { start, end: start + word.length, page: 1 };
  });
  const ocrPage: OcrPage = { page: 1, confidence: 93.4, words: 180, rotation: 0, skew: 0.8, lowConfidence, ...page };
  return { ...plan, source: { ...plan.source, format: 'pdf', pages: 1, ocr: true, ocrPages: [ocrPage] } };
}

const find = (plan: PlanExtraction, ruleId: string) => validator.validate({ plan }).filter((f) => f.ruleId === ruleId);

describe('validating a plan read by OCR', () => {
  it('says so in an info finding, and nothing for a plan with a text layer', () => {
    expect(find(cleanPlan(), 'read/ocr')).toEqual([]);
    const [info] = find(scanned(cleanPlan(), { rotation: 90 }), 'read/ocr');
    expect(info).toMatchObject({ severity: 'info', field: 'document', message: 'read by OCR: page 1 (mean word confidence 93 %; page 1 scanned turned, read upright)' });
  });

  it('warns of a page read with low confidence, pointing at its first doubtful word', () => {
    expect(find(scanned(cleanPlan()), 'read/ocr-low-confidence')).toEqual([]);
    const plan = scanned(cleanPlan(), { confidence: 61.2 }, ['Hạ Lang']);
    const [warning] = find(plan, 'read/ocr-low-confidence');
    expect(warning).toMatchObject({ severity: 'warning', message: 'page 1 was read by OCR with low confidence (61 %): check its values against the paper' });
    expect(plan.text.slice(warning!.span!.start, warning!.span!.end)).toBe('Hạ Lang');
  });

  it('makes an error that rests on a doubtful word a warning, with a note; other errors stay errors', () => {
    // "30/6/2025" misread as "30/6/2024": the period no longer lies in the plan's year.
    const misread = cleanPlan((t) => t.replace('đến ngày 30/6/2025', 'đến ngày 30/6/2024').replace('Từ ngày 01/6/2025', 'Từ ngày 01/6/2024'));
    const printed = 'Từ ngày 01/6/2024 đến ngày 30/6/2024';
    const start = misread.text.indexOf(printed);
    const broken = { ...misread, period: { start: '2024-06-01', end: '2024-06-30', text: printed, span: { start, end: start + printed.length, page: null } } };
    expect(find(broken, 'period/wrong-year')[0]?.severity).toBe('error');
    expect(find(scanned(broken), 'period/wrong-year')[0]?.severity).toBe('error');
    const [doubted] = find(scanned(broken, {}, ['30/6/2024']), 'period/wrong-year');
    expect(doubted).toMatchObject({ severity: 'warning', note: 'rests on a word OCR read with low confidence (“30/6/2024”): check against the paper' });
  });

  it('keeps a missing field an error (a poor scan must not pass as valid), noting when a low-confidence page may hide it', () => {
    const noTheme = { ...cleanPlan(), theme: null };
    const [plain] = find(scanned(noTheme), 'theme/missing');
    expect(plain?.severity).toBe('error');
    expect(plain?.note).toBeUndefined();
    const [missing] = find(scanned(noTheme, { confidence: 58 }), 'theme/missing');
    expect(missing).toMatchObject({ severity: 'error', note: 'the plan was read by OCR and page 1 read with low confidence: it may be there, misread; check the paper' });
  });
});
