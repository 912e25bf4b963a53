import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../packages/core/src/extract/clauses.js';

/** Each clause as [its text, its subject or null]. */
const clauses = (text: string, level: 'province' | 'district' | 'commune' = 'province') =>
  splitClauses(text, { level }).map((c) => [text.slice(c.start, c.end).trim(), c.subject ? text.slice(c.subject.start, c.subject.end) : null]);

describe('splitClauses', () => {
  it('cuts at ";" and gives each clause its own subject', () => {
    expect(clauses('Các sở, ngành, Ủy ban nhân dân các huyện báo cáo kết quả về Sở Y tế trước ngày 20/12; Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế trước ngày 28/12.')).toEqual([
      ['Các sở, ngành, Ủy ban nhân dân các huyện báo cáo kết quả về Sở Y tế trước ngày 20/12;', 'Các sở, ngành, Ủy ban nhân dân các huyện'],
      ['Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế trước ngày 28/12.', 'Sở Y tế'],
    ]);
  });

  it('cuts at a comma or "và" that a new subject and its predicate follow', () => {
    expect(clauses('UBND các xã báo cáo Phòng Y tế trước ngày 15/12, Phòng Y tế tổng hợp báo cáo Sở Y tế trước ngày 20/12.', 'district')).toEqual([
      ['UBND các xã báo cáo Phòng Y tế trước ngày 15/12,', 'UBND các xã'],
      ['Phòng Y tế tổng hợp báo cáo Sở Y tế trước ngày 20/12.', 'Phòng Y tế'],
    ]);
    expect(clauses('UBND các xã báo cáo Phòng Y tế trước ngày 15/12 và Phòng Y tế tổng hợp báo cáo Sở Y tế trước ngày 20/12.', 'district')).toEqual([
      ['UBND các xã báo cáo Phòng Y tế trước ngày 15/12', 'UBND các xã'],
      ['và Phòng Y tế tổng hợp báo cáo Sở Y tế trước ngày 20/12.', 'Phòng Y tế'],
    ]);
  });

  it('does not cut inside a list of agencies, of partners or of recipients', () => {
    const one = (text: string) => expect(clauses(text)).toHaveLength(1);
    one('Các sở, ngành, Ủy ban nhân dân các huyện, thành phố báo cáo kết quả về Sở Y tế trước ngày 20/12.');
    one('Sở Y tế phối hợp với Sở Tư pháp, Sở Giáo dục và Đào tạo tổ chức kiểm tra trước ngày 30/9.');
    one('Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế trước ngày 28/12.');
    one('Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động.');
    one('Báo cáo gửi về UBND huyện (qua Phòng Y tế; Văn phòng HĐND-UBND huyện tổng hợp) trước ngày 10/7.');
  });

  it('goes on after "đồng thời" without a subject, and after "Đề nghị" reads who is requested', () => {
    const text = 'UBND phường đề nghị các ngành, cơ quan, đơn vị liên quan và các khu phố phối hợp triển khai thực hiện; đồng thời báo cáo kết quả thực hiện về UBND phường trước ngày 10/7/2024.';
    expect(clauses(text, 'commune')).toEqual([
      ['UBND phường đề nghị các ngành, cơ quan, đơn vị liên quan và các khu phố phối hợp triển khai thực hiện;', 'các ngành, cơ quan, đơn vị liên quan và các khu phố'],
      ['đồng thời báo cáo kết quả thực hiện về UBND phường trước ngày 10/7/2024.', null],
    ]);
    expect(clauses('Phòng Y tế tổng hợp kết quả, đồng thời báo cáo UBND huyện.', 'district').map((c) => c[1])).toEqual(['Phòng Y tế', null]);
  });

  it('cuts at a colon a new subject follows, and keeps sentences apart', () => {
    expect(clauses('1. Báo cáo 6 tháng: Các cơ quan, đơn vị báo cáo về UBND huyện trước ngày 15/6.', 'district')).toEqual([
      ['1. Báo cáo 6 tháng:', null],
      ['Các cơ quan, đơn vị báo cáo về UBND huyện trước ngày 15/6.', 'Các cơ quan, đơn vị'],
    ]);
    expect(clauses('Các cơ quan báo cáo định kỳ: Định kỳ báo cáo 06 tháng (trước ngày 15/5/2025).', 'district')).toHaveLength(1);
    const two = splitClauses('Sở Y tế chủ trì. Công an tỉnh phối hợp.', { level: 'province' });
    expect(two.map((c) => c.sentence.start)).toEqual([0, 17]);
  });

  it('reads the subject after a list marker', () => {
    expect(clauses('- UBND các huyện, thành phố xây dựng kế hoạch trước ngày 25/5.')).toEqual([
      ['- UBND các huyện, thành phố xây dựng kế hoạch trước ngày 25/5.', 'UBND các huyện, thành phố'],
    ]);
  });

  it('stays linear on a long paragraph of clauses', () => {
    const text = 'UBND các xã báo cáo Phòng Y tế trước ngày 15/12; '.repeat(4000);
    const started = performance.now();
    expect(splitClauses(text, { level: 'district' })).toHaveLength(4000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
