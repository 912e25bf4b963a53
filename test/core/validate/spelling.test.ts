import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSpeller } from '../../../packages/core/src/validate/spelling.js';

const corpus = (name: string) => readFileSync(new URL(`../../../fixtures/corpus/${name}`, import.meta.url), 'utf8').normalize('NFC');

describe('spelling', () => {
  it('finds the real typos of the corpus as confusables', async () => {
    const speller = await loadSpeller();
    const found = (name: string) => speller.check(corpus(name)).map((i) => [i.actual.replace(/\s+/g, ' '), i.expected]);
    expect(found('bac-kan-2026-action-month.txt')).toEqual([
      ['đuổi nước', 'đuối nước'],
      ['Cùng cố', 'củng cố'],
    ]);
    expect(found('quang-tri-ward1-2024-action-month.txt')).toEqual([
      ['phồng vinh', 'phồn vinh'],
      ['Tháng hành đồng', 'tháng hành động'],
    ]);
  });

  it('accepts both tone-mark styles, names, codes and URLs', async () => {
    const speller = await loadSpeller();
    expect(speller.check('Văn hoá và văn hóa, uỷ ban và ủy ban, khoẻ và khỏe; Hoàng Thanh Sơn; 1420/KH-UBND; https://thuvienphapluat.vn/x')).toEqual([]);
    for (const name of ['ha-lang-2025-action-month.txt', 'ly-son-2025-annual.txt', 'chi-lang-2025-annual.txt']) {
      expect(speller.check(corpus(name))).toEqual([]);
    }
  });

  it('flags a syllable that is not Vietnamese, with its span', async () => {
    const speller = await loadSpeller();
    const text = 'Tổ chức các hoạt đôngg truyền thông';
    const [issue] = speller.check(text);
    expect(issue).toMatchObject({ ruleId: 'spelling/unknown-word', actual: 'đôngg' });
    expect(text.slice(issue!.start, issue!.end)).toBe('đôngg');
  });
});
