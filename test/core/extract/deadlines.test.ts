import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../../packages/core/src/extract/deadlines.js';
import { contextOf, corpusContext, spansHold } from './body-helpers.js';

const brief = (ds: ReturnType<typeof extractDeadlines>) => ds.map((d) => [d.date, d.action, d.actor, d.recipient]);

describe('extractDeadlines', () => {
  it('splits two dated obligations in one sentence (ha-lang VI)', async () => {
    const ctx = await corpusContext('ha-lang-2025-action-month', 2025);
    const deadlines = extractDeadlines(ctx);
    const actor = 'Các Phòng, Ban ngành, đoàn thể huyện, UBND các xã, thị trấn';
    expect(brief(deadlines)).toEqual([
      ['2025-05-21', 'plan', actor, 'Văn Phòng HĐND-UBND huyện'],
      ['2025-07-10', 'report', actor, 'Văn Phòng HĐND-UBND huyện'],
    ]);
    expect(deadlines[0]).toMatchObject({ kind: 'by', text: 'trước ngày 21/5/2025' });
    expect(spansHold(ctx, deadlines)).toEqual([]);
  });

  it('shares the predicate after dates joined by "và" (ly-son V)', async () => {
    const deadlines = extractDeadlines(await corpusContext('ly-son-2025-annual', 2025));
    const actor = 'Các phòng, ban, đơn vị và các hội, đoàn thể huyện';
    expect(brief(deadlines)).toEqual([
      ['2025-05-10', 'report', actor, 'Phòng Nội vụ'],
      ['2025-11-10', 'report', actor, 'Phòng Nội vụ'],
    ]);
  });

  it('takes the actor of a duty from its responsibility and the recipient from the section', async () => {
    const deadlines = extractDeadlines(await corpusContext('chi-lang-2025-annual', 2025));
    expect(brief(deadlines)).toEqual([
      ['2025-04-18', 'plan', 'UBND các xã, thị trấn', 'Phòng Y tế huyện'],
      ['2025-05-15', 'report', 'Các cơ quan ban, ngành, đoàn thể có liên quan, UBND các xã, thị trấn', 'Phòng Y tế huyện'],
      ['2025-11-15', 'report', 'Các cơ quan ban, ngành, đoàn thể có liên quan, UBND các xã, thị trấn', 'Phòng Y tế huyện'],
    ]);
  });

  it('reads who is requested to report, and a recipient that is a person falls back on the body', async () => {
    const deadlines = extractDeadlines(await corpusContext('quang-tri-ward1-2024-action-month', 2024));
    expect(brief(deadlines)).toEqual([
      ['2024-07-12', 'report', 'Công chức VH - XH (phụ trách lĩnh vực LĐTB&XH)', 'Phòng LĐTB&XH thị xã Quảng Trị'],
      ['2024-07-10', 'report', 'các ngành, cơ quan, đơn vị liên quan và các khu phố', 'UBND phường'],
    ]);
  });

  it('ignores activity timings and the period', async () => {
    expect(extractDeadlines(await corpusContext('bac-kan-2026-action-month', 2026))).toEqual([]);
    const ctx = await contextOf([
      'II. CHỦ ĐỀ, THỜI GIAN',
      '2. Thời gian: Từ ngày 01/6/2025 đến ngày 30/6/2025.',
      'III. NỘI DUNG',
      '1. Tổ chức Lễ phát động',
      '- Thời gian thực hiện: trước ngày 31/5/2025.',
      'IV. TỔ CHỨC THỰC HIỆN',
      '1. Phòng Y tế: Tổng hợp kết quả gửi về UBND huyện trước ngày 05/7/2025.',
    ]);
    expect(brief(extractDeadlines(ctx))).toEqual([['2025-07-05', 'report', 'Phòng Y tế', 'UBND huyện']]);
  });

  it('reads a labelled report deadline that is no activity timing', async () => {
    const ctx = await contextOf(['VI. CHẾ ĐỘ BÁO CÁO', '- Thời gian gửi báo cáo: trước ngày 10/7/2025 về Phòng Y tế.']);
    expect(brief(extractDeadlines(ctx))).toEqual([['2025-07-10', 'report', null, 'Phòng Y tế']]);
  });

  it('names every recipient printed', async () => {
    const ctx = await contextOf([
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      '- Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Y tế trước ngày 20/7/2025.',
    ]);
    expect(brief(extractDeadlines(ctx))).toEqual([['2025-07-20', 'report', 'Sở Y tế', 'UBND tỉnh và Bộ Y tế']]);
  });

  it('takes the year left out from the plan', async () => {
    const ctx = await contextOf(['UBND các xã báo cáo kết quả về Phòng Y tế trước ngày 10/7.'], 2026);
    expect(brief(extractDeadlines(ctx))).toEqual([['2026-07-10', 'report', 'UBND các xã', 'Phòng Y tế']]);
  });
});
