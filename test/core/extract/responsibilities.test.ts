import { describe, expect, it } from 'vitest';
import { extractResponsibilities } from '../../../packages/core/src/extract/responsibilities.js';
import { createContext } from '../../../packages/core/src/extract/context.js';
import { contextOf, corpusContext, docWithTable, spansHold } from './body-helpers.js';

const summary = (rs: ReturnType<typeof extractResponsibilities>) => rs.map((r) => [r.agency.name, r.agency.key, r.role, r.duties.length]);

describe('extractResponsibilities', () => {
  it('reads dash duties, inline duties after a colon, and the lead', async () => {
    const ctx = await contextOf([
      'UBND huyện Hạ Lang ban hành Kế hoạch triển khai trên địa bàn huyện Hạ Lang:',
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Văn phòng HĐND-UBND huyện',
      '- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan, tham mưu cho UBND huyện tổ chức triển khai.',
      '- Tổng hợp, báo cáo Sở Y tế theo quy định.',
      '2. Phòng Kinh tế - Hạ tầng và Đô thị: Chỉ đạo tăng cường công tác thanh tra, kiểm tra.',
      '3. Phòng Tài chính - Kế hoạch: Chủ trì, phối hợp bố trí kinh phí.',
      '4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức thành viên',
      '- Phối hợp tham gia thực hiện các hoạt động.',
      '5. Chế độ thông tin báo cáo',
      'Các phòng báo cáo trước ngày 10/7/2025.',
      'VI. KINH PHÍ',
      '1. Phòng Y tế huyện chi từ ngân sách.',
    ]);
    const rs = extractResponsibilities(ctx);
    expect(summary(rs)).toEqual([
      ['Văn phòng HĐND-UBND huyện', 'office', 'lead', 2],
      ['Phòng Kinh tế - Hạ tầng và Đô thị', 'economy', 'assigned', 1],
      ['Phòng Tài chính - Kế hoạch', 'finance', 'assigned', 1],
      ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức thành viên', 'front', 'requested', 1],
    ]);
    expect(rs[1]?.duties[0]?.text).toBe('Chỉ đạo tăng cường công tác thanh tra, kiểm tra');
    expect(rs[0]?.duties[1]?.text).toBe('Tổng hợp, báo cáo Sở Y tế theo quy định');
    expect(spansHold(ctx, rs)).toEqual([]);
  });

  it('keeps a duty continued after a paragraph break as one duty over both parts (ha-lang V.3)', async () => {
    const ctx = await corpusContext('ha-lang-2025-action-month', 2025);
    const education = extractResponsibilities(ctx).find((r) => r.agency.key === 'education')!;
    expect(education.duties).toHaveLength(4);
    const first = education.duties[0]!;
    expect(first.text).toContain('các quyền và bổn phận, nghĩa vụ của học sinh');
    expect(ctx.doc.text.slice(first.span.start, first.span.end)).toContain('bổn\nphận');
    expect(spansHold(ctx, education)).toEqual([]);
  });

  it('gives nested agency headings one responsibility each, not their parent (quang-tri V.1)', async () => {
    const ctx = await corpusContext('quang-tri-ward1-2024-action-month', 2024);
    const rs = extractResponsibilities(ctx);
    expect(summary(rs).slice(0, 5)).toEqual([
      ['Công chức VH - XH (phụ trách lĩnh vực LĐTB&XH)', 'labour', 'lead', 4],
      ['Công chức VH - XH (phụ trách lĩnh vực Văn hóa - thông tin)', 'culture', 'assigned', 3],
      ['Công chức Tư pháp - Hộ tịch', 'justice', 'assigned', 2],
      ['Công chức Địa chính-xây dựng', 'construction', 'assigned', 1],
      ['UBMTTQVN và các đoàn thể phường', 'front', 'requested', 2],
    ]);
    expect(rs.every((r) => r.agency.level === 'commune')).toBe(true);
    // The closing paragraph and the recipients are nobody's duties.
    expect(rs.at(-1)?.duties.some((d) => d.text.startsWith('Trên đây'))).toBe(false);
  });

  it('skips headings that name no agency (chi-lang 13. Chế độ thông tin báo cáo)', async () => {
    const rs = extractResponsibilities(await corpusContext('chi-lang-2025-annual', 2025));
    expect(rs).toHaveLength(12);
    expect(rs.map((r) => r.agency.name)).not.toContain('Chế độ thông tin báo cáo');
    expect(rs.find((r) => r.agency.name === 'Huyện đoàn Chi Lăng')?.role).toBe('requested');
    expect(rs[0]).toMatchObject({ agency: { name: 'Phòng Y tế huyện', key: 'health', level: 'district' }, role: 'lead' });
  });

  it('gives each agency of a listed heading the shared duty (ly-son IV.3)', async () => {
    const rs = extractResponsibilities(await corpusContext('ly-son-2025-annual', 2025));
    const shared = rs.filter((r) => r.duties[0]?.text.startsWith('căn cứ chức năng, nhiệm vụ được giao'));
    expect(shared.map((r) => r.agency.key)).toEqual(['education', 'justice', 'culture', 'office', 'media', 'police', 'youth', 'front']);
    expect(rs[0]).toMatchObject({ agency: { name: 'Phòng Nội vụ' }, role: 'lead' });
    expect(rs[0]?.duties).toHaveLength(4);
  });

  it('is empty without a Tổ chức thực hiện section', async () => {
    expect(extractResponsibilities(await contextOf(['I. MỤC ĐÍCH', '1. Phòng Y tế huyện']))).toEqual([]);
  });
});

describe('extractResponsibilities from a table', () => {
  it('gives one responsibility per row of a Cơ quan, đơn vị | Nhiệm vụ table', () => {
    const doc = docWithTable('UBND tỉnh Cao Bằng ban hành Kế hoạch triển khai trên địa bàn tỉnh Cao Bằng.', [
      ['TT', 'Cơ quan, đơn vị', 'Nhiệm vụ'],
      ['1', 'Sở Y tế', 'Chủ trì, phối hợp tổ chức triển khai Kế hoạch.'],
      ['2', 'Báo Cao Bằng, Đài Phát thanh và Truyền hình tỉnh', 'Mở chuyên mục tuyên truyền.'],
      ['3', 'Đề nghị Tỉnh đoàn', 'Tổ chức các hoạt động hè.'],
    ]);
    const ctx = createContext(doc);
    ctx.year = 2025;
    const rs = extractResponsibilities(ctx);
    expect(summary(rs)).toEqual([
      ['Sở Y tế', 'health', 'lead', 1],
      ['Báo Cao Bằng', 'media', 'assigned', 1],
      ['Đài Phát thanh và Truyền hình tỉnh', 'media', 'assigned', 1],
      ['Tỉnh đoàn', 'youth', 'requested', 1],
    ]);
    expect(rs[0]?.duties[0]?.text).toBe('Chủ trì, phối hợp tổ chức triển khai Kế hoạch');
    expect(spansHold(ctx, rs)).toEqual([]);
  });
});
