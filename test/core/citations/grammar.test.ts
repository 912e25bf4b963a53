/**
 * The citation grammar (packages/core/src/citations): every form the issue lists, one case each.
 * Negative cases (what must not read as a citation) are in negative.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { citationKey, findCitations, issuerAt, namedCitationAt, numberAt, typeOfNumber } from '../../../packages/core/src/citations/index.js';

/** The citations of a text as [type, number or name, date]. */
function cites(text: string): Array<[string, string | null, string | null]> {
  return findCitations(text).map((c) => [c.type.name, c.number ?? c.name, c.issuedOn]);
}

describe('document types', () => {
  it.each([
    ['Luật Trẻ em năm 2016', 'Luật', 'Luật Trẻ em', '2016'],
    ['Bộ luật Lao động năm 2019', 'Bộ luật', 'Bộ luật Lao động', '2019'],
    ['Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021', 'Nghị quyết', '28/NQ-CP', '2021-03-03'],
    ['Nghị định số 56/2017/NĐ-CP ngày 09/5/2017', 'Nghị định', '56/2017/NĐ-CP', '2017-05-09'],
    ['Quyết định số 1248/QĐ-TTg ngày 19/7/2021', 'Quyết định', '1248/QĐ-TTg', '2021-07-19'],
    ['Chỉ thị số 28-CT/TW ngày 25/12/2023', 'Chỉ thị', '28-CT/TW', '2023-12-25'],
    ['Thông tư số 28/2019/TT-BLĐTBXH ngày 26/12/2019', 'Thông tư', '28/2019/TT-BLĐTBXH', '2019-12-26'],
    ['Thông tư liên tịch số 06/2013/TTLT-BLĐTBXH-BYT ngày 01/3/2013', 'Thông tư liên tịch', '06/2013/TTLT-BLĐTBXH-BYT', '2013-03-01'],
    ['Kế hoạch số 1420/KH-UBND ngày 16/5/2025', 'Kế hoạch', '1420/KH-UBND', '2025-05-16'],
    ['Công văn số 1024/LĐTBXH-TE ngày 20/3/2025', 'Công văn', '1024/LĐTBXH-TE', '2025-03-20'],
    ['Hướng dẫn số 12/HD-SYT ngày 02/4/2025', 'Hướng dẫn', '12/HD-SYT', '2025-04-02'],
    ['Chương trình hành động số 38-CTr/TU ngày 26/12/2012', 'Chương trình', '38-CTr/TU', '2012-12-26'],
    ['Đề án số 05-ĐA/TU ngày 10/10/2021', 'Đề án', '05-ĐA/TU', '2021-10-10'],
    ['Kết luận số 132-KL/TW ngày 18/3/2025', 'Kết luận', '132-KL/TW', '2025-03-18'],
    ['Thông báo kết luận số 412-TB/TU ngày 05/01/2024', 'Thông báo', '412-TB/TU', '2024-01-05'],
    ['Điều lệ số 01-ĐL/TW ngày 02/02/2022', 'Điều lệ', '01-ĐL/TW', '2022-02-02'],
    ['Quy định số 09-QĐi/TW ngày 13/11/2018', 'Quy định', '09-QĐi/TW', '2018-11-13'],
    ['Nghị quyết số 09-NQ/TU ngày 15/6/2021', 'Nghị quyết', '09-NQ/TU', '2021-06-15'],
    ['Kế hoạch số 225-KH/TWĐTN-CTTN ngày 16/5/2024', 'Kế hoạch', '225-KH/TWĐTN-CTTN', '2024-05-16'],
  ])('%s', (text, type, id, date) => {
    expect(cites(text)).toEqual([[type, id, date]]);
  });
});

describe('numbers', () => {
  it('reads every number form, without the stray spaces of web copies', () => {
    expect(numberAt('225 - KH/TWĐTN-CTTN', 0)?.number).toBe('225-KH/TWĐTN-CTTN');
    expect(numberAt('36 /KH - UBND |', 0)?.number).toBe('36/KH-UBND');
    expect(numberAt('56    /KH-UBND', 0)?.number).toBe('56/KH-UBND');
    expect(numberAt('105/2016/QH13;', 0)).toMatchObject({ number: '105/2016/QH13', year: 2016 });
    expect(numberAt('31/CT-TTG NGÀY', 0)?.number).toBe('31/CT-TTG');
    expect(numberAt('7050/QKCHT&ATGT ngày', 0)?.number).toBe('7050/QKCHT&ATGT');
    expect(numberAt('/KH-UBND', 0, true)).toMatchObject({ number: null, symbol: 'KH-UBND' });
  });

  it('keys numbers so that case and spacing do not count', () => {
    expect(citationKey({ number: '31/CT-TTG', name: null })).toBe(citationKey({ number: '31/CT-TTg', name: null }));
    expect(citationKey({ number: null, name: 'Luật Trẻ em' })).toBe(citationKey({ number: null, name: 'Luật trẻ em' }));
  });

  it('names a number\'s type from its symbol', () => {
    expect(typeOfNumber('1400/QĐ-TTg')?.name).toBe('Quyết định');
    expect(typeOfNumber('28-CT/TW')?.name).toBe('Chỉ thị');
    expect(typeOfNumber('2731/UBND-NN')?.name).toBe('Công văn');
  });

  it('takes "số N" after "các Quyết định của ...:" with its type from the symbol', () => {
    expect(cites('Căn cứ các Quyết định của Thủ tướng Chính phủ: số 1400/QĐ-TTg ngày 30/9/2008 về việc ...')).toEqual([['Quyết định', '1400/QĐ-TTg', '2008-09-30']]);
  });

  it('joins a symbol split by a stray space only when the whole number is cited elsewhere', () => {
    expect(cites('Thông tư số 01/2016/TT-BGDĐT ngày 15/01/2016; Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016')).toEqual([
      ['Thông tư', '01/2016/TT-BGDĐT', '2016-01-15'],
      ['Thông tư', '01/2016/TT-BGDĐT', '2016-01-15'],
    ]);
    expect(cites('QUYẾT ĐỊNH SỐ 64/QĐ-BGTVT NGÀY 22/01/2024')).toEqual([['Quyết định', '64/QĐ-BGTVT', '2024-01-22']]);
  });
});

describe('dates', () => {
  it.each([
    ['Kế hoạch số 99/KH-UBND, ngày 03/4/2025', '2025-04-03'],
    ['Thông tư số 32/2020/TT-BGDĐT , ngày 15/9/2020', '2020-09-15'],
    ['Kế hoạch số 1/KH-UBND ngày 16-5-2025', '2025-05-16'],
    ['Kế hoạch số 1/KH-UBND ngày 16.5.2025', '2025-05-16'],
    ['Nghị định số 145/2013/NĐ-CP ngày 29 tháng 10 năm 2013', '2013-10-29'],
    ['Nghị quyết số 20-NQ/TW ngày\n25/10/2017', '2017-10-25'],
    ['Quyết định số 31/2009/QĐ-TTg ngày 24 tháng\n02 năm 2009', '2009-02-24'],
    ['NGHỊ QUYẾT SỐ 1313/NQ-UBTVQH15 NGÀY 25\nTHÁNG 9 NĂM 2024', '2024-09-25'],
    ['Nghị định số: 02/2019/NĐ-CP ngày 02/1/2019', '2019-01-02'],
    ['Luật Phòng, chống thiên tai được Quốc hội thông qua ngày 19 tháng 6 năm 2013', '2013-06-19'],
    ['Kế hoạch số 65/KH-UBND của UBND tỉnh', null],
  ])('%s', (text, date) => {
    expect(findCitations(text)[0]?.issuedOn).toBe(date);
  });

  it('gives two numbers written before one date that date', () => {
    expect(cites('Căn cứ Nghị quyết số 19-NQ/TW, Nghị quyết số 20-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu')).toEqual([
      ['Nghị quyết', '19-NQ/TW', '2017-10-25'],
      ['Nghị quyết', '20-NQ/TW', '2017-10-25'],
    ]);
  });
});

describe('issuers', () => {
  it.each([
    ['Thủ tướng Chính phủ về việc', 'Thủ tướng Chính phủ', 'national', null],
    ['Thủ tướng Chính Phủ về', 'Thủ tướng Chính phủ', 'national', null],
    ['Chính phủ quy định', 'Chính phủ', 'national', null],
    ['Bộ Y tế ban hành', 'Bộ Y tế', 'national', null],
    ['Bộ trưởng Bộ Lao động - Thương binh và Xã hội hướng dẫn', 'Bộ trưởng Bộ Lao động - Thương binh và Xã hội', 'national', null],
    ['Ban Chấp hành Trung ương Đảng', 'Ban Chấp hành Trung ương Đảng', 'national', null],
    ['Bộ Chính trị về', 'Bộ Chính trị', 'national', null],
    ['Ban Bí thư Trung ương Đảng khóa IX về', 'Ban Bí thư Trung ương Đảng khóa IX', 'national', null],
    ['Ban Thường vụ Tỉnh ủy thực hiện', 'Ban Thường vụ Tỉnh ủy', 'province', null],
    ['Tỉnh ủy Vĩnh Phúc về việc', 'Tỉnh ủy Vĩnh Phúc', 'province', 'Vĩnh Phúc'],
    ['Ủy ban nhân dân tỉnh Cao Bằng về', 'Ủy ban nhân dân tỉnh Cao Bằng', 'province', 'Cao Bằng'],
    ['UBND thị xã Quảng Trị về', 'Ủy ban nhân dân thị xã Quảng Trị', 'district', 'Quảng Trị'],
    ['UBND tỉnh triển khai', 'Ủy ban nhân dân tỉnh', 'province', null],
    ['Hội đồng nhân dân Thành phố Hồ Chí Minh về', 'Hội đồng nhân dân thành phố Hồ Chí Minh', 'province', 'Hồ Chí Minh'],
    ['HĐND huyện Hạ Lang', 'Hội đồng nhân dân huyện Hạ Lang', 'district', 'Hạ Lang'],
    ['Chủ tịch UBND tỉnh Vĩnh Phúc tại', 'Chủ tịch UBND tỉnh Vĩnh Phúc', 'province', 'Vĩnh Phúc'],
    ['Hội đồng Thi đua - Khen thưởng tỉnh Cao Bằng', 'Hội đồng Thi đua - Khen thưởng tỉnh Cao Bằng', 'province', 'Cao Bằng'],
    ['Ủy ban Thường vụ Quốc hội về', 'Ủy ban Thường vụ Quốc hội', 'national', null],
    ['Đảng ủy xã Giao Thiện về', 'Đảng ủy xã Giao Thiện', 'commune', 'Giao Thiện'],
  ])('%s', (text, name, level, locality) => {
    expect(issuerAt(text, 0)).toMatchObject({ name, level, locality });
  });

  it('reads the issuer after "của" (and the typo "cảu")', () => {
    expect(findCitations('Chỉ thị số 34/CT-TTg ngày 11/12/2014 của Thủ tướng Chính phủ về việc')[0]?.issuer?.name).toBe('Thủ tướng Chính phủ');
    expect(findCitations('Nghị định số 02/2019/NĐ-CP ngày 02/1/2019 cảu Chính phủ về')[0]?.issuer?.name).toBe('Chính phủ');
  });
});

describe('laws by name', () => {
  it.each([
    ['Căn cứ Luật Trẻ em năm 2016;', 'Luật Trẻ em', '2016'],
    ['Căn cứ Luật Trẻ em 2016;', 'Luật Trẻ em', '2016'],
    ['Thực hiện Luật phòng, chống\nthiên tai và các văn bản hướng dẫn thi hành;', 'Luật phòng, chống thiên tai', null],
    ['- Luật Phòng chống bệnh truyền\nnhiễm ngày 21 tháng 11 năm 2007;', 'Luật Phòng chống bệnh truyền nhiễm', '2007-11-21'],
    ['Thực hiện Luật Phổ biến, giáo dục\npháp luật năm 2012 và Quyết định', 'Luật Phổ biến, giáo dục pháp luật', '2012'],
    ['Căn cứ Luật Thú y ngày 19/6/2015;', 'Luật Thú y', '2015-06-19'],
    ['Luật Hôn nhân và gia đình, Luật Giáo dục', 'Luật Hôn nhân và gia đình', null],
    [
      'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;',
      'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương',
      '2019-11-22',
    ],
  ])('%s', (text, name, date) => {
    const law = findCitations(text).find((c) => c.type.name === 'Luật');
    expect(law).toMatchObject({ name, issuedOn: date, number: null });
  });

  it('cites a law with a number by its number', () => {
    expect(findCitations('- Luật Dược số 105/2016/QH13;')[0]).toMatchObject({ number: '105/2016/QH13', name: null, issuedOn: null });
  });

  it('reads a document named without a number where a list item starts', () => {
    const text = 'Kế hoạch Phòng, chống thiên tai tỉnh Hải Dương đến năm 2025, UBND tỉnh ban hành';
    expect(namedCitationAt(text, 0)).toMatchObject({ type: { name: 'Kế hoạch' }, number: null, name: 'Kế hoạch Phòng, chống thiên tai tỉnh Hải Dương' });
  });
});
