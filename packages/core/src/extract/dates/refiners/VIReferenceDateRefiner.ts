import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants.js';

/**
 * Tags the issue date of a cited document, so that it is not taken as the timing of the task
 * that cites it: "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017", "Kế hoạch số 99/KH-UBND, ngày
 * 03/4/2025", "Chỉ thị số 28-CT/TW ngày 25/12/2023". The date is kept (tagged, not removed)
 * because `parseDate` still reads it.
 */
const DOCUMENT_NUMBER_BEFORE = /\d+(?:\/\d{2,4})?[/-][\p{L}\p{N}&./-]*\p{Lu}[\p{L}\p{M}\p{N}&./-]*\s*,?\s*$/u;

export default class VIReferenceDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (result.end) continue;
      const before = context.text.slice(Math.max(0, result.index - 60), result.index);
      if (DOCUMENT_NUMBER_BEFORE.test(before)) result.addTag(TAG.reference);
    }
    return results;
  }
}
