import { describe, expect, it } from 'vitest';
import { checkResponsibilities } from '../../../packages/core/src/diff/responsibilities.js';
import { district, province, resp, ruleIds } from './build.js';

describe('checkResponsibilities', () => {
  const upper = province({ responsibilities: [
    resp('Sở Y tế', 'health', { level: 'province', role: 'lead' }),
    resp('Sở Giáo dục và Đào tạo', 'education', { level: 'province' }),
    resp('Công an tỉnh', 'police', { level: 'province' }),
    resp('Sở Tư pháp', 'justice', { level: 'province' }),
    resp('Các sở, ban, ngành tỉnh', 'all-agencies', { level: 'province' }),
    resp('UBND các huyện, thành phố', 'people-committee', { level: 'district' }),
  ] });

  it('pairs by function, lists uncovered and extra keys', () => {
    const r = checkResponsibilities(upper, district({ responsibilities: [
      resp('Văn phòng HĐND-UBND huyện', 'office', { level: 'district', role: 'lead' }),
      resp('Phòng Giáo dục và Đào tạo', 'education', { level: 'district' }),
      resp('Công an các xã, thị trấn', 'police', { level: 'commune' }),
      resp('Phòng Y tế', 'health', { level: 'district' }),
      resp('UBND các xã, thị trấn', 'people-committee', { level: 'commune' }),
      resp('Các cơ quan, ban, ngành, đoàn thể huyện', 'all-agencies'),
    ] }));
    expect(r.value.covered).toEqual([
      { key: 'people-committee', upper: 'UBND các huyện, thành phố', lower: 'ỦY BAN NHÂN DÂN HUYỆN HẠ LANG' },
      { key: 'health', upper: 'Sở Y tế', lower: 'Phòng Y tế' },
      { key: 'education', upper: 'Sở Giáo dục và Đào tạo', lower: 'Phòng Giáo dục và Đào tạo' },
      { key: 'police', upper: 'Công an tỉnh', lower: 'Công an các xã, thị trấn' },
    ]);
    expect(r.value.uncovered).toEqual([{ key: 'justice', upper: 'Sở Tư pháp' }]);
    expect(r.value.extra).toEqual([{ key: 'office', lower: 'Văn phòng HĐND-UBND huyện' }]);
    expect(r.value.lead).toMatchObject({ status: 'changed', upperKey: 'health', lowerKey: 'office' });
    expect(ruleIds(r.findings)).toEqual(['diff/responsibility-uncovered', 'diff/responsibility-extra', 'diff/lead-changed']);
  });

  it('accepts schools for an education office one level down', () => {
    const r = checkResponsibilities(
      province({ responsibilities: [resp('Phòng Giáo dục và Đào tạo', 'education', { level: 'district' })] }),
      district({ responsibilities: [resp('Các trường học', 'schools')] }),
    );
    expect(r.value.covered).toEqual([{ key: 'education', upper: 'Phòng Giáo dục và Đào tạo', lower: 'Các trường học' }]);
    expect(r.value.extra).toEqual([]);
  });

  it('finds the lead by a duty opening with "Chủ trì" when no role says so', () => {
    const r = checkResponsibilities(
      province({ responsibilities: [resp('Sở Y tế', 'health', { duties: ['Chủ trì, phối hợp với các sở'] })] }),
      district({ responsibilities: [resp('Phòng Y tế', 'health', { duties: ['- Chủ trì phối hợp'] })] }),
    );
    expect(r.value.lead).toMatchObject({ status: 'match', upper: 'Sở Y tế', lower: 'Phòng Y tế' });
    expect(r.findings).toEqual([]);
  });

  it('lead is not-applicable without an upper lead, missing without a lower one', () => {
    expect(checkResponsibilities(province(), district()).value.lead.status).toBe('not-applicable');
    expect(checkResponsibilities(upper, district()).value.lead.status).toBe('missing');
  });
});
