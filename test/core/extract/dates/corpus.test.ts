/**
 * Every timing in the real plans of fixtures/corpus, reviewed by hand. A change in what the
 * grammar finds in them shows here as a diff of (kind, text) pairs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTimings, parsePlaceDate, type TimingMatch } from '../../../../packages/core/src/extract/dates/index.js';
import { normalizeText } from '../../../../packages/core/src/normalize/index.js';

const CORPUS = new URL('../../../../fixtures/corpus/', import.meta.url);

function read(name: string): string {
  return readFileSync(new URL(name, CORPUS), 'utf8');
}

function summary(matches: TimingMatch[]): string[] {
  return matches.map((m) => {
    const t = m.timing;
    const value = t.date ?? (t.quarters.length > 0 ? t.quarters.join(',') : null) ?? (t.start ? `${t.start}..${t.end}` : null) ?? t.every;
    return `${t.kind} ${m.text} = ${value}`;
  });
}

const PERIOD_2026 = 'range Từ ngày 01/6/2026 đến ngày 30/6/2026 = 2026-06-01..2026-06-30';
const ALL_YEAR_2025 = 'continuous Thường xuyên trong năm = 2025-01-01..2025-12-31';

const EXPECTED: Record<string, { year: number; issue: { place: string | null; date: string | null } | null; timings: string[] }> = {
  'bac-kan-2026-action-month.txt': {
    year: 2026,
    issue: { place: 'Bắc Kạn', date: '2026-05' },
    timings: [
      PERIOD_2026,
      'within trong tháng 5/2026 = 2026-05-01..2026-05-31',
      PERIOD_2026,
      PERIOD_2026,
      'on 01/6/2026 = 2026-06-01',
      'on 28/6 = 2026-06-28',
      'on 01/6 = 2026-06-01',
    ],
  },
  'chi-lang-2025-annual.txt': {
    year: 2025,
    issue: null,
    timings: [
      'range từ ngày 01/6 đến ngày 30/6 = 2025-06-01..2025-06-30',
      'on 01/6 = 2025-06-01',
      'on 01/6 = 2025-06-01',
      'on 1/6 = 2025-06-01',
      'by trước ngày 18/4/2025 = 2025-04-18',
      'recurring Định kỳ báo cáo 06 tháng = P6M',
      'by trước ngày 15/5/2025 = 2025-05-15',
      'by trước ngày 15/11/2025 = 2025-11-15',
      'on 1/6 = 2025-06-01',
    ],
  },
  'ha-lang-2025-action-month.txt': {
    year: 2025,
    issue: { place: 'Hạ Lang', date: '2025-05' },
    timings: [
      'range Từ ngày 01/6/2025 đến ngày 30/6/2025 = 2025-06-01..2025-06-30',
      'on 01/6 = 2025-06-01',
      'on 01/6 = 2025-06-01',
      'by trước ngày 21/5/2025 = 2025-05-21',
      'by trước ngày 10/7/2025 = 2025-07-10',
    ],
  },
  'ly-son-2025-annual.txt': {
    year: 2025,
    issue: { place: 'Lý Sơn', date: '2025-04' },
    timings: [
      ...Array<string>(8).fill(ALL_YEAR_2025),
      'quarters Quý II, IV năm 2025 = 2025-Q2,2025-Q4',
      ...Array<string>(4).fill(ALL_YEAR_2025),
      'recurring hằng năm = P1Y',
      'by trước ngày 10/5/2025 = 2025-05-10',
      'by trước ngày 10/11/2025 = 2025-11-10',
      'continuous cả năm 2025 = 2025-01-01..2025-12-31',
    ],
  },
  'quang-tri-ward1-2024-action-month.txt': {
    year: 2024,
    issue: null,
    timings: [
      'range Từ ngày 01/6/2024 đến ngày 30/6/2024 = 2024-06-01..2024-06-30',
      ...Array<string>(2).fill('on 1/6 = 2024-06-01'),
      'by trước ngày 12/7/2024 = 2024-07-12',
      ...Array<string>(3).fill('on 1/6 = 2024-06-01'),
      'by trước ngày 10/7/2024 = 2024-07-10',
    ],
  },
};

describe('corpus', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    describe(name, () => {
      const text = normalizeText(read(name));

      it('finds the reviewed timings', () => {
        expect(summary(findTimings(text, { year: expected.year }))).toEqual(expected.timings);
      });

      it('finds the issue place and date', () => {
        const issue = text.split('\n').map((line) => parsePlaceDate(line)).find((found) => found !== null) ?? null;
        if (expected.issue === null) expect(issue).toBeNull();
        else expect(issue).toMatchObject(expected.issue);
      });
    });
  }

  it('gives offsets into the raw NFD text of chi-lang', () => {
    const raw = read('chi-lang-2025-annual.txt');
    expect(raw).not.toBe(raw.normalize('NFC'));
    const matches = findTimings(raw, { year: 2025 });
    expect(matches.map((m) => m.text.normalize('NFC'))).toContain('trước ngày 18/4/2025');
    for (const match of matches) expect(raw.slice(match.index, match.end)).toBe(match.text);
    const nfc = findTimings(normalizeText(raw), { year: 2025 });
    expect(matches.map((m) => m.timing.kind)).toEqual(nfc.map((m) => m.timing.kind));
  });
});
