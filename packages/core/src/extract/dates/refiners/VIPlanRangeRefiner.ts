import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { FROM_BEFORE, TAG, kindOf, kindTag } from '../constants.js';

/**
 * Merges "từ <date> đến <date>" into one range. Replaces chrono's VIMergeDateRangeRefiner, whose
 * connectors include "và" ("and"): it merged "trước ngày 10/5/2025 và trước ngày 10/11/2025",
 * two deadlines, into one range. Days and months merge alike ("từ tháng 5 đến tháng 6/2025").
 * A year written on one end only is implied on the other, over the plan's year.
 *
 * Từ ngày 01/6/2025 đến ngày 30/6/2025 · từ 01/6 đến 30/6 · từ ngày 01/6 - 30/6/2026 ·
 * từ tháng 5 đến hết tháng 6/2025
 */
const BETWEEN = /^\s*(?:đến|tới|-|–|—)\s*(?:hết\s+)?$/iu;
const MERGEABLE = new Set(['on', 'within']);

/** A copy of `components` with `year` implied and the year-unknown mark dropped. */
function withImpliedYear(context: ParsingContext, components: ParsingComponents, year: number): ParsingComponents {
  const copy = context.createParsingComponents();
  for (const key of ['day', 'month'] as const) {
    const value = components.get(key);
    if (value === null) continue;
    if (components.isCertain(key)) copy.assign(key, value);
    else copy.imply(key, value);
  }
  copy.imply('year', year);
  copy.addTags([...components.tags()].filter((tag) => tag !== TAG.yearUnknown));
  return copy;
}

export default class VIPlanRangeRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    const merged: ParsingResult[] = [];
    for (const result of results) {
      const previous = merged[merged.length - 1];
      if (previous && this.shouldMerge(context, previous, result)) merged[merged.length - 1] = this.merge(context, previous, result);
      else merged.push(result);
    }
    return merged;
  }

  private shouldMerge(context: ParsingContext, from: ParsingResult, to: ParsingResult): boolean {
    if (from.end || to.end) return false;
    const fromTags = from.tags();
    const toTags = to.tags();
    if ([TAG.reference, TAG.issueDate].some((tag) => fromTags.has(tag) || toTags.has(tag))) return false;
    if (!MERGEABLE.has(kindOf(fromTags) ?? '') || !MERGEABLE.has(kindOf(toTags) ?? '')) return false;
    return BETWEEN.test(context.text.slice(from.index + from.text.length, to.index));
  }

  private merge(context: ParsingContext, from: ParsingResult, to: ParsingResult): ParsingResult {
    let start = from.start;
    let end = to.start;
    if (!start.isCertain('year') && end.isCertain('year')) start = withImpliedYear(context, start, end.get('year') ?? 0);
    if (!end.isCertain('year') && start.isCertain('year')) end = withImpliedYear(context, end, start.get('year') ?? 0);
    // "từ 01/12 đến 31/1/2026": the start is in the year before.
    if (!start.isCertain('year') && start.date() > end.date()) start = withImpliedYear(context, start, (end.get('year') ?? 1) - 1);
    const fromBefore = FROM_BEFORE.exec(context.text.slice(Math.max(0, from.index - 10), from.index));
    const index = from.index - (fromBefore?.[0].length ?? 0);
    const result = context.createParsingResult(index, to.index + to.text.length, start, end);
    result.addTag(kindTag('range'));
    return result;
  }
}
