import { describe, expect, it } from 'vitest';
import { extractDocumentNumber } from '../../../packages/core/src/extract/document-number.js';
import { extractIssued } from '../../../packages/core/src/extract/issued.js';
import { extractIssuer } from '../../../packages/core/src/extract/issuer.js';
import { extractKind } from '../../../packages/core/src/extract/kind.js';
import { extractTitle } from '../../../packages/core/src/extract/title.js';
import { extractYear } from '../../../packages/core/src/extract/year.js';
import { at, contextOf } from './header-helpers.js';

const HEADER = [
  'ỦY BAN NHÂN DÂN',
  'HUYỆN HẠ LANG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 1420/KH-UBND',
  'Hạ Lang, ngày 16 tháng 5 năm 2025',
  'KẾ HOẠCH',
  'Triển khai Tháng hành động vì trẻ em năm 2025',
  'trên địa bàn huyện Hạ Lang',
  'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của UBND tỉnh Cao Bằng, UBND huyện Hạ Lang ban hành Kế hoạch như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
];

describe('extractDocumentNumber', () => {
  it('reads number and symbol from the header', async () => {
    const ctx = await contextOf(HEADER);
    const { number, symbol } = extractDocumentNumber(ctx);
    expect(number?.text).toBe('1420/KH-UBND');
    expect(symbol?.text).toBe('KH-UBND');
    expect(at(ctx, number!.span)).toBe('1420/KH-UBND');
    expect(ctx.diagnostics).toEqual([]);
  });

  it('gives null for a draft with a blank number, keeps the symbol and says so', async () => {
    const ctx = await contextOf(['Số:         /KH-UBND', 'KẾ HOẠCH', 'Tiêu đề', 'I. MỤC ĐÍCH']);
    const { number, symbol } = extractDocumentNumber(ctx);
    expect(number).toBeNull();
    expect(symbol?.text).toBe('KH-UBND');
    expect(ctx.diagnostics.map((d) => d.ruleId)).toEqual(['document-number/blank']);
  });

  it('does not read "Kế hoạch số ..." in the introduction as the number', async () => {
    const ctx = await contextOf(['KẾ HOẠCH', 'Tiêu đề', 'Thực hiện Kế hoạch số 65/KH-UBND ngày 31/3/2025', 'I. MỤC ĐÍCH']);
    expect(extractDocumentNumber(ctx)).toEqual({ number: null, value: null, symbol: null });
  });

  it('reads an official letter number', async () => {
    const ctx = await contextOf(['Số: 12/UBND-VX', 'V/v triển khai', 'I. NỘI DUNG']);
    expect(extractDocumentNumber(ctx).number?.text).toBe('12/UBND-VX');
  });
});

describe('extractIssued', () => {
  it('reads place and full date', async () => {
    const ctx = await contextOf(HEADER);
    const issued = extractIssued(ctx);
    expect(issued.place?.text).toBe('Hạ Lang');
    expect(issued.issuedOn).toBe('2025-05-16');
    expect(at(ctx, issued.place!.span)).toBe('Hạ Lang');
  });

  it('reads a header line a PDF merged with the number', async () => {
    const ctx = await contextOf(['Số: 1420/KH-UBND Cao Bằng, ngày 16 tháng 5 năm 2025', 'I. A']);
    expect(extractIssued(ctx)).toMatchObject({ place: { text: 'Cao Bằng' }, issuedOn: '2025-05-16' });
    expect(extractDocumentNumber(ctx).number?.text).toBe('1420/KH-UBND');
  });

  it('keeps a partial date when the day or month is blank', async () => {
    const ctx = await contextOf(['Lý Sơn, ngày     tháng 4 năm 2025', 'KẾ HOẠCH', 'I. A']);
    expect(extractIssued(ctx)).toMatchObject({ place: { text: 'Lý Sơn' }, issuedOn: '2025-04' });
    const ctx2 = await contextOf(['Bắc Kạn, ngày tháng năm 2026', 'I. A']);
    expect(extractIssued(ctx2).issuedOn).toBe('2026');
  });

  it('does not take a date that is part of the body', async () => {
    const ctx = await contextOf(['I. NỘI DUNG', 'Hạ Lang, ngày 16 tháng 5 năm 2025']);
    expect(extractIssued(ctx)).toEqual({ place: null, issuedOn: null, date: null });
  });

});

describe('extractTitle', () => {
  it('joins the summary lines after KẾ HOẠCH with a space', async () => {
    const ctx = await contextOf(HEADER);
    expect(extractTitle(ctx)?.text).toBe('Triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn huyện Hạ Lang');
  });

  it('is null without a type name', async () => {
    const ctx = await contextOf(['Thực hiện Kế hoạch số 99/KH-UBND của UBND tỉnh Lạng Sơn.', 'I. MỤC ĐÍCH']);
    expect(extractTitle(ctx)).toBeNull();
  });

  it('stops at a rule under the title', async () => {
    const ctx = await contextOf(['KẾ HOẠCH', 'Công tác trẻ em năm 2025', '_______________', 'Căn cứ Luật Trẻ em;', 'I. A']);
    expect(extractTitle(ctx)?.text).toBe('Công tác trẻ em năm 2025');
  });
});

describe('extractYear', () => {
  it('prefers the title, then the own clause of the opening; the date of issue does not say', async () => {
    const ctx = await contextOf(HEADER);
    expect(extractYear(ctx, { title: extractTitle(ctx), issuedOn: '2024-12-30' })).toEqual({ year: 2025, years: null });
    const intro = await contextOf(['Thực hiện Kế hoạch số 99/KH-UBND về công tác trẻ em năm 2024. UBND huyện Chi Lăng xây dựng Kế hoạch năm 2025:', 'I. A']);
    expect(extractYear(intro, { title: null, issuedOn: null })).toEqual({ year: 2025, years: null });
    const issued = await contextOf(['I. A']);
    expect(extractYear(issued, { title: null, issuedOn: '2026-05' })).toEqual({ year: null, years: null });
    expect(extractYear(issued, { title: null, issuedOn: null })).toEqual({ year: null, years: null });
  });

  it('gives a programme its span and no single year', async () => {
    const title = (text: string) => ({ text, span: { start: 0, end: 0, page: null } });
    const ctx = await contextOf(['I. A']);
    const span = (text: string, issuedOn: string | null) => extractYear(ctx, { title: title(text), issuedOn });
    expect(span('Thực hiện Chương trình giai đoạn 2021 - 2025, định hướng đến năm 2030', '2021-10-01')).toEqual({ year: null, years: { start: 2021, end: 2025 } });
    expect(span('THỰC HIỆN CHƯƠNG TRÌNH TRỢ GIÚP NGƯỜI KHUYẾT TẬT ĐẾN NĂM 2030', '2025-10-09')).toEqual({ year: null, years: { start: 2025, end: 2030 } });
    expect(span('Công tác trẻ em năm 2026', '2025-11-20')).toEqual({ year: 2026, years: null });
    // Years of a cited document, a written date, a reviewed past are not the plan's.
    expect(span('Triển khai Nghị quyết số 1313/NQ-UBTVQH15 ngày 25 tháng 9 năm 2024 về giám sát từ năm 2009 đến hết năm 2023', '2025-05-19')).toEqual({ year: null, years: null });
    expect(span('Hoạt động mừng Đảng (3/2/1930 - 3/2/2023)', '2022-12-22')).toEqual({ year: 2023, years: null });
    expect(span('Triển khai Luật Trẻ em năm 2016', '2025-03-01')).toEqual({ year: null, years: null });
    expect(span('Mùa khô năm 2019 - 2020', '2020-01-13')).toEqual({ year: null, years: { start: 2019, end: 2020 } });
  });
});

describe('extractKind', () => {
  it('reads the kind from the title or the introduction', async () => {
    const ctx = await contextOf(HEADER);
    expect(extractKind(ctx, { title: extractTitle(ctx) })).toBe('action-month');
    const annual = await contextOf(['KẾ HOẠCH', 'Triển khai thực hiện công tác trẻ em trên địa bàn huyện Lý Sơn năm 2025', 'I. A']);
    expect(extractKind(annual, { title: extractTitle(annual) })).toBe('annual');
    const untitled = await contextOf(['Thực hiện Kế hoạch số 99/KH-UBND về việc triển khai thực hiện công tác trẻ em năm 2025.', 'I. A']);
    expect(extractKind(untitled, { title: null })).toBe('annual');
    const other = await contextOf(['KẾ HOẠCH', 'Tổ chức Hội nghị tổng kết công tác năm 2025', 'I. A']);
    expect(extractKind(other, { title: extractTitle(other) })).toBe('other');
  });
});

describe('extractIssuer', () => {
  it('reads the header lines', async () => {
    const ctx = await contextOf(HEADER);
    const issuer = extractIssuer(ctx);
    expect(issuer).toMatchObject({ name: 'Ủy ban nhân dân huyện Hạ Lang', level: 'district', locality: 'Hạ Lang' });
    expect(at(ctx, issuer!.span!)).toBe('ỦY BAN NHÂN DÂN\nHUYỆN HẠ LANG');
  });

  it('reads a header merged into one line with the motto', async () => {
    const ctx = await contextOf(['ỦY BAN NHÂN DÂN PHƯỜNG BẮC KẠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'I. A']);
    expect(extractIssuer(ctx)).toMatchObject({ name: 'Ủy ban nhân dân phường Bắc Kạn', level: 'commune', locality: 'Bắc Kạn' });
  });

  it('falls back to the introduction, not to the body it cites', async () => {
    const ctx = await contextOf([
      'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng về việc triển khai, Ủy ban nhân dân (UBND) huyện Hạ Lang ban hành Kế hoạch:',
      'I. A',
    ]);
    expect(extractIssuer(ctx)).toMatchObject({ name: 'Ủy ban nhân dân huyện Hạ Lang', level: 'district', locality: 'Hạ Lang' });
  });

  it('takes the name from the title when the introduction only says "UBND huyện"', async () => {
    const ctx = await contextOf([
      'KẾ HOẠCH',
      'Triển khai thực hiện công tác trẻ em trên địa bàn huyện Lý Sơn năm 2025',
      'Thực hiện Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh triển khai thực hiện công tác trẻ em, UBND huyện ban hành Kế hoạch:',
      'I. A',
    ]);
    expect(extractIssuer(ctx)).toMatchObject({ name: 'Ủy ban nhân dân huyện Lý Sơn', level: 'district', locality: 'Lý Sơn' });
  });

  it('names a ward by number with its unit, and keeps the unit when no name is found', async () => {
    const ward = await contextOf(['Thực hiện kế hoạch, UBND phường xây dựng kế hoạch như sau:', 'I. A', '3. Phạm vi: Trên địa bàn phường 1, thị xã Quảng Trị.']);
    expect(extractIssuer(ward)).toMatchObject({ name: 'Ủy ban nhân dân phường 1', level: 'commune', locality: 'Phường 1' });
    const bare = await contextOf(['Thực hiện kế hoạch, UBND xã xây dựng kế hoạch như sau:', 'I. A']);
    expect(extractIssuer(bare)).toMatchObject({ name: 'Ủy ban nhân dân xã', level: 'commune', locality: null });
  });

  it('is null when nothing names the issuer', async () => {
    const ctx = await contextOf(['KẾ HOẠCH', 'Một kế hoạch', 'I. A']);
    expect(extractIssuer(ctx)).toBeNull();
  });
});

describe('lines helpers', () => {
  it('levelOf maps unit words to levels, "thành phố" by the city', async () => {
    const { levelOf, localityName, titleCase, calendarDate: numericDate } = await import('../../../packages/core/src/citations/index.js');
    const { fold } = await import('../../../packages/core/src/extract/lines.js');
    expect(levelOf('tỉnh', 'Cao Bằng')).toBe('province');
    expect(levelOf('Thị xã', 'Quảng Trị')).toBe('district');
    expect(levelOf('phường', '1')).toBe('commune');
    expect(levelOf('đặc khu', 'Lý Sơn')).toBe('commune');
    expect(levelOf('thành phố', 'Hà Nội')).toBe('province');
    expect(levelOf('thành phố', 'Lạng Sơn')).toBe('district');
    expect(levelOf('thành phố', null)).toBeNull();
    expect(titleCase('HẠ LANG')).toBe('Hạ Lang');
    expect(localityName('phường', '1')).toBe('Phường 1');
    expect(localityName('huyện', 'Chi\nLăng')).toBe('Chi Lăng');
    expect(numericDate('29', '2', '2024')).toBe('2024-02-29');
    expect(numericDate('29', '2', '2025')).toBeNull();
    expect(fold('THÔNG DIỆP')).toBe(fold('Thông điệp'));
  });
});
