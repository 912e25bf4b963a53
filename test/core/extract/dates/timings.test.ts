import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTimings, type DateContext } from '../../../../packages/core/src/extract/dates/index.js';
import { Timing } from '../../../../packages/core/src/schema.js';

// A fixed context: the plan's year, and a reference far from it, so that a year taken from the
// reference (as chrono does by default) instead of the plan would show.
const PLAN_2025: DateContext = { year: 2025, reference: new Date(2031, 8, 15, 12) };

type Expected = Partial<Timing> & { text: string };

/** Each case: the input, then every timing expected in it, in order. */
const CASES: Array<[string, Expected[]]> = [
  // Deadlines ("by").
  ['trước ngày 10/7/2025', [{ text: 'trước ngày 10/7/2025', kind: 'by', date: '2025-07-10' }]],
  ['chậm nhất ngày 05/7', [{ text: 'chậm nhất ngày 05/7', kind: 'by', date: '2025-07-05' }]],
  ['trước 15/12/2025', [{ text: 'trước 15/12/2025', kind: 'by', date: '2025-12-15' }]],
  ['chậm nhất là ngày 20 tháng 6 năm 2025', [{ text: 'chậm nhất là ngày 20 tháng 6 năm 2025', kind: 'by', date: '2025-06-20' }]],
  ['hoàn thành trước ngày 30/6', [{ text: 'hoàn thành trước ngày 30/6', kind: 'by', date: '2025-06-30' }]],
  // A month as a deadline: its last day, or the last day before it.
  ['chậm nhất trong tháng 6', [{ text: 'chậm nhất trong tháng 6', kind: 'by', date: '2025-06-30' }]],
  ['trước tháng 6/2025', [{ text: 'trước tháng 6/2025', kind: 'by', date: '2025-05-31' }]],
  ['trước tháng 1/2026', [{ text: 'trước tháng 1/2026', kind: 'by', date: '2025-12-31' }]],
  // Single days ("on").
  ['ngày 01/6/2025', [{ text: 'ngày 01/6/2025', kind: 'on', date: '2025-06-01' }]],
  ['vào ngày 01/6', [{ text: 'vào ngày 01/6', kind: 'on', date: '2025-06-01' }]],
  ['ngày 16 tháng 5 năm 2024', [{ text: 'ngày 16 tháng 5 năm 2024', kind: 'on', date: '2024-05-16' }]],
  ['tổ chức 16-5-2025 tại xã', [{ text: '16-5-2025', kind: 'on', date: '2025-05-16' }]],
  ['tổ chức 16.5.2025 tại xã', [{ text: '16.5.2025', kind: 'on', date: '2025-05-16' }]],
  // Ranges: one finding, not two dates.
  ['Từ ngày 01/6/2025 đến ngày 30/6/2025', [{ text: 'Từ ngày 01/6/2025 đến ngày 30/6/2025', kind: 'range', start: '2025-06-01', end: '2025-06-30', date: null }]],
  ['từ 01/6 đến 30/6', [{ text: 'từ 01/6 đến 30/6', kind: 'range', start: '2025-06-01', end: '2025-06-30' }]],
  ['từ ngày 01/6 - 30/6/2026', [{ text: 'từ ngày 01/6 - 30/6/2026', kind: 'range', start: '2026-06-01', end: '2026-06-30' }]],
  ['01/6/2025-30/6/2025', [{ text: '01/6/2025-30/6/2025', kind: 'range', start: '2025-06-01', end: '2025-06-30' }]],
  ['từ ngày 01/12 đến ngày 31/1/2026', [{ kind: 'range', text: 'từ ngày 01/12 đến ngày 31/1/2026', start: '2025-12-01', end: '2026-01-31' }]],
  ['từ tháng 5 đến hết tháng 6/2025', [{ kind: 'range', text: 'từ tháng 5 đến hết tháng 6/2025', start: '2025-05-01', end: '2025-06-30' }]],
  // Quarters.
  ['Quý II, IV năm 2025', [{ text: 'Quý II, IV năm 2025', kind: 'quarters', quarters: ['2025-Q2', '2025-Q4'], start: '2025-04-01', end: '2025-12-31' }]],
  ['quý III/2025', [{ text: 'quý III/2025', kind: 'quarters', quarters: ['2025-Q3'], start: '2025-07-01', end: '2025-09-30' }]],
  ['Quý I và Quý III năm 2025', [{ text: 'Quý I và Quý III năm 2025', kind: 'quarters', quarters: ['2025-Q1', '2025-Q3'], start: '2025-01-01', end: '2025-09-30' }]],
  ['trong quý 4', [{ text: 'trong quý 4', kind: 'quarters', quarters: ['2025-Q4'], start: '2025-10-01', end: '2025-12-31' }]],
  ['Quý II - IV năm 2026', [{ kind: 'quarters', quarters: ['2026-Q2', '2026-Q3', '2026-Q4'], start: '2026-04-01', end: '2026-12-31' }]],
  // Months ("within").
  ['trong tháng 5/2026', [{ text: 'trong tháng 5/2026', kind: 'within', start: '2026-05-01', end: '2026-05-31' }]],
  ['tháng 5 năm 2026', [{ text: 'tháng 5 năm 2026', kind: 'within', start: '2026-05-01', end: '2026-05-31' }]],
  ['trong tháng 6', [{ text: 'trong tháng 6', kind: 'within', start: '2025-06-01', end: '2025-06-30' }]],
  ['trong tháng 2', [{ kind: 'within', start: '2025-02-01', end: '2025-02-28' }]],
  // Lists of months share the year written after them.
  ['Tháng 5, 6/2026', [{ text: 'Tháng 5, 6/2026', kind: 'within', start: '2026-05-01', end: '2026-06-30' }]],
  ['tháng 5 và tháng 6 năm 2026', [{ text: 'tháng 5 và tháng 6 năm 2026', kind: 'within', start: '2026-05-01', end: '2026-06-30' }]],
  ['từ tháng 9 - 12/2026', [{ text: 'từ tháng 9 - 12/2026', kind: 'range', start: '2026-09-01', end: '2026-12-31' }]],
  ['từ tháng 5 đến tháng 6/2026', [{ text: 'từ tháng 5 đến tháng 6/2026', kind: 'range', start: '2026-05-01', end: '2026-06-30' }]],
  [
    '1. Tổ chức Lễ phát động Tháng hành động vì trẻ em cấp tỉnh năm 2026 trong tháng 5/2026.',
    [{ text: 'trong tháng 5/2026', kind: 'within', start: '2026-05-01', end: '2026-05-31' }],
  ],
  ['trong tháng 6, 01 buổi', [{ text: 'trong tháng 6', kind: 'within', start: '2025-06-01', end: '2025-06-30' }]],
  // Throughout the year ("continuous").
  ['Thường xuyên trong năm', [{ text: 'Thường xuyên trong năm', kind: 'continuous', start: '2025-01-01', end: '2025-12-31' }]],
  ['thường xuyên', [{ text: 'thường xuyên', kind: 'continuous', start: '2025-01-01', end: '2025-12-31' }]],
  ['Cả năm', [{ text: 'Cả năm', kind: 'continuous', start: '2025-01-01', end: '2025-12-31' }]],
  ['Năm 2025', [{ text: 'Năm 2025', kind: 'continuous', start: '2025-01-01', end: '2025-12-31' }]],
  ['- Thời gian thực hiện: Năm 2026.', [{ text: 'Năm 2026', kind: 'continuous', start: '2026-01-01', end: '2026-12-31' }]],
  ['Thời gian: Thường xuyên, liên tục.', [{ text: 'Thường xuyên, liên tục', kind: 'continuous' }]],
  // Recurring.
  ['định kỳ 6 tháng', [{ text: 'định kỳ 6 tháng', kind: 'recurring', every: 'P6M', date: null, start: null }]],
  ['Định kỳ báo cáo 06 tháng', [{ text: 'Định kỳ báo cáo 06 tháng', kind: 'recurring', every: 'P6M' }]],
  ['hằng quý', [{ text: 'hằng quý', kind: 'recurring', every: 'P3M' }]],
  ['hằng năm', [{ text: 'hằng năm', kind: 'recurring', every: 'P1Y' }]],
  ['hằng tháng', [{ text: 'hằng tháng', kind: 'recurring', every: 'P1M' }]],
  ['hàng tháng', [{ text: 'hàng tháng', kind: 'recurring', every: 'P1M' }]],
  ['định kỳ 6 tháng 1 lần', [{ text: 'định kỳ 6 tháng 1 lần', kind: 'recurring', every: 'P6M' }]],
  ['báo cáo 3 tháng/lần', [{ text: '3 tháng/lần', kind: 'recurring', every: 'P3M' }]],
  ['định kỳ sáu tháng', [{ kind: 'recurring', every: 'P6M' }]],
  // Two deadlines in one sentence stay two (chrono.vi merged "10/5/2025 và trước ngày").
  [
    'định kỳ trước ngày 10/5/2025 và trước ngày 10/11/2025 báo cáo',
    [
      { text: 'trước ngày 10/5/2025', kind: 'by', date: '2025-05-10' },
      { text: 'trước ngày 10/11/2025', kind: 'by', date: '2025-11-10' },
    ],
  ],
  // chrono.vi: "10/5/2025 và trước ngày" became one range ending "the day before" the reference.
  ['10/5/2025 và trước ngày', [{ text: '10/5/2025', kind: 'on', date: '2025-05-10' }]],
  ['ngày 01/6 và ngày 28/6', [{ text: 'ngày 01/6', kind: 'on' }, { text: 'ngày 28/6', kind: 'on' }]],
  [
    'Định kỳ báo cáo 06 tháng (trước ngày 15/5/2025), báo cáo năm (trước ngày 15/11/2025)',
    [
      { text: 'Định kỳ báo cáo 06 tháng', kind: 'recurring', every: 'P6M' },
      { text: 'trước ngày 15/5/2025', kind: 'by', date: '2025-05-15' },
      { text: 'trước ngày 15/11/2025', kind: 'by', date: '2025-11-15' },
    ],
  ],
  // Hard-wrapped PDF text.
  ['gửi về UBND huyện trước ngày\n18/4/2025 (qua Phòng Y tế)', [{ text: 'trước ngày\n18/4/2025', kind: 'by', date: '2025-04-18' }]],
];

/** Real sentences from fixtures/corpus. */
const CORPUS_CASES: Array<[string, Expected[]]> = [
  ['2. Thời gian: Từ ngày 01/6/2025 đến ngày 30/6/2025.', [{ kind: 'range', start: '2025-06-01', end: '2025-06-30' }]],
  ['- Thời gian thực hiện: Thường xuyên trong năm.', [{ kind: 'continuous', text: 'Thường xuyên trong năm' }]],
  ['- Thời gian thực hiện: Quý II, IV năm 2025.', [{ kind: 'quarters', quarters: ['2025-Q2', '2025-Q4'] }]],
  [
    '- Thời gian; địa điểm tổ chức: Dự kiến 01 buổi trong tháng 5/2026 (sẽ có Giấy mời cụ thể sau).',
    [{ kind: 'within', text: 'trong tháng 5/2026', start: '2026-05-01', end: '2026-05-31' }],
  ],
  ['4. Tổ chức Tháng hành động vì trẻ em (từ ngày 01/6 đến ngày 30/6), Tết', [{ kind: 'range', text: 'từ ngày 01/6 đến ngày 30/6', start: '2025-06-01', end: '2025-06-30' }]],
  [
    'Các Phòng, Ban ngành, đoàn thể huyện, UBND các xã, thị trấn xây dựng Kế hoạch thực hiện Tháng hành động vì trẻ em năm 2025 *trước ngày 21/5/2025* và báo cáo kết quả thực hiện Tháng hành động vì trẻ em *trước ngày 10/7/2025*',
    [
      { kind: 'by', text: 'trước ngày 21/5/2025', date: '2025-05-21' },
      { kind: 'by', text: 'trước ngày 10/7/2025', date: '2025-07-10' },
    ],
  ],
  [
    'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng về việc triển khai Tháng hành động vì trẻ em năm 2025',
    [],
  ],
  ['Nguồn ngân sách của huyện được bố trí trong dự toán ngân sách hằng năm và các nguồn kinh phí hợp pháp khác (nếu có).', [{ kind: 'recurring', every: 'P1Y' }]],
  ['- Tham mưu ... thăm, tặng quà ... dịp Ngày Quốc tế thiếu nhi 01/6/2026;', [{ kind: 'on', text: '01/6/2026', date: '2026-06-01' }]],
  ['LĐTB&XH thị xã Quảng Trị trước ngày 12/7/2024.', [{ kind: 'by', date: '2024-07-12' }]],
  // Province plans (fixtures/province).
  [
    '1. Tổ chức Lễ phát động Tháng hành động vì trẻ em cấp tỉnh năm 2025 vào ngày 31/5/2025 tại thành phố Cao Bằng; thăm, tặng quà cho trẻ em có hoàn cảnh đặc biệt nhân ngày Quốc tế Thiếu nhi 01/6.',
    [
      { kind: 'on', text: 'vào ngày 31/5/2025', date: '2025-05-31' },
      { kind: 'on', text: '01/6', date: '2025-06-01' },
    ],
  ],
  ['- Thời gian thực hiện: Quý II, III năm 2025.', [{ kind: 'quarters', quarters: ['2025-Q2', '2025-Q3'], start: '2025-04-01', end: '2025-09-30' }]],
  [
    '- Báo cáo 6 tháng gửi về Sở Y tế trước ngày 10/6/2025 và báo cáo năm trước ngày 20/11/2025.',
    [
      { kind: 'by', text: 'trước ngày 10/6/2025', date: '2025-06-10' },
      { kind: 'by', text: 'trước ngày 20/11/2025', date: '2025-11-20' },
    ],
  ],
  [
    'UBND các huyện, thị xã, thành phố báo cáo kết quả thực hiện công tác trẻ em 6 tháng đầu năm trước ngày 05/5/2025 và báo cáo năm trước ngày 15/11/2025 về Sở Y tế',
    [
      { kind: 'by', text: 'trước ngày 05/5/2025', date: '2025-05-05' },
      { kind: 'by', text: 'trước ngày 15/11/2025', date: '2025-11-15' },
    ],
  ],
  ['2. Thời gian: Từ ngày 20/5/2024 đến ngày 30/6/2024.', [{ kind: 'range', start: '2024-05-20', end: '2024-06-30' }]],
];

function check(input: string, expected: Expected[]): void {
  const found = findTimings(input, PLAN_2025);
  expect(found.map((m) => ({ ...m.timing, text: m.text }))).toMatchObject(expected);
  for (const match of found) {
    expect(input.slice(match.index, match.end)).toBe(match.text);
    expect(match.timing.text).toBe(match.text);
    expect(() => Timing.parse(match.timing)).not.toThrow();
  }
}

describe('findTimings', () => {
  it.each(CASES)('%j', check);
  describe('corpus sentences', () => {
    it.each(CORPUS_CASES)('%j', check);
  });

  it('leaves an unwritten year unknown when the plan year is unknown', () => {
    const [match] = findTimings('trước ngày 05/7', { year: null });
    expect(match?.timing).toMatchObject({ kind: 'by', date: null });
    const [quarters] = findTimings('Quý II', { year: null });
    expect(quarters?.timing).toMatchObject({ kind: 'quarters', quarters: [], start: null, end: null });
  });

  it('takes a written year over the plan year', () => {
    expect(findTimings('trước ngày 10/7/2024', { year: 2025 })[0]?.timing.date).toBe('2024-07-10');
  });

  it('uses the reference year when no plan year is given', () => {
    expect(findTimings('trong tháng 6', { year: null, reference: new Date(2024, 5, 1) })[0]?.timing).toMatchObject({ start: '2024-06-01', end: '2024-06-30' });
  });

  describe('impossible dates are reported, not rolled over', () => {
    it.each([
      ['31/6/2025', 'on', { day: 31, month: 6, year: 2025 }],
      ['trước ngày 31/6/2025', 'by', { day: 31, month: 6, year: 2025 }],
      ['ngày 29/2/2025', 'on', { day: 29, month: 2, year: 2025 }],
      ['ngày 31 tháng 4 năm 2025', 'on', { day: 31, month: 4, year: 2025 }],
      ['chậm nhất ngày 31/9', 'by', { day: 31, month: 9, year: null }],
    ])('%s', (input, kind, invalid) => {
      const [match] = findTimings(input, PLAN_2025);
      expect(match).toMatchObject({ text: input, invalid, timing: { kind, date: null } });
    });
    it('29/2 in a leap year is a date', () => {
      expect(findTimings('ngày 29/2/2024', PLAN_2025)[0]).toMatchObject({ timing: { date: '2024-02-29' } });
      expect(findTimings('ngày 29/2/2024', PLAN_2025)[0]?.invalid).toBeUndefined();
    });
    it('an impossible end of a range', () => {
      const [match] = findTimings('từ ngày 01/6/2025 đến ngày 31/6/2025', PLAN_2025);
      expect(match).toMatchObject({ timing: { kind: 'range', start: '2025-06-01', end: null }, invalid: { day: 31, month: 6 } });
    });
  });

  it('does not depend on the time zone or the reference time of day', () => {
    const late = findTimings('trước ngày 01/1/2026', { year: 2025, reference: new Date(2025, 11, 31, 23, 59) });
    expect(late[0]?.timing.date).toBe('2026-01-01');
  });

  it('finds offsets that index the text, in order, without overlaps (any input)', () => {
    const pieces = fc.constantFrom(
      'trước ngày ', 'ngày ', '10/7/2025', '05/7', ' và ', ' đến ', 'Quý II', ', IV', ' năm 2025', 'tháng 5', '/2026',
      'Thường xuyên', ' trong năm', '\n', '- ', ': ', 'định kỳ ', '06 tháng', 'hằng quý', '31/6', 'Từ ', ' - ', '.', 'ẻ', 'x',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const match of findTimings(text, PLAN_2025)) {
          expect(text.slice(match.index, match.end)).toBe(match.text);
          expect(match.index).toBeGreaterThanOrEqual(last);
          expect(() => Timing.parse(match.timing)).not.toThrow();
          last = match.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
