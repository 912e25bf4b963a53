import { describe, expect, it } from 'vitest';
import { checkTheme } from '../../../packages/core/src/diff/theme.js';
import { checkPeriod } from '../../../packages/core/src/diff/period.js';
import { district, g, province, ruleIds } from './build.js';

const period = (start: string, end: string) => ({ start, end, text: `Từ ngày ${start} đến ngày ${end}`, span: { start: 0, end: 0, page: null } });

describe('checkTheme', () => {
  it('ignores tone-mark style, quotes, emphasis and punctuation', () => {
    const r = checkTheme(
      province({ theme: g('Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em') }),
      district({ theme: g('“*Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em*”.') }),
    );
    expect(r.value.status).toBe('match');
    expect(r.findings).toEqual([]);
    const hoa = checkTheme(province({ theme: g('Văn hóa an toàn') }), district({ theme: g('Văn hoá an toàn') }));
    expect(hoa.value.status).toBe('match');
  });

  it('reports a changed theme as an error', () => {
    const r = checkTheme(
      province({ theme: g('Trẻ em hạnh phúc, an toàn, vững bước vào kỷ nguyên số') }),
      district({ theme: g('Trẻ em hạnh phúc, an toàn, vững bước trong kỷ nguyên số') }),
    );
    expect(r.value).toMatchObject({ status: 'changed' });
    expect(ruleIds(r.findings)).toEqual(['diff/theme-changed']);
    expect(r.findings[0]?.severity).toBe('error');
  });

  it('reports a missing theme, and none when the upper has no theme', () => {
    expect(ruleIds(checkTheme(province({ theme: g('Chủ đề') }), district()).findings)).toEqual(['diff/theme-missing']);
    const na = checkTheme(province(), district({ theme: g('Chủ đề') }));
    expect(na.value.status).toBe('not-applicable');
    expect(na.findings).toEqual([]);
  });
});

describe('checkPeriod', () => {
  it('compares dates, not wording', () => {
    const u = province({ period: period('2025-06-01', '2025-06-30') });
    const l = district({ period: { ...period('2025-06-01', '2025-06-30'), text: 'từ 1/6 đến 30/6/2025' } });
    expect(checkPeriod(u, l).value.status).toBe('match');
  });

  it('warns about a shorter period inside the upper one', () => {
    const r = checkPeriod(province({ period: period('2025-06-01', '2025-06-30') }), district({ period: period('2025-06-01', '2025-06-15') }));
    expect(r.value.status).toBe('changed');
    expect(ruleIds(r.findings)).toEqual(['diff/period-changed']);
  });

  it('leaves a period outside the upper one to the deadlines check', () => {
    const r = checkPeriod(province({ period: period('2025-06-01', '2025-06-30') }), district({ period: period('2025-06-01', '2025-07-15') }));
    expect(r.value.status).toBe('changed');
    expect(r.findings).toEqual([]);
  });

  it('missing and not-applicable', () => {
    expect(checkPeriod(province({ period: period('2025-06-01', '2025-06-30') }), district()).value.status).toBe('missing');
    expect(checkPeriod(province(), district({ period: period('2025-06-01', '2025-06-30') })).value.status).toBe('not-applicable');
  });
});
