import { describe, expect, it } from 'vitest';
import { bindingDeadlines, chainRole, checkDeadlines, covers, dueDate } from '../../../packages/core/src/diff/deadlines.js';
import { agency, deadline, district, plan, province, ruleIds } from './build.js';

// Who the upper plan binds, and who the lower plan collects from.
const DISTRICTS = { actor: 'UBND các huyện, thành phố', recipient: 'Sở Y tế' };
const UNITS = { actor: 'Các phòng, ban, UBND các xã, thị trấn', recipient: 'Văn phòng HĐND-UBND huyện' };

const period = (start: string, end: string) => ({ start, end, text: '', span: { start: 0, end: 0, page: null } });

describe('checkDeadlines', () => {
  it('flags a lower report deadline after the upper one', () => {
    const r = checkDeadlines(
      province({ deadlines: [deadline('report', '2025-07-05', { actor: 'UBND các huyện, thành phố' })] }),
      district({ deadlines: [deadline('plan', '2025-05-21', UNITS), deadline('report', '2025-07-10', UNITS)] }),
    );
    expect(r.value.conflicts).toHaveLength(1);
    expect(r.value.conflicts[0]).toMatchObject({ role: 'collect', margin: -5 });
    expect(r.value.conflicts[0]?.upper.date).toBe('2025-07-05');
    expect(r.value.conflicts[0]?.lower.date).toBe('2025-07-10');
    expect(ruleIds(r.findings)).toEqual(['diff/deadline-conflict']);
    expect(r.findings[0]?.message).toContain('10/7/2025');
  });

  it('accepts a lower deadline before the upper one, and compares only the same action', () => {
    const r = checkDeadlines(
      province({ deadlines: [deadline('report', '2025-07-15', DISTRICTS), deadline('plan', '2025-05-30', DISTRICTS)] }),
      district({ deadlines: [deadline('plan', '2025-05-21', UNITS), deadline('report', '2025-07-10', UNITS)] }),
    );
    expect(r.value.conflicts).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.value.pairs.map((p) => [p.lower.date, p.upper.date, p.margin])).toEqual([['2025-05-21', '2025-05-30', 9], ['2025-07-10', '2025-07-15', 5]]);
  });

  it('pairs each lower deadline with the nearest upper one (six-month with six-month)', () => {
    const r = checkDeadlines(
      province({ deadlines: [deadline('report', '2025-05-05', DISTRICTS), deadline('report', '2025-11-15', DISTRICTS)] }),
      district({ deadlines: [deadline('report', '2025-05-10', UNITS), deadline('report', '2025-11-10', UNITS)] }),
    );
    expect(r.value.conflicts.map((c) => c.lower.date)).toEqual(['2025-05-10']);
  });

  it('warns when the lower deadline is the very same day', () => {
    const r = checkDeadlines(province({ deadlines: [deadline('report', '2025-07-10', DISTRICTS)] }), district({ deadlines: [deadline('report', '2025-07-10', UNITS)] }));
    expect(ruleIds(r.findings)).toEqual(['diff/deadline-no-margin']);
    expect(r.value.conflicts).toMatchObject([{ role: 'collect', margin: 0 }]);
    expect(r.findings[0]?.message).toBe(
      'Kế hoạch cấp dưới yêu cầu các phòng, ban, UBND các xã, thị trấn gửi báo cáo trước ngày 10/7/2025, trùng hạn của kế hoạch cấp trên: không còn thời gian tổng hợp.',
    );
  });

  it('ignores the upper plan’s own reports to the ministry', () => {
    const r = checkDeadlines(
      province({ deadlines: [deadline('report', '2025-07-01', { actor: 'Sở Y tế', recipient: 'UBND tỉnh và Bộ Y tế' })] }),
      district({ deadlines: [deadline('report', '2025-07-10', UNITS)] }),
    );
    expect(r.findings).toEqual([]);
  });

  it('ignores timings without a due date', () => {
    const recurring = deadline('report', '2025-07-01', { kind: 'recurring', date: null, every: 'P6M' });
    expect(dueDate(recurring)).toBeNull();
    expect(checkDeadlines(province({ deadlines: [deadline('report', '2025-07-01', DISTRICTS)] }), district({ deadlines: [recurring] })).findings).toEqual([]);
  });

  it('flags a lower period outside the upper period', () => {
    const r = checkDeadlines(province({ period: period('2025-06-01', '2025-06-30') }), district({ period: period('2025-05-25', '2025-06-30') }));
    expect(ruleIds(r.findings)).toEqual(['diff/period-outside']);
    expect(checkDeadlines(province({ period: period('2025-06-01', '2025-06-30') }), district({ period: period('2025-06-01', '2025-06-30') })).findings).toEqual([]);
  });

  it('pairs with the deadline that binds the district, not the nearest one (the tie the issue reports)', () => {
    const upper = province({
      deadlines: [
        deadline('report', '2025-12-20', { actor: 'Các sở, ngành, Ủy ban nhân dân các huyện', recipient: 'Sở Y tế' }),
        deadline('report', '2025-12-28', { actor: 'Sở Y tế', recipient: 'Ủy ban nhân dân tỉnh và Bộ Y tế' }),
      ],
    });
    const r = checkDeadlines(upper, district({ deadlines: [deadline('report', '2025-12-24', UNITS)] }), 'en');
    expect(ruleIds(r.findings)).toEqual(['diff/deadline-conflict']);
    expect(r.value.conflicts[0]?.upper.date).toBe('2025-12-20');
    expect(r.value.conflicts[0]?.margin).toBe(-4);
    expect(r.findings[0]?.message).toBe(
      "The lower plan collects reports from Các phòng, ban, UBND các xã, thị trấn by 24/12/2025, 4 days after the upper plan's deadline 20/12/2025 for them: it cannot send them up in time.",
    );
    expect(r.findings[0]).toMatchObject({ messageId: 'diff/deadline-conflict', params: { action: 'report', date: '2025-12-24', upperDate: '2025-12-20', late: 4 } });
    // Vietnamese by default, in a Department of Health officer's words.
    expect(checkDeadlines(upper, district({ deadlines: [deadline('report', '2025-12-24', UNITS)] })).findings[0]?.message).toBe(
      'Kế hoạch cấp dưới yêu cầu các phòng, ban, UBND các xã, thị trấn gửi báo cáo trước ngày 24/12/2025, chậm 4 ngày so với hạn 20/12/2025 của kế hoạch cấp trên: không kịp tổng hợp, báo cáo lên cấp trên.',
    );
  });

  it('on a tie between two binding deadlines, pairs with the earlier, the one it must meet', () => {
    const upper = province({ deadlines: [deadline('report', '2025-06-10', DISTRICTS), deadline('report', '2025-06-20', DISTRICTS)] });
    const r = checkDeadlines(upper, district({ deadlines: [deadline('report', '2025-06-15', UNITS)] }));
    expect(r.value.pairs.map((p) => p.upper.date)).toEqual(['2025-06-10']);
    expect(ruleIds(r.findings)).toEqual(['diff/deadline-conflict']);
  });

  it('meeting the upper deadline on its day is no conflict when the lower plan sends, and late sending is', () => {
    const sends = (date: string) => deadline('report', date, { actor: 'Phòng Y tế', recipient: 'UBND tỉnh' });
    const upper = province({ deadlines: [deadline('report', '2025-07-05', DISTRICTS)] });
    expect(checkDeadlines(upper, district({ deadlines: [sends('2025-07-05')] })).findings).toEqual([]);
    const late = checkDeadlines(upper, district({ deadlines: [sends('2025-07-08')] }));
    expect(ruleIds(late.findings)).toEqual(['diff/deadline-send-late']);
    expect(late.value.conflicts).toMatchObject([{ role: 'send', margin: -3 }]);
    expect(late.findings[0]?.message).toBe('Kế hoạch cấp dưới gửi báo cáo về UBND tỉnh trước ngày 8/7/2025, chậm 3 ngày so với hạn 5/7/2025 của kế hoạch cấp trên.');
    expect(checkDeadlines(upper, district({ deadlines: [sends('2025-07-08')] }), 'en').findings[0]?.message).toBe(
      "The lower plan sends its reports up to UBND tỉnh by 8/7/2025, 3 days after the upper plan's deadline 5/7/2025.",
    );
  });

  it('an office in between: its report to the committee is collected like the units\' reports', () => {
    const upper = province({ deadlines: [deadline('report', '2025-12-20', DISTRICTS)] });
    const lower = district({
      deadlines: [
        deadline('report', '2025-12-12', { actor: 'UBND các xã, thị trấn', recipient: 'Phòng Y tế' }),
        deadline('report', '2025-12-22', { actor: 'Phòng Y tế', recipient: 'UBND huyện' }),
      ],
    });
    const r = checkDeadlines(upper, lower);
    expect(r.value.pairs.map((p) => [p.role, p.lower.date, p.margin])).toEqual([['collect', '2025-12-12', 8], ['collect', '2025-12-22', -2]]);
    expect(ruleIds(r.findings)).toEqual(['diff/deadline-conflict']);
  });

  it('binds a level by its committees, collectively or by name, and nobody else', () => {
    const lower = district();
    const upperDeadlines = (actor: string) => bindingDeadlines(province({ deadlines: [deadline('report', '2025-07-05', { actor, recipient: 'Sở Y tế' })] }), lower).length;
    expect(upperDeadlines('UBND các huyện, thành phố')).toBe(1);
    expect(upperDeadlines('Ủy ban nhân dân các huyện, thị xã, thành phố')).toBe(1);
    expect(upperDeadlines('Các sở, ban, ngành, UBND các huyện')).toBe(1);
    expect(upperDeadlines('UBND huyện Hạ Lang')).toBe(1);
    expect(upperDeadlines('UBND huyện Quảng Hòa')).toBe(0);
    expect(upperDeadlines('UBND các xã, phường, thị trấn')).toBe(0);
    expect(upperDeadlines('Các sở, ban, ngành')).toBe(0);
    expect(upperDeadlines('Sở Y tế')).toBe(0);
    // A commune is bound by "các xã, phường, thị trấn", with or without "UBND".
    const commune = plan({ issuer: { name: 'UBND xã Đông Cuông', level: 'commune', locality: 'Đông Cuông' } });
    const binds = (actor: string) => bindingDeadlines(district({ deadlines: [deadline('report', '2025-07-01', { actor, recipient: 'Phòng Y tế' })] }), commune).length;
    expect(binds('các xã, phường, thị trấn')).toBe(1);
    expect(binds('UBND cấp xã')).toBe(1);
    expect(binds('UBND các huyện, thành phố')).toBe(0);
    // An upper deadline with no actor binds nobody: the diff cannot say whose it is.
    expect(bindingDeadlines(province({ deadlines: [deadline('report', '2025-07-05')] }), lower)).toEqual([]);
    // Towards the ministry binds nobody below, whoever acts.
    expect(bindingDeadlines(province({ deadlines: [deadline('report', '2025-07-05', { actor: 'UBND các huyện', recipient: 'Bộ Y tế' })] }), lower)).toEqual([]);
  });

  it('covers by kind: a department\'s plan is bound by its counterparts, not by the committees', () => {
    const office = { key: 'health' as const, level: 'district' as const, locality: null };
    expect(covers(agency('Phòng Y tế các huyện', 'health', 'district'), office, 'province')).toBe(true);
    expect(covers(agency('UBND các huyện', 'people-committee', 'district'), office, 'province')).toBe(false);
  });

  it('tells collecting from sending by where the deadline goes', () => {
    const lower = district();
    const role = (actor: string | null, recipient: string | null) => chainRole(deadline('report', '2025-07-01', { actor, recipient }), lower);
    expect(role('UBND các xã, thị trấn', 'Phòng Y tế')).toBe('collect');
    expect(role('Phòng Y tế', 'UBND huyện')).toBe('collect');
    expect(role('Phòng Y tế', 'Sở Y tế')).toBe('send');
    expect(role('Phòng Y tế', 'UBND tỉnh và Bộ Y tế')).toBe('send');
    expect(role('UBND huyện', null)).toBe('send');
    expect(role('UBND các xã', null)).toBe('collect');
    expect(role(null, null)).toBe('collect');
  });
});
