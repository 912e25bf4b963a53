/**
 * chrono.vi, reconfigured for plan text. Built once: `planChrono` is shared by every call.
 */
// The locale's own entry point: the package root loads all 16 locales (≈ 70 ms more per thread).
import * as vi from 'chrono-node/vi';
import type { Chrono } from 'chrono-node';
import VIBlankDayDateParser from './parsers/VIBlankDayDateParser.js';
import VIContinuousParser from './parsers/VIContinuousParser.js';
import VIMonthParser from './parsers/VIMonthParser.js';
import VIQuarterParser from './parsers/VIQuarterParser.js';
import VIRecurringParser from './parsers/VIRecurringParser.js';
import VISlashDateParser from './parsers/VISlashDateParser.js';
import VIStandardDateParser from './parsers/VIStandardDateParser.js';
import VIDeadlineRefiner from './refiners/VIDeadlineRefiner.js';
import VIIssueDateRefiner from './refiners/VIIssueDateRefiner.js';
import VIPlanRangeRefiner from './refiners/VIPlanRangeRefiner.js';
import VIReferenceDateRefiner from './refiners/VIReferenceDateRefiner.js';

/**
 * chrono.vi parsers and refiners taken out, by class name (chrono-node does not export the
 * locale's classes), and why. What stays is chrono's engine, its ISO parser and its common
 * refiners (overlap removal, unlikely-format filter).
 */
export const REMOVED_FROM_CHRONO_VI: Readonly<Record<string, string>> = {
  // Reads "trước ngày" ("before the date ...") as "ngày trước", the day before the reference
  // date: its pattern is (này|trước|qua|sau|tới|tiếp) + a time unit, and "ngày" alone is a unit.
  // Every deadline in a plan ("trước ngày 10/7/2025") produced a false date.
  VITimeUnitCasualRelativeFormatParser: 'trước ngày → the day before',
  // "trong 6 tháng đầu" (the first six months of life) became "six months from the reference".
  VITimeUnitWithinFormatParser: 'trong N tháng → reference + N months',
  VITimeUnitAgoFormatParser: 'relative to the reference, not to the plan',
  VITimeUnitLaterFormatParser: 'relative to the reference, not to the plan',
  // "hôm nay", "bây giờ" mean the day of reading, which a plan cannot fix.
  VICasualDateParser: 'relative to the reference',
  // Plans state no times of day; "1 giờ đầu sau sinh" is a duration.
  VICasualTimeParser: 'no times of day in plans',
  VITimeExpressionParser: 'no times of day in plans',
  // "thứ hai" is also "second" (lần thứ hai).
  VIWeekdayParser: 'thứ hai = second',
  // Replaced by VISlashDateParser: swaps day and month, year closest to the reference, drops 31/6.
  SlashDateFormatParser: 'replaced by VISlashDateParser',
  // Replaced by VIStandardDateParser: reads "6 tháng 1 lần" as 6 January.
  VIStandardParser: 'replaced by VIStandardDateParser',
  // Replaced by VIMonthParser: word months ("tháng năm") collide with ordinary words.
  VIMonthYearParser: 'replaced by VIMonthParser',
  // Replaced by VIContinuousParser: "năm 2025" anywhere is not a timing.
  VIYearParser: 'replaced by VIContinuousParser',
  // Replaced by VIPlanRangeRefiner: "và" merged two deadlines ("10/5/2025 và trước ngày").
  VIMergeDateRangeRefiner: 'replaced by VIPlanRangeRefiner',
  // Merges dates with times of day, which are no longer parsed.
  VIMergeDateTimeRefiner: 'no times of day in plans',
  // Read an upper-case word after a date as a time zone: "CT" (Central Time) is also the code
  // of a directive ("Chỉ thị ... (CT)"), "MT", "PT" and "TVT" are common abbreviations here.
  ExtractTimezoneAbbrRefiner: 'document codes read as time zones',
  ExtractTimezoneOffsetRefiner: 'no times of day in plans',
};

function isKept(item: object): boolean {
  return !(item.constructor.name in REMOVED_FROM_CHRONO_VI);
}

/**
 * The names of the chrono.vi parsers and refiners found and taken out. A test holds this equal to
 * the keys of `REMOVED_FROM_CHRONO_VI`, so that a chrono-node upgrade that renames or drops one
 * fails loudly instead of leaving a misreading parser in place.
 */
export function removedFromChronoVi(): string[] {
  return [...vi.casual.parsers, ...vi.casual.refiners].filter((item) => !isKept(item)).map((item) => item.constructor.name);
}

/** chrono.vi.casual, cloned, with the plan parsers and refiners. */
export function createPlanChrono(): Chrono {
  const chrono = vi.casual.clone();
  chrono.parsers = chrono.parsers.filter(isKept);
  chrono.refiners = chrono.refiners.filter(isKept);
  chrono.parsers.push(
    // The blank-day issue date comes before the month parser so that, on equal terms, the
    // longer partial date wins the overlap removal.
    new VIBlankDayDateParser(),
    new VISlashDateParser(),
    new VIStandardDateParser(),
    new VIMonthParser(),
    new VIQuarterParser(),
    new VIRecurringParser(),
    new VIContinuousParser(),
  );
  // After chrono's overlap removal and filters. Order matters: issue dates and cited documents'
  // dates are tagged first, so that neither a range nor a deadline is built from them; ranges
  // are merged before deadlines are marked, and a deadline is only ever a single date.
  chrono.refiners.push(new VIIssueDateRefiner(), new VIReferenceDateRefiner(), new VIPlanRangeRefiner(), new VIDeadlineRefiner());
  return chrono;
}

/** The one shared configuration. */
export const planChrono: Chrono = createPlanChrono();
