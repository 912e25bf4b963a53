import type { OcrPage } from '../../schema.js';
import { msg } from '../../messages/index.js';
import { defineRule } from '../rule.js';

/**
 * Below this mean word confidence (0–100) a page read by OCR is not to be relied on. Clean scans
 * of printed plans read at 90–97 (the corpus scans, `pnpm ocr-accuracy`); a page at 75 already
 * has one word in five or so misread.
 */
export const LOW_PAGE_CONFIDENCE = 75;

/** The pages read by OCR that hold words, from the extraction's `source`. */
export const ocrPages = (pages: OcrPage[] | undefined): OcrPage[] => (pages ?? []).filter((p) => p.words > 0);

/** Pages read by OCR whose mean word confidence is low. */
export const lowConfidencePages = (pages: OcrPage[] | undefined): OcrPage[] => ocrPages(pages).filter((p) => p.confidence < LOW_PAGE_CONFIDENCE);

export const readByOcr = defineRule({
  id: 'read/ocr',
  field: 'document',
  severity: 'info',
  *check({ plan }) {
    const pages = plan.source.ocr ? ocrPages(plan.source.ocrPages) : [];
    if (pages.length === 0) return;
    const words = pages.reduce((n, p) => n + p.words, 0);
    const mean = pages.reduce((sum, p) => sum + p.confidence * p.words, 0) / words;
    const turned = pages.filter((p) => p.rotation !== 0).map((p) => p.page);
    yield { message: msg('read/ocr', { pages: pageList(pages.map((p) => p.page)), count: pages.length, confidence: Math.round(mean), turned: pageList(turned), turnedCount: turned.length }) };
  },
});

export const ocrLowConfidence = defineRule({
  id: 'read/ocr-low-confidence',
  field: 'document',
  severity: 'warning',
  *check({ plan }) {
    if (!plan.source.ocr) return;
    for (const page of lowConfidencePages(plan.source.ocrPages)) {
      yield {
        message: msg('read/ocr-low-confidence', { page: page.page, confidence: Math.round(page.confidence) }),
        // Points at the first doubtful word of the page, when there is one.
        span: page.lowConfidence[0] ?? null,
      };
    }
  },
});

/** "3", "1–4", "1–3, 6": pages as runs ("" for none). */
export function pageList(pages: number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length; ) {
    let j = i;
    while (j + 1 < pages.length && (pages[j + 1] as number) === (pages[j] as number) + 1) j++;
    runs.push(j > i ? `${pages[i]}–${pages[j]}` : String(pages[i]));
    i = j + 1;
  }
  return runs.join(', ');
}
