import { describe, expect, it } from 'vitest';
import { checkSlogans, redline } from '../../../packages/core/src/diff/slogans.js';
import { syllableDice } from '../../../packages/core/src/diff/similarity.js';
import { district, g, province, ruleIds } from './build.js';

const UPPER = [
  'Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em',
  'Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi',
  'Cho trẻ trong độ tuổi uống vitamin A',
  'Bảo đảm tất cả trẻ em được tiêm chủng đầy đủ',
];

describe('syllableDice', () => {
  it('is 1 for equal keys and 0 for disjoint syllables', () => {
    expect(syllableDice('Văn hoá', 'văn hóa.')).toBe(1);
    expect(syllableDice('một hai', 'ba bốn')).toBe(0);
  });
  it('counts repeated syllables as a multiset', () => {
    expect(syllableDice('mọi mọi', 'mọi')).toBeCloseTo(2 / 3);
  });
});

describe('checkSlogans', () => {
  it('pairs regardless of order, numbering and trailing punctuation', () => {
    const lower = [...UPPER].reverse().map((s, i) => g(`${s}${i % 2 ? ';' : '.'}`));
    const r = checkSlogans(province({ slogans: UPPER.map(g) }), district({ slogans: lower }));
    expect(r.value.matched).toHaveLength(4);
    expect(r.value.matched.map((m) => m.upper)).toEqual(UPPER);
    expect(r.findings).toEqual([]);
  });

  it('sorts reworded, missing and extra slogans', () => {
    const r = checkSlogans(
      province({ slogans: UPPER.map(g) }),
      district({ slogans: [
        g('Tổng đài 111 - luôn lắng nghe, bảo vệ trẻ em mọi nơi'),
        g('Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em'),
        g('Trẻ em cần được học bơi'),
      ] }),
    );
    expect(r.value.matched).toEqual([{ upper: UPPER[0], lower: UPPER[0] }]);
    expect(r.value.changed).toHaveLength(1);
    const changed = r.value.changed[0]!;
    expect(changed.upper).toBe(UPPER[1]);
    expect(changed.similarity).toBeGreaterThanOrEqual(0.5);
    expect(changed.similarity).toBeLessThan(1);
    expect(changed.redline.filter((p) => p.op === 'delete').map((p) => p.text).join(' ')).toContain('tiếp nhận');
    expect(r.value.missing).toEqual([UPPER[2], UPPER[3]]);
    expect(r.value.extra).toEqual(['Trẻ em cần được học bơi']);
    expect(ruleIds(r.findings).sort()).toEqual(['diff/slogan-changed', 'diff/slogan-extra', 'diff/slogan-missing', 'diff/slogan-missing']);
  });

  it('takes an exact match before a close one, whatever the order', () => {
    const r = checkSlogans(
      province({ slogans: [g('Bảo vệ trẻ em trên môi trường mạng')] }),
      district({ slogans: [g('Bảo vệ trẻ em trên môi trường mạng là trách nhiệm'), g('Bảo vệ trẻ em trên môi trường mạng')] }),
    );
    expect(r.value.matched).toHaveLength(1);
    expect(r.value.extra).toEqual(['Bảo vệ trẻ em trên môi trường mạng là trách nhiệm']);
  });

  it('does not pair slogans below the threshold', () => {
    const r = checkSlogans(province({ slogans: [g('Toàn dân chăm sóc, giáo dục và bảo vệ trẻ em')] }), district({ slogans: [g('Vì tương lai không còn trẻ em bị đuối nước')] }));
    expect(r.value.changed).toEqual([]);
    expect(r.value.missing).toHaveLength(1);
    expect(r.value.extra).toHaveLength(1);
    const loose = checkSlogans(province({ slogans: [g('Toàn dân chăm sóc, giáo dục và bảo vệ trẻ em')] }), district({ slogans: [g('Vì tương lai không còn trẻ em bị đuối nước')] }), { threshold: 0.1 });
    expect(loose.value.changed).toHaveLength(1);
  });

  it('notes no extra slogans when the upper plan sets none', () => {
    const r = checkSlogans(province(), district({ slogans: [g('Khẩu hiệu riêng')] }));
    expect(r.value.extra).toEqual(['Khẩu hiệu riêng']);
    expect(r.findings).toEqual([]);
  });

  it('redline keeps every word of both sides', () => {
    const parts = redline('a b c', 'a x c');
    expect(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join('')).toBe('a b c');
    expect(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join('')).toBe('a x c');
  });
});
