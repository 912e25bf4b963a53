import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { TAG, daysInMonth, kindOf, kindTag } from '../constants.js';

/**
 * Turns a date preceded by "trước" / "chậm nhất" into a deadline ("by"), taking the words into
 * the finding. chrono.vi instead reads "trước ngày" on its own as "the day before" (see
 * `configuration.ts`).
 *
 * trước ngày 10/7/2025 · chậm nhất ngày 05/7 · trước 15/12/2025 · chậm nhất là ngày 05/7 ·
 * hoàn thành trước ngày 30/6 · không quá ngày 15/5
 *
 * A month works too: "chậm nhất trong tháng 6" is due by the last day of June, "trước tháng 6"
 * by the last day of May (the day before the month begins).
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
      const kind = kindOf(result.tags());
      if (result.end || (kind !== 'on' && kind !== 'within') || result.tags().has(TAG.reference) || result.tags().has(TAG.issueDate)) continue;
      const before = context.text.slice(Math.max(0, result.index - 40), result.index);
      const prefix = DEADLINE_BEFORE.exec(before);
      if (!prefix) continue;
      if (kind === 'within') this.dueInMonth(result, /trước\s*:?\s*$/iu.test(prefix[0]));
      result.index -= prefix[0].length;
      result.text = prefix[0] + result.text;
      result.addTag(kindTag('by'));
    }
    return results;
  }

  /** Sets the due day of a month deadline: its last day, or the last day before it. */
  private dueInMonth(result: ParsingResult, beforeTheMonth: boolean): void {
    const year = result.start.get('year') ?? 2000;
    const month = result.start.get('month') ?? 1;
    const [dueYear, dueMonth] = !beforeTheMonth ? [year, month] : month === 1 ? [year - 1, 12] : [year, month - 1];
    // The written month (and, in January, the year) is not the due one: it becomes implied.
    if (beforeTheMonth) result.start.delete(month === 1 ? ['month', 'year'] : ['month']);
    // The due day is inferred, not written: implied, and tagged so the deadline still gets a date.
    result.start.imply('day', daysInMonth(dueYear, dueMonth));
    result.start.imply('month', dueMonth);
    result.start.imply('year', dueYear);
    result.start.addTag(TAG.inferredDue);
  }
}
