import { describe, expect, it } from 'vitest';
import { parseDate, parsePlaceDate } from '../../../../packages/core/src/extract/dates/index.js';
import { normalizeText } from '../../../../packages/core/src/normalize/index.js';

describe('parsePlaceDate', () => {
  it.each([
    ['Hạ Lang, ngày    tháng 5 năm 2025', 'Hạ Lang', '2025-05'],
    ['Hạ Lang, ngày tháng 5 năm 2025', 'Hạ Lang', '2025-05'],
    ['Lý Sơn, ngày     tháng 4 năm 2025', 'Lý Sơn', '2025-04'],
    ['Bắc Kạn, ngày ... tháng 5 năm 2026', 'Bắc Kạn', '2026-05'],
    ['Cao Bằng, ngày …… tháng …… năm 2025', 'Cao Bằng', '2025'],
    ['Cao Bằng, ngày 16 tháng 5 năm 2025', 'Cao Bằng', '2025-05-16'],
    ['Phường 1, ngày 20 tháng 5 năm 2024', 'Phường 1', '2024-05-20'],
    ['TP. Hồ Chí Minh, ngày 02 tháng 6 năm 2025', 'TP. Hồ Chí Minh', '2025-06-02'],
    ['Chi Lăng, ngày 16/5/2025', 'Chi Lăng', '2025-05-16'],
    ['ngày 16/5/2025', null, '2025-05-16'],
  ])('%j', (line, place, date) => {
    const found = parsePlaceDate(line);
    expect(found).toMatchObject({ place, date });
    expect(found && line.slice(found.index, found.end).trim()).toBe(line.trim());
  });

  it('finds the place-date beside a document number in a flattened two-column header', () => {
    const line = 'Số: 1420/KH-UBND Cao Bằng, ngày 16 tháng 5 năm 2025';
    const found = parsePlaceDate(line);
    expect(found).toMatchObject({ place: 'Cao Bằng', date: '2025-05-16' });
    expect(line.slice(found?.index, found?.end)).toBe('Cao Bằng, ngày 16 tháng 5 năm 2025');
  });

  it('reads the NFD line of chi-lang once normalized', () => {
    expect(parsePlaceDate(normalizeText('Chi Lăng, ngày 16 tháng 4 năm 2025'.normalize('NFD')))).toMatchObject({ place: 'Chi Lăng', date: '2025-04-16' });
  });

  it.each(['Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của UBND tỉnh', 'KẾ HOẠCH', 'Tổng đài 111', 'trước ngày 10/7/2025'])('no place-date in %j', (line) => {
    expect(parsePlaceDate(line)).toBeNull();
  });

  it('keeps an impossible issue date as null', () => {
    expect(parsePlaceDate('Hạ Lang, ngày 31 tháng 6 năm 2025')).toMatchObject({ place: 'Hạ Lang', date: null });
  });
});

describe('parseDate', () => {
  it.each([
    ['16/5/2025', { year: null }, '2025-05-16'],
    ['ngày 16 tháng 5 năm 2025', { year: null }, '2025-05-16'],
    ['16/5', { year: 2024 }, '2024-05-16'],
    ['ngày 16 tháng 5', { year: 2024 }, '2024-05-16'],
    ['Kế hoạch số 1420/KH-UBND ngày 16/5/2025', { year: null }, '2025-05-16'],
    ['trước ngày 10/7/2025', { year: null }, '2025-07-10'],
    ['16/5', { year: null }, null],
    ['31/6/2025', { year: null }, null],
    ['tháng 5/2026', { year: null }, null],
    ['ngày tháng 5 năm 2025', { year: null }, null],
  ])('%j with %j', (text, context, expected) => {
    expect(parseDate(text, context)).toBe(expected);
  });

  it('ignores the reference year when the plan year is given', () => {
    expect(parseDate('05/7', { year: 2025, reference: new Date(2030, 0, 1) })).toBe('2025-07-05');
  });
});

describe('parsePlaceDate on a hard-wrapped line', () => {
  it('does not take a cited date at the start of a line for an issue date', () => {
    expect(parsePlaceDate('09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em; triển')).toBeNull();
  });
});
