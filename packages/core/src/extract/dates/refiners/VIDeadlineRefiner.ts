import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, kindOf, kindTag } from '../constants.js';

/**
 * Turns a date preceded by "trước" / "chậm nhất" into a deadline ("by"), taking the words into
 * the finding. chrono.vi instead reads "trước ngày" on its own as "the day before" (see
 * `configuration.ts`).
 *
 * trước ngày 10/7/2025 · chậm nhất ngày 05/7 · trước 15/12/2025 · chậm nhất là ngày 05/7 ·
 * hoàn thành trước ngày 30/6 · không quá ngày 15/5
 */
const DEADLINE_BEFORE = new RegExp(
  '(?<![\\p{L}\\p{M}\\p{N}])(?:hoàn\\s+thành\\s+)?' +
    '(?:trước|chậm\\s+nhất(?:\\s+(?:là|vào))*|không\\s+(?:quá|muộn\\s+hơn)|hạn\\s+chót(?:\\s+là)?)' +
    '\\s*:?\\s*$',
  'iu',
);

export default class VIDeadlineRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (result.end || kindOf(result.tags()) !== 'on' || result.tags().has(TAG.reference)) continue;
      const before = context.text.slice(Math.max(0, result.index - 40), result.index);
      const prefix = DEADLINE_BEFORE.exec(before);
      if (!prefix) continue;
      result.index -= prefix[0].length;
      result.text = prefix[0] + result.text;
      result.addTag(kindTag('by'));
    }
    return results;
  }
}
