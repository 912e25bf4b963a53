/**
 * Negative cases of the citation grammar: text that must not read as a citation, a date that belongs
 * to another clause, a citation that is not the plan's own. One form per case, each the counterpart of
 * a positive form in grammar.test.ts or of a rule of the opening.
 */
import { describe, expect, it } from 'vitest';
import { findCitations, issuerAt, namedCitationAt, numberAt } from '../../../packages/core/src/citations/index.js';
import { extractImplements } from '../../../packages/core/src/extract/implements.js';
import { contextOf } from '../extract/header-helpers.js';

describe('not citations', () => {
  it.each([
    ['"Kế hoạch" as a common noun', 'UBND huyện xây dựng kế hoạch phòng, chống thiên tai năm 2025.'],
    ['"Kế hoạch" as a common noun with a year', 'Các xã xây dựng Kế hoạch năm 2025 trước ngày 10/6/2025.'],
    ['a number in a sentence', 'Quyết định số 15 trẻ em được hỗ trợ; số 2 của danh sách.'],
    ['a count after "số"', 'Kế hoạch số lượng 120 người tham gia.'],
    ['a date alone', 'ngày 16/5/2025 và 2021-2025'],
    ['a disease name with a slash', 'phòng, chống HIV/AIDS và Covid-19'],
    ['"luật" in "pháp luật"', 'phổ biến, giáo dục pháp luật cho người lao động'],
    ['"Luật" with no name', 'Luật, nghị định và thông tư'],
    ['a programme named in quotes', 'Chương trình “Đẩy mạnh phong trào học tập suốt đời”'],
    ['a filing code', 'QĐ 129-04'],
  ])('%s', (_what, text) => {
    expect(findCitations(text)).toEqual([]);
  });

  it('reads no number after a blank one, and no symbol that is a word ("- Về việc")', () => {
    expect(numberAt('/QĐ-UBND ngày /10/2016', 0)).toBeNull();
    expect(numberAt('12/QĐ-UBND - Về việc', 0)?.number).toBe('12/QĐ-UBND');
  });

  it('names no document without a capital after the type word, nor one with a number', () => {
    expect(namedCitationAt('Kế hoạch của UBND huyện', 0)).toBeNull();
    expect(namedCitationAt('kế hoạch Phòng, chống thiên tai', 0)).toBeNull();
    expect(namedCitationAt('Kế hoạch số 12/KH-UBND', 0)).toBeNull();
  });

  it('reads no issuer where "của" is followed by something else', () => {
    expect(findCitations('Kế hoạch số 12/KH-UBND của các sở, ngành')[0]?.issuer).toBeNull();
    expect(issuerAt('Bộ phận một cửa', 0)).toBeNull();
  });
});

describe('dates that belong to another clause', () => {
  it('takes no date after a full stop or after the issuer', () => {
    expect(findCitations('Kế hoạch số 12/KH-UBND. Ngày 16/5/2025, UBND huyện họp.')[0]?.issuedOn).toBeNull();
    expect(findCitations('Kế hoạch số 12/KH-UBND của UBND tỉnh, ngày 16/5/2025 UBND huyện ban hành')[0]?.issuedOn).toBeNull();
  });

  it('does not take the year of a law\'s number as its date', () => {
    expect(findCitations('Luật Dược số 105/2016/QH13')[0]?.issuedOn).toBeNull();
  });

  it('shares a date only between numbers written one after the other', () => {
    const [first] = findCitations('Nghị quyết số 19-NQ/TW về đổi mới; Nghị quyết số 20-NQ/TW ngày 25/10/2017');
    expect(first?.issuedOn).toBeNull();
  });

  it('joins no stray capitals that no other citation confirms', () => {
    expect(findCitations('Quyết định số 64/QĐ-BGTVT NGÀY nào đó')[0]?.number).toBe('64/QĐ-BGTVT');
    expect(findCitations('Thông tư 01/2016/TT-BGD ĐT của Bộ')[0]?.number).toBe('01/2016/TT-BGD');
  });
});

describe('not the plan\'s opening citations', () => {
  it('leaves out a document mentioned in a narrative sentence', async () => {
    const ctx = await contextOf(['KẾ HOẠCH', 'Phòng, chống HIV/AIDS', 'Sau 15 năm thực hiện Chỉ thị số 54-CT/TW, ngày 30/11/2005 của Ban Bí thư, công tác đạt kết quả.', 'Để thực hiện tốt Chỉ thị số 07-CT/TW, ngày 06/7/2021 của Ban Bí thư, UBND tỉnh ban hành Kế hoạch như sau:', 'I. MỤC ĐÍCH']);
    expect(extractImplements(ctx).map((r) => [r.documentNumber, r.role])).toEqual([['07-CT/TW', 'implements']]);
  });

  it('leaves out the plan\'s own number in its own clause', async () => {
    const ctx = await contextOf(['KẾ HOẠCH', 'Tiêu đề', 'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của UBND tỉnh, UBND huyện ban hành Kế hoạch số 9/KH-UBND như sau:', 'I. A']);
    expect(extractImplements(ctx).map((r) => r.documentNumber)).toEqual(['1420/KH-UBND']);
  });

  it('reads nothing the body cites, nor what the title cites', async () => {
    const ctx = await contextOf(['KẾ HOẠCH', 'TRIỂN KHAI QUYẾT ĐỊNH SỐ 64/QĐ-BGTVT NGÀY 22/01/2024', 'I. MỤC ĐÍCH', '1. Thực hiện Kế hoạch số 1/KH-UBND ngày 1/1/2025.']);
    expect(extractImplements(ctx)).toEqual([]);
  });

  it('lists a document cited twice once, with the role it was first cited with', async () => {
    const ctx = await contextOf(['KẾ HOẠCH', 'Tiêu đề', 'Căn cứ Quyết định số 1248/QĐ-TTg ngày 19/7/2021; Thực hiện Quyết định số 1248/QĐ-TTg ngày 19/7/2021, UBND tỉnh ban hành Kế hoạch như sau:', 'I. A']);
    expect(extractImplements(ctx).map((r) => [r.documentNumber, r.role])).toEqual([['1248/QĐ-TTg', 'basis']]);
  });

  it('gives "Nhằm ..." (a purpose) no role: its clause cites nothing', async () => {
    const ctx = await contextOf(['KẾ HOẠCH', 'Tiêu đề', 'Nhằm thực hiện tốt Kế hoạch số 5/KH-UBND, UBND xã xây dựng Kế hoạch như sau:', 'I. A']);
    expect(extractImplements(ctx)).toEqual([]);
  });
});
