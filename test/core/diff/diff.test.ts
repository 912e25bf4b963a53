import { describe, expect, it } from 'vitest';
import { PlanDiff, countFindings, diffPlans } from '@plan-extract/core';
import { deadline, district, g, province, ref, resp } from './build.js';

const full = province({
  theme: g('Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em'),
  period: { start: '2025-06-01', end: '2025-06-30', text: 'Từ ngày 01/6/2025 đến ngày 30/6/2025', span: { start: 0, end: 0, page: null } },
  slogans: [g('Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em'), g('Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi')],
  deadlines: [deadline('report', '2025-07-05', { actor: 'UBND các huyện, thành phố', recipient: 'Sở Y tế' })],
  responsibilities: [resp('Sở Y tế', 'health', { level: 'province', role: 'lead' }), resp('Sở Tư pháp', 'justice')],
});

describe('diffPlans', () => {
  it('a plan diffed against itself yields no differences', () => {
    const d = diffPlans(full, full);
    expect(PlanDiff.parse(d)).toEqual(d);
    expect(d.findings).toEqual([]);
    expect(d.implements.status).toBe('match');
    expect(d.theme.status).toBe('match');
    expect(d.period.status).toBe('match');
    expect(d.slogans.changed).toEqual([]);
    expect(d.slogans.missing).toEqual([]);
    expect(d.slogans.extra).toEqual([]);
    expect(d.slogans.matched).toHaveLength(2);
    expect(d.deadlines.conflicts).toEqual([]);
    expect(d.responsibilities.uncovered).toEqual([]);
    expect(d.responsibilities.extra).toEqual([]);
    expect(d.responsibilities.lead.status).toBe('match');
  });

  it('collects every check’s findings into a valid PlanDiff', () => {
    const lower = district({
      implements: [ref('1402/KH-UBND', '2025-05-16')],
      theme: g('Ưu tiên nguồn lực cho trẻ em'),
      slogans: [g('Tổng đài 111 - bảo vệ trẻ em mọi nơi')],
      deadlines: [deadline('report', '2025-07-10')],
      responsibilities: [resp('Phòng Y tế', 'health', { role: 'lead' })],
    });
    const d = diffPlans(full, lower);
    expect(PlanDiff.parse(d)).toEqual(d);
    expect(d.schemaVersion).toBe(1);
    expect(d.upper).toMatchObject({ documentNumber: '1420/KH-UBND', issuedOn: '2025-05-16', issuer: 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG' });
    expect(d.findings.map((f) => f.ruleId)).toEqual([
      'diff/implements-number', 'diff/theme-changed', 'diff/period-missing', 'diff/slogan-changed',
      'diff/slogan-missing', 'diff/deadline-conflict', 'diff/responsibility-uncovered',
    ]);
    expect(countFindings(d)).toEqual({ error: 3, warning: 3, info: 1 });
  });
});
