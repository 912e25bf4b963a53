import { describe, expect, it } from 'vitest';
import { REMOVED_FROM_CHRONO_VI, createPlanChrono, planChrono, removedFromChronoVi } from '../../../../packages/core/src/extract/dates/configuration.js';

const names = (items: object[]): string[] => items.map((item) => item.constructor.name);

describe('plan chrono configuration', () => {
  it('finds every chrono.vi part it means to take out (fails if chrono-node renames one)', () => {
    expect(new Set(removedFromChronoVi())).toEqual(new Set(Object.keys(REMOVED_FROM_CHRONO_VI)));
  });

  it('takes out the chrono.vi parsers that misread plan text', () => {
    const parsers = names(planChrono.parsers);
    for (const removed of ['VITimeUnitCasualRelativeFormatParser', 'VITimeUnitWithinFormatParser', 'SlashDateFormatParser', 'VIYearParser', 'VIWeekdayParser']) {
      expect(parsers).not.toContain(removed);
    }
    expect(names(planChrono.refiners)).not.toContain('VIMergeDateRangeRefiner');
  });

  it('adds the plan parsers and refiners, keeping chrono’s overlap removal before them', () => {
    expect(names(planChrono.parsers)).toEqual(expect.arrayContaining(['VISlashDateParser', 'VIStandardDateParser', 'VIQuarterParser', 'VIMonthParser', 'VIRecurringParser', 'VIContinuousParser', 'VIBlankDayDateParser']));
    const refiners = names(planChrono.refiners);
    expect(refiners.slice(-4)).toEqual(['VIIssueDateRefiner', 'VIReferenceDateRefiner', 'VIPlanRangeRefiner', 'VIDeadlineRefiner']);
    expect(refiners.indexOf('OverlapRemovalRefiner')).toBeLessThan(refiners.indexOf('VIReferenceDateRefiner'));
  });

  it('builds a fresh configuration without touching the shared one', () => {
    const copy = createPlanChrono();
    expect(copy).not.toBe(planChrono);
    expect(names(copy.parsers)).toEqual(names(planChrono.parsers));
  });
});
