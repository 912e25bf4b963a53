import { describe, expect, it } from 'vitest';
import { extractActivities } from '../../../packages/core/src/extract/activities.js';
import { createContext } from '../../../packages/core/src/extract/context.js';
import { contextOf, corpusContext, docWithTable, spansHold } from './body-helpers.js';

const brief = (a: { lead: Array<{ name: string; key: string | null }>; support: Array<{ name: string; key: string | null }> }) => ({
  lead: a.lead.map((x) => x.key),
  support: a.support.map((x) => x.key),
});

describe('extractActivities', () => {
  it('reads lead, partners and timing of an annual task', async () => {
    const ctx = await contextOf([
      'Ủy ban nhân dân huyện Lý Sơn ban hành Kế hoạch thực hiện công tác trẻ em trên địa bàn huyện Lý Sơn năm 2025.',
      'II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM',
      '1. Truyền thông đến từng địa bàn khu dân cư về quyền trẻ em. Truyền thông rộng rãi Tổng đài 111.',
      '- Cơ quan chủ trì: Phòng Nội vụ.',
      '- Cơ quan, đơn vị phối hợp thực hiện: Phòng Văn hóa, Khoa học và Thông tin, Trung tâm Truyền thông – Văn hóa - Thể thao và các Hội, đoàn thể huyện.',
      '- Thời gian thực hiện: Thường xuyên trong năm.',
      '2. Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em.',
      ' - Cơ quan chủ trì: Phòng Nội vụ, Phòng Văn hóa, Khoa học và Thông tin',
      '- Thời gian thực hiện: Quý II, IV năm 2025.',
      'III. KINH PHÍ',
      '1. Nguồn ngân sách huyện.',
    ]);
    const activities = extractActivities(ctx);
    expect(activities.map((a) => a.id)).toEqual(['II.1', 'II.2']);
    expect(activities[0]?.text).toBe('Truyền thông đến từng địa bàn khu dân cư về quyền trẻ em');
    expect(brief(activities[0]!)).toEqual({ lead: ['home-affairs'], support: ['culture', 'media', 'front'] });
    expect(activities[0]?.lead[0]).toEqual({ name: 'Phòng Nội vụ', key: 'home-affairs', level: 'district' });
    expect(activities[0]?.timing).toMatchObject({ kind: 'continuous', text: 'Thường xuyên trong năm' });
    expect(brief(activities[1]!)).toEqual({ lead: ['home-affairs', 'culture'], support: [] });
    expect(activities[1]?.timing).toMatchObject({ kind: 'quarters', quarters: ['2025-Q2', '2025-Q4'] });
    expect(spansHold(ctx, activities)).toEqual([]);
  });

  it('numbers nested activities by their path and labels them by the words before a colon', async () => {
    const ctx = await corpusContext('ha-lang-2025-action-month', 2025);
    const activities = extractActivities(ctx);
    expect(activities.map((a) => [a.id, a.text])).toEqual([
      ['IV.1', 'Tổ chức các hoạt động thông tin, truyền thông'],
      ['IV.1.a', 'Hoạt động truyền thông'],
      ['IV.1.b', 'Hoạt động tập huấn'],
      ['IV.2', 'Hoạt động thăm và tặng quà cho trẻ em nghèo, trẻ em có hoàn cảnh đặc biệt'],
      ['IV.3', 'Hoạt động chăm sóc sức khỏe cho trẻ em'],
      ['IV.4', 'Hoạt động vui chơi, giải trí, thúc đẩy sự tham gia của trẻ em'],
      ['IV.5', 'Kiểm tra, giám sát việc thực hiện pháp luật, chính sách về bảo vệ chăm sóc trẻ em và thực hiện quyền trẻ em ở địa phương'],
    ]);
    expect(activities.every((a) => a.lead.length === 0 && a.support.length === 0 && a.timing === null)).toBe(true);
    expect(spansHold(ctx, activities)).toEqual([]);
  });

  it('takes "Đơn vị thực hiện" as the doers when no lead is named, and "Thời gian; địa điểm"', async () => {
    const ctx = await corpusContext('bac-kan-2026-action-month', 2026);
    const [launch, media] = extractActivities(ctx);
    expect(launch?.lead).toEqual([{ name: 'Phòng Văn hóa – Xã hội', key: 'culture', level: 'commune' }]);
    expect(launch?.support.map((a) => a.name)).toEqual([
      'Trung tâm Dịch vụ tổng hợp', 'Công an phường', 'Đoàn thanh niên CSHCM phường', 'các trường học', 'các đơn vị, tổ chức có liên quan',
    ]);
    expect(launch?.timing).toMatchObject({ kind: 'within', start: '2026-05-01', end: '2026-05-31' });
    expect(media?.lead).toEqual([]);
    expect(brief(media!).support).toEqual(['culture', 'youth', 'media']);
    expect(media?.timing).toMatchObject({ kind: 'range', start: '2026-06-01', end: '2026-06-30' });
  });

  it('falls back on a date range printed in the heading', async () => {
    const ctx = await corpusContext('chi-lang-2025-annual', 2025);
    const month = extractActivities(ctx).find((a) => a.id === 'III.4');
    expect(month?.timing).toMatchObject({ kind: 'range', start: '2025-06-01', end: '2025-06-30' });
  });

  it('reads a task table: one activity per row, numbered under its roman group', () => {
    const doc = docWithTable('UBND tỉnh Lạng Sơn ban hành Kế hoạch thực hiện công tác trẻ em trên địa bàn tỉnh Lạng Sơn.', [
      ['TT', 'Nội dung hoạt động', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
      ['I', 'TRUYỀN THÔNG', '', '', ''],
      ['1', 'Tuyên truyền Luật Trẻ em trên báo, đài', 'Sở Y tế', 'Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh', 'Thường xuyên trong năm'],
      ['2', 'Tổ chức Lễ phát động Tháng hành động vì trẻ em', 'Sở Y tế', 'Sở Giáo dục và Đào tạo; Tỉnh đoàn', 'Quý II năm 2025'],
    ]);
    const ctx = createContext(doc);
    ctx.year = 2025;
    const activities = extractActivities(ctx);
    expect(activities.map((a) => [a.id, a.text, a.lead.map((x) => x.key), a.support.map((x) => x.key), a.timing?.kind ?? null])).toEqual([
      ['I', 'TRUYỀN THÔNG', [], [], null],
      ['I.1', 'Tuyên truyền Luật Trẻ em trên báo, đài', ['health'], ['media', 'media'], 'continuous'],
      ['I.2', 'Tổ chức Lễ phát động Tháng hành động vì trẻ em', ['health'], ['education', 'youth'], 'quarters'],
    ]);
    expect(activities[1]?.lead[0]).toEqual({ name: 'Sở Y tế', key: 'health', level: 'province' });
    expect(spansHold(ctx, activities)).toEqual([]);
  });

  it('ignores tables that are not task tables', () => {
    const ctx = createContext(docWithTable('Kế hoạch', [['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['Số: 12/KH-UBND', 'Hạ Lang, ngày 5 tháng 5 năm 2025']]));
    expect(extractActivities(ctx)).toEqual([]);
  });

  it('is empty without an activities section', async () => {
    expect(extractActivities(await contextOf(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'V. TỔ CHỨC THỰC HIỆN', '1. Phòng Y tế']))).toEqual([]);
  });
});
