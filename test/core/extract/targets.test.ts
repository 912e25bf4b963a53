import { describe, expect, it } from 'vitest';
import { extractTargets, parsePercents } from '../../../packages/core/src/extract/targets.js';
import { contextOf, corpusContext, spansHold } from './body-helpers.js';

describe('parsePercents', () => {
  it.each([
    ['Phấn đấu 95% cơ sở y tế', [95]],
    ['100% học sinh; 80% nhân viên', [100, 80]],
    ['tăng tỷ lệ trên 90% trẻ em', [90]],
    ['≥ 85% trẻ em', [85]],
    ['giảm 2,5% mỗi năm', [2.5]],
    ['giảm 2.5 % mỗi năm', [2.5]],
    ['trẻ em từ 10-18 tuổi', []],
  ])('%s → %j', (text, expected) => expect(parsePercents(text)).toEqual(expected));
});

describe('extractTargets', () => {
  it('takes each numbered item of Mục tiêu, chỉ tiêu with its percentages', async () => {
    const ctx = await contextOf([
      'I. MỤC ĐÍCH, YÊU CẦU',
      '- Tăng cường 100% sự quan tâm.',
      'II. MỤC TIÊU, CHỈ TIÊU',
      '1. Phấn đấu 95% cơ sở y tế cấp xã được tăng cường; 80% nhân viên y tế biết sơ cấp cứu.',
      '2. 100% các xã triển khai dạy bơi.',
      'Phấn đấu 80% các hộ gia đình đạt tiêu chí Ngôi nhà an toàn.',
      '3. Vận động, ủng hộ Quỹ Bảo trợ trẻ em đạt hiệu quả.',
      'III. NHIỆM VỤ, GIẢI PHÁP',
      '1. Phấn đấu 50% gì đó không phải chỉ tiêu.',
    ]);
    const targets = extractTargets(ctx);
    expect(targets.map((t) => [t.text, t.percents])).toEqual([
      ['Phấn đấu 95% cơ sở y tế cấp xã được tăng cường; 80% nhân viên y tế biết sơ cấp cứu', [95, 80]],
      ['100% các xã triển khai dạy bơi. Phấn đấu 80% các hộ gia đình đạt tiêu chí Ngôi nhà an toàn', [100, 80]],
      ['Vận động, ủng hộ Quỹ Bảo trợ trẻ em đạt hiệu quả', []],
    ]);
    expect(spansHold(ctx, targets)).toEqual([]);
  });

  it('takes dashed targets under titles, skipping the titles and an introduction', async () => {
    const ctx = await contextOf([
      'II. MỤC TIÊU',
      '1. Mục tiêu chung',
      'Phấn đấu đến hết năm 2025:',
      '- Trên 90% trẻ em dưới 6 tuổi được cấp thẻ BHYT;',
      '- Giảm tỷ lệ suy dinh dưỡng xuống 2,5%.',
    ]);
    expect(extractTargets(ctx).map((t) => t.percents)).toEqual([[90], [2.5]]);
  });

  it('is empty when the plan states no targets', async () => {
    expect(extractTargets(await contextOf(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', '- Tăng cường.']))).toEqual([]);
    expect(extractTargets(await corpusContext('ly-son-2025-annual', 2025))).toEqual([]);
    expect(extractTargets(await corpusContext('ha-lang-2025-action-month', 2025))).toEqual([]);
  });

  it('reads the twelve targets of chi-lang, a paragraph after item 6 included', async () => {
    const ctx = await corpusContext('chi-lang-2025-annual', 2025);
    const targets = extractTargets(ctx);
    expect(targets.map((t) => t.percents)).toEqual([[100, 100], [100, 100], [100], [], [95, 80], [100, 80], [90, 90], [100, 90], [80, 95], [80, 50], [100], []]);
    expect(targets[5]?.text.endsWith('Phấn đấu 80% các hộ gia đình có trẻ em đạt tiêu chí Ngôi nhà an toàn')).toBe(true);
    expect(spansHold(ctx, targets)).toEqual([]);
  });
});
