import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG } from '../constants.js';

/**
 * Tags the plan's own issue date, written after its place at the start of a line, so that it is
 * not taken as a timing: it dates the document, not a task.
 *
 * Cao Bằng, ngày 16 tháng 5 năm 2025 · Phường 1, ngày 20/5/2024 · TP. Hồ Chí Minh, ngày ...
 */
const PLACE_LINE_BEFORE = /(?:^|\n)[ \t]*(?:\p{Lu}[\p{L}\p{M}.]*|\d+)(?:[ \t]+(?:\p{Lu}[\p{L}\p{M}.]*|\d+)){0,5}[ \t]*,[ \t]*$/u;

export default class VIIssueDateRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (result.end || !/^ngày/iu.test(result.text)) continue;
      const before = context.text.slice(Math.max(0, result.index - 60), result.index);
      if (PLACE_LINE_BEFORE.test(before)) result.addTag(TAG.issueDate);
    }
    return results;
  }
}
