import { describe, expect, it } from 'vitest';
import { checkDeadlines, dueDate } from '../../../packages/core/src/diff/deadlines.js';
import { deadline, district, province, ruleIds } from './build.js';

const period = (start: string, end: string) => ({ start, end, text: '', span: { start: 0, end: 0, page: null } });

describe('checkDeadlines', () => {
  it('flags a lower report deadline after the upper one', () => {
    const r = checkDeadlines(
      province({ deadlines: [deadline('report', '2025-07-05', { actor: 'UBND các huyện, thành phố' })] }),
      district({ deadlines: [deadline('plan', '2025-05-21'), deadline('report', '2025-07-10')] }),
    );
    expect(r.value.conflicts).toHaveLength(1);
    expect(r.value.conflicts[0]?.upper.date).toBe('2025-07-05');
    expect(r.value.conflicts[0]?.lower.date).toBe('2025-07-10');
    expect(ruleIds(r.findings)).toEqual(['diff/deadline-conflict']);
    expect(r.findings[0]?.message).toContain('10/7/2025');
  });

  it('accepts a lower deadline before the upper one, and compares only the same action', () => {
    const r = checkDeadlines(
      province({ deadlines: [deadline('report', '2025-07-15'), deadline('plan', '2025-05-30')] }),
      district({ deadlines: [deadline('plan', '2025-05-21'), deadline('report', '2025-07-10')] }),
    );
    expect(r.value.conflicts).toEqual([]);
    expect(r.findings).toEqual([]);
  });

  it('pairs each lower deadline with the nearest upper one (six-month with six-month)', () => {
    const r = checkDeadlines(
      province({ deadlines: [deadline('report', '2025-05-05'), deadline('report', '2025-11-15')] }),
      district({ deadlines: [deadline('report', '2025-05-10'), deadline('report', '2025-11-10')] }),
    );
    expect(r.value.conflicts.map((c) => c.lower.date)).toEqual(['2025-05-10']);
  });

  it('warns when the lower deadline is the very same day', () => {
    const r = checkDeadlines(province({ deadlines: [deadline('report', '2025-07-10')] }), district({ deadlines: [deadline('report', '2025-07-10')] }));
    expect(ruleIds(r.findings)).toEqual(['diff/deadline-no-margin']);
  });

  it('ignores the upper plan’s own reports to the ministry', () => {
    const r = checkDeadlines(
      province({ deadlines: [deadline('report', '2025-07-01', { recipient: 'Bộ Y tế' })] }),
      district({ deadlines: [deadline('report', '2025-07-10')] }),
    );
    expect(r.findings).toEqual([]);
  });

  it('ignores timings without a due date', () => {
    const recurring = deadline('report', '2025-07-01', { kind: 'recurring', date: null, every: 'P6M' });
    expect(dueDate(recurring)).toBeNull();
    expect(checkDeadlines(province({ deadlines: [deadline('report', '2025-07-01')] }), district({ deadlines: [recurring] })).findings).toEqual([]);
  });

  it('flags a lower period outside the upper period', () => {
    const r = checkDeadlines(province({ period: period('2025-06-01', '2025-06-30') }), district({ period: period('2025-05-25', '2025-06-30') }));
    expect(ruleIds(r.findings)).toEqual(['diff/period-outside']);
    expect(checkDeadlines(province({ period: period('2025-06-01', '2025-06-30') }), district({ period: period('2025-06-01', '2025-06-30') })).findings).toEqual([]);
  });
});
