/**
 * Text that must NOT parse as a date or timing. Each line here was a false finding of stock
 * chrono.vi or an early version of the plan grammar, or is a trap of the genre.
 */
import { describe, expect, it } from 'vitest';
import { findTimings, parseDate } from '../../../../packages/core/src/extract/dates/index.js';

const PLAN_2025 = { year: 2025, reference: new Date(2025, 0, 1, 12) };

const NOT_TIMINGS = [
  // Numbers that are not dates.
  'Tổng đài 111',
  'Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 hoạt động 24/7',
  '95%',
  'Phấn đấu 95% trẻ em dưới 06 tuổi được cấp thẻ bảo hiểm y tế',
  '01 buổi',
  'trẻ em dưới 06 tuổi',
  'trẻ em dưới 24 tháng tuổi',
  'Nuôi trẻ hoàn toàn bằng sữa mẹ trong 6 tháng đầu',
  'trong 6 tháng đầu, cho trẻ bú mẹ kéo dài đến 24 tháng tuổi',
  'trong vòng 1 giờ đầu sau sinh',
  '1.1. Công chức VH - XH',
  'giảm 2-3% so với năm trước',
  'điểm 8.5',
  'Kinh phí: 3.500.000 đồng',
  'Điện thoại: 0206.3.852.123',
  'Điều 5.12 của Luật',
  'khoản 1-2 Điều 6',
  // Document numbers (not dates).
  'Nghị định số 56/2017/NĐ-CP',
  'Nghị định số 12/2017/NĐ-CP',
  'Thông tư 28/2019/TT-BLĐTBXH',
  'số 1420/KH-UBND',
  'Số:    /KH-UBND',
  'Quyết định số 06/QĐ-TTg',
  'Chỉ thị số 28-CT/TW',
  'Luật Trẻ em 2016',
  // A cited document's issue date is not the task's timing.
  'Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ',
  'Thực hiện Kế hoạch số 99/KH-UBND, ngày 03/4/2025 của Ủy ban nhân dân',
  'theo Chỉ thị số 28-CT/TW ngày 25/12/2023 của Ban Bí thư',
  // The plan's own issue date dates the document, not a task.
  'Cao Bằng, ngày 16 tháng 5 năm 2025',
  'Số: 1420/KH-UBND\nCao Bằng, ngày 16 tháng 5 năm 2025',
  'Hạ Lang, ngày    tháng 5 năm 2025',
  // "trước ngày" alone is not "the day before".
  'trước ngày',
  'các ngày trước',
  'tháng trước',
  // Ordinary words that chrono.vi reads as dates.
  'Tháng hành động vì trẻ em năm 2025',
  'Kế hoạch thực hiện công tác trẻ em năm 2025',
  'Luật Trẻ em\n\nnăm 2016 và các văn bản hướng dẫn',
  'hôm nay',
  'lần thứ hai',
  'tháng năm',
  'năm học 2025 - 2026',
  // Bare "định kỳ" and "thường xuyên" as adverbs.
  'Tổ chức khám sức khỏe định kỳ cho trẻ em',
  'chế độ thông tin, báo cáo định kỳ và đột xuất',
  'giun theo định kỳ.',
  'Thường xuyên theo dõi thông tin trên báo chí',
  'trang bị kỹ năng sống cho trẻ em thường xuyên, hiệu quả',
  'các khu vực thường xuyên xảy ra tai nạn đuối nước',
  // Impossible as dates at all (not merely a day the month lacks).
  '32/5/2025',
  '15/13/2025',
  '0/6/2025',
  '12/25/2025',
];

describe('negative cases', () => {
  it.each(NOT_TIMINGS)('%j is not a timing', (text) => {
    expect(findTimings(text, PLAN_2025)).toEqual([]);
  });

  it('does not take an upper-case code after a date for a time zone', () => {
    const [match] = findTimings('trước ngày 10/7/2025 CT huyện', PLAN_2025);
    expect(match?.text).toBe('trước ngày 10/7/2025');
  });

  it.each(['Tổng đài 111', 'Nghị định số 56/2017/NĐ-CP', 'Thông tư 28/2019/TT-BLĐTBXH', '95%', '01 buổi', '24 tháng tuổi', 'số 1420/KH-UBND', '31/6/2025'])(
    '%j is not a date',
    (text) => {
      expect(parseDate(text, PLAN_2025)).toBeNull();
    },
  );
});
