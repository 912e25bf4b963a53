import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../../packages/core/src/extract/deadlines.js';
import { readDocument } from '@plan-extract/core';
import { createContext } from '../../../packages/core/src/extract/context.js';
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

  it('gives each clause its own actor and recipient, once (the issue-16 sentence)', async () => {
    const ctx = await contextOf([
      'V. TỔ CHỨC THỰC HIỆN',
      '1. Sở Y tế',
      '- Chủ trì tổ chức thực hiện Kế hoạch.',
      '- Các sở, ngành, Ủy ban nhân dân các huyện báo cáo kết quả về Sở Y tế trước ngày 20/12; Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế trước ngày 28/12.',
    ]);
    const deadlines = extractDeadlines(ctx);
    // The clause's own actor wins over the heading ("1. Sở Y tế") the sentence sits under.
    expect(brief(deadlines)).toEqual([
      ['2025-12-20', 'report', 'Các sở, ngành, Ủy ban nhân dân các huyện', 'Sở Y tế'],
      ['2025-12-28', 'report', 'Sở Y tế', 'Ủy ban nhân dân tỉnh và Bộ Y tế'],
    ]);
    expect(spansHold(ctx, deadlines)).toEqual([]);
  });

  it('reads the office in between and a clause that goes on without a subject', async () => {
    const ctx = await contextOf([
      'IV. CHẾ ĐỘ BÁO CÁO',
      'UBND các xã, thị trấn báo cáo kết quả về Phòng Y tế trước ngày 12/12/2025, Phòng Y tế tổng hợp, báo cáo UBND huyện trước ngày 22/12/2025 để báo cáo UBND tỉnh.',
      'Các cơ quan, đơn vị xây dựng kế hoạch trước ngày 15/4/2025, đồng thời gửi báo cáo 6 tháng trước ngày 15/6/2025 về Văn phòng HĐND-UBND huyện.',
    ]);
    expect(brief(extractDeadlines(ctx))).toEqual([
      ['2025-12-12', 'report', 'UBND các xã, thị trấn', 'Phòng Y tế'],
      ['2025-12-22', 'report', 'Phòng Y tế', 'UBND huyện'],
      ['2025-04-15', 'plan', 'Các cơ quan, đơn vị', 'Văn phòng HĐND-UBND huyện'],
      ['2025-06-15', 'report', 'Các cơ quan, đơn vị', 'Văn phòng HĐND-UBND huyện'],
    ]);
  });
});

describe('deadlines of the reporting-chain fixtures (fixtures/chain, by hand from the text)', () => {
  const chain = async (name: string) => {
    const { value: doc } = await readDocument(new URL(`../../../fixtures/chain/${name}.txt`, import.meta.url));
    const ctx = createContext(doc);
    ctx.year = 2024;
    return extractDeadlines(ctx);
  };
  const labour = 'Sở Lao động - Thương binh và Xã hội';
  const office = 'Phòng Lao động - Thương binh và Xã hội';

  it('yen-bai (province): the districts\' three, and the department\'s own two up to the ministry', async () => {
    expect(brief(await chain('yen-bai-2024-annual'))).toEqual([
      ['2024-06-25', 'report', labour, 'UBND tỉnh và Bộ Lao động - Thương binh và Xã hội'],
      ['2024-04-05', 'plan', 'UBND các huyện, thị xã, thành phố', labour],
      ['2024-06-15', 'report', 'UBND các huyện, thị xã, thành phố', labour],
      ['2024-12-20', 'report', 'Các sở, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố', labour],
      ['2024-12-28', 'report', labour, 'Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội'],
    ]);
  });

  it('tran-yen (district): sends up by the province\'s dates, collects year reports by 24/12', async () => {
    expect(brief(await chain('tran-yen-2024-annual'))).toEqual([
      ['2024-06-15', 'report', office, labour],
      ['2024-12-20', 'report', office, labour],
      ['2024-04-01', 'plan', 'UBND các xã, thị trấn', office],
      ['2024-06-10', 'report', 'UBND các xã, thị trấn', office],
      ['2024-12-24', 'report', 'Các cơ quan, đơn vị, UBND các xã, thị trấn', office],
    ]);
  });

  it('van-yen (district): the office hands the year report to the committee on 22/12', async () => {
    expect(brief(await chain('van-yen-2024-annual'))).toEqual([
      ['2024-06-15', 'report', office, labour],
      ['2024-03-28', 'plan', 'UBND các xã, thị trấn', office],
      ['2024-06-15', 'report', 'Các cơ quan, đơn vị, UBND các xã, thị trấn', office],
      ['2024-12-12', 'report', 'UBND các xã, thị trấn', office],
      ['2024-12-22', 'report', office, 'UBND huyện'],
    ]);
  });

  it('dong-cuong (commune): a recipient that is a person falls back on the committee', async () => {
    const units = 'Các ban, ngành, đoàn thể xã, Trạm Y tế xã, các trường học và các thôn';
    expect(brief(await chain('dong-cuong-2024-annual'))).toEqual([
      ['2024-06-15', 'report', 'Công chức Văn hóa - Xã hội', office],
      ['2024-12-12', 'report', 'Công chức Văn hóa - Xã hội', office],
      ['2024-06-10', 'report', units, 'UBND xã'],
      ['2024-12-05', 'report', units, 'UBND xã'],
    ]);
  });
});
