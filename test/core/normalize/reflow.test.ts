import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectWrapWidth, isFurnitureLine, reflowLines, stripEmphasis } from '../../../packages/core/src/normalize/reflow.js';

const lines = (name: string) =>
  readFileSync(new URL(`../../../fixtures/corpus/${name}`, import.meta.url), 'utf8').normalize('NFC').split('\n');
const CHI_LANG = 'chi-lang-2025-annual.txt';
const QUANG_TRI = 'quang-tri-ward1-2024-action-month.txt';

/** Lines as a PDF extractor writes them: each followed by a blank line. */
const spaced = (...rows: string[]) => rows.flatMap((row) => [row, '']);
// Filler that makes the wrap width detectable: 24 full lines of a wrapped paragraph.
const FULL = 'phòng, chống bạo lực, xâm hại trẻ em; bảo đảm quyền được tham gia của trẻ em và';
const filler = () => ['- Tăng cường công tác tuyên truyền về bảo vệ, chăm sóc trẻ em, phòng, chống', ...Array(24).fill(FULL), 'trẻ em.'];

describe('detectWrapWidth', () => {
  it('finds the ~80 column wrap of the two PDF-extracted corpus files', () => {
    for (const name of [CHI_LANG, QUANG_TRI]) {
      const width = detectWrapWidth(lines(name));
      expect(width).toBeGreaterThanOrEqual(75);
      expect(width).toBeLessThanOrEqual(90);
    }
  });
  it.each(['ha-lang-2025-action-month.txt', 'bac-kan-2026-action-month.txt', 'ly-son-2025-annual.txt'])('declines the clean file %s', (name) => {
    expect(detectWrapWidth(lines(name))).toBeNull();
    expect(reflowLines(lines(name))).toBeNull();
  });
  it('declines hard-wrapped text without the blank line after every line', () => {
    expect(detectWrapWidth(filler())).toBeNull();
    expect(detectWrapWidth(spaced(...filler()))).not.toBeNull();
  });
});

describe('reflowLines on synthetic pages', () => {
  it('joins continuation lines and starts paragraphs at markers and short lines', () => {
    const result = reflowLines(spaced('I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', ...filler(), '2. Yêu cầu', 'Phối hợp tổ chức.'));
    expect(result?.paragraphs.map((p) => p.slice(0, 12))).toEqual(['I. MỤC ĐÍCH,', '1. Mục đích', '- Tăng cường', '2. Yêu cầu', 'Phối hợp tổ ']);
    expect(result?.paragraphs[2]).toMatch(/^- Tăng cường .* phòng, chống phòng, chống bạo lực.* trẻ em\.$/);
  });
  it('rejoins a paragraph broken by a page-footer URL and a page number, and reports them', () => {
    const url = 'https://thuvienphapluat.vn/van-ban/van-hoa-xa-hoi/nghi-dinh-56-2017-nd-cp-huong-dan-luat-tre-em-340397.aspx';
    const rows = [...filler()];
    rows.splice(10, 0, url, '', '- 3 -');
    const result = reflowLines(spaced(...rows));
    expect(result?.paragraphs).toHaveLength(1);
    expect(result?.paragraphs[0]).not.toContain('http');
    expect(result?.paragraphs[0]).not.toMatch(/ 3 /);
    expect(result?.furniture).toEqual([url, '- 3 -']);
  });
  it('keeps a real line-end hyphen joined without a space: HĐND- / UBND', () => {
    const rows = filler();
    rows.splice(5, 0, 'phòng, chống bạo lực, xâm hại trẻ em; bảo đảm quyền tham gia; giao Văn phòng HĐND-', 'UBND huyện chủ trì, phối hợp với các cơ quan, đơn vị thực hiện kế hoạch và báo');
    const text = reflowLines(spaced(...rows))?.paragraphs[0] ?? '';
    expect(text).toContain('Văn phòng HĐND-UBND huyện');
  });
  it('ends a paragraph at a sentence when the next word would have fitted on the line', () => {
    const rows = [...filler(), 'Trên đây là kế hoạch triển khai Tháng hành động vì trẻ em năm 2025.'];
    expect(reflowLines(spaced(...rows))?.paragraphs).toHaveLength(2);
  });
  it('ends the body at "./." even when the line is full', () => {
    const rows = [...filler().slice(0, -1), 'phòng, chống bạo lực, xâm hại trẻ em; bảo đảm quyền được tham gia của trẻ em./.', 'Nơi nhận:'];
    expect(reflowLines(spaced(...rows))?.paragraphs.at(-1)).toBe('Nơi nhận:');
  });
  it('treats more than one blank line as a paragraph gap', () => {
    const rows = spaced(...filler());
    rows.splice(8, 0, '', '');
    expect(reflowLines(rows)?.paragraphs).toHaveLength(2);
  });
});

describe('reflowLines on chi-lang (NFD, URL footers)', () => {
  const result = reflowLines(lines(CHI_LANG));
  const paragraphs = result?.paragraphs ?? [];
  const starting = (prefix: string) => paragraphs.filter((p) => p.startsWith(prefix));

  it('sets both URL footers aside', () => {
    expect(result?.furniture).toHaveLength(2);
    expect(result?.furniture.every((f) => f.startsWith('https://thuvienphapluat.vn/'))).toBe(true);
    expect(paragraphs.join('\n')).not.toMatch(/https?:|thuvienphapluat/);
  });
  it('rebuilds the paragraphs on both sides of a URL footer whole', () => {
    expect(starting('- Tham gia Lễ phát động')).toEqual([
      '- Tham gia Lễ phát động Tháng hành động vì trẻ em cấp tỉnh, tổ chức hướng dẫn các cơ quan, ban, ngành, đoàn thể huyện, UBND các xã, thị trấn tổ chức các hoạt động trong Tháng hành động vì trẻ em năm 2025; Tết Trung thu năm 2025 cho trẻ em và Trẻ em có hoàn cảnh đặc biệt (có Kế hoạch riêng).',
    ]);
    const after = starting('- Tăng cường trách nhiệm của mỗi ngành');
    expect(after).toHaveLength(1);
    expect(after[0]).toMatch(/giữa các cơ quan: Phòng Y tế; .* thực hiện tốt bổn phận của mình\.\.\.$/);
    expect(starting('8. Thực hiện công tác phối hợp')[0]).toMatch(/đến từng địa bàn dân cư\.$/);
  });
  it('keeps the twelve targets of "II. MỤC TIÊU, CHỈ TIÊU" as twelve items', () => {
    const from = paragraphs.indexOf('II. MỤC TIÊU, CHỈ TIÊU');
    const to = paragraphs.indexOf('III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN');
    const numbered = paragraphs.slice(from + 1, to).filter((p) => /^\d+\. /.test(p));
    expect(numbered.map((p) => p.split('.')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(numbered[0]).toMatch(/^1\. Duy trì 100% trẻ em .* kỹ năng sống và kỹ năng tự bảo vệ .* phù hợp với lứa tuổi\.$/);
    // A sentence that ends at a full line goes on in the same item.
    expect(numbered[5]).toMatch(/đạt tiêu chí Ngôi nhà an toàn\. Phấn đấu 80% các hộ gia đình có trẻ em đạt tiêu chí Ngôi nhà an toàn\.$/);
  });
  it('keeps headings whole and apart from the paragraph under them', () => {
    expect(paragraphs).toContain('1. Đẩy mạnh các hoạt động truyền thông, giáo dục, vận động xã hội về công tác trẻ em');
    expect(paragraphs).toContain('4. Tổ chức Tháng hành động vì trẻ em (từ ngày 01/6 đến ngày 30/6), Tết Trung thu năm 2025');
    expect(paragraphs).toContain('10. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể');
    expect(starting('Trong phạm vi chức năng nhiệm vụ của mình')).toHaveLength(1);
  });
  it('keeps the recipients and signature lines separate', () => {
    const end = paragraphs.slice(paragraphs.indexOf('Nơi nhận:'));
    expect(end).toHaveLength(16);
    expect(end.slice(-3)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Hùng Mạnh']);
    expect(end[1]).toBe('- Sở Y tế tỉnh;');
  });
});

describe('reflowLines on quang-tri', () => {
  const paragraphs = reflowLines(lines(QUANG_TRI))?.paragraphs ?? [];

  it('keeps the title lines apart and the opening paragraph whole', () => {
    expect(paragraphs.slice(0, 3)).toEqual([
      'KẾ HOẠCH',
      'Triển khai tháng hành động vì trẻ em năm 2024',
      'Thực hiện kế hoạch số 790/KH-UBND ngày 17/5/2024 của UBND thị xã Quảng Trị về triển khai tháng hành động vì trẻ em năm 2024. UBND phường xây dựng kế hoạch triển khai tháng hành động vì trẻ em như sau:',
    ]);
  });
  it('keeps the twelve slogans as twelve list items', () => {
    const from = paragraphs.indexOf('III. Thông điệp, khẩu hiệu truyền thông');
    const to = paragraphs.indexOf('IV. Nội dung hoạt động');
    const slogans = paragraphs.slice(from + 1, to);
    expect(slogans).toHaveLength(12);
    expect(slogans.every((s) => s.startsWith('- '))).toBe(true);
    expect(slogans[1]).toBe('- Ưu tiên nguồn lực cho trẻ em để đáp ứng yêu cầu phát triển đất nước phồn vinh, hạnh phúc.');
  });
  it('starts the closing paragraph apart from the last list item and joins VH- / XH', () => {
    const closing = paragraphs.filter((p) => p.startsWith('Trên đây là kế hoạch'));
    expect(closing).toEqual([
      'Trên đây là kế hoạch Tháng hành động vì trẻ em năm 2024. UBND phường đề nghị các ngành, cơ quan, đơn vị liên quan và các khu phố phối hợp triển khai thực hiện đảm bảo nội dung, yêu cầu đề ra; đồng thời báo cáo kết quả thực hiện về UBND phường (qua bà Nguyễn Thị Thùy Đoan, công chức VH-XH) trước ngày 10/7/2024./.',
    ]);
  });
  it('keeps the signature block lines separate', () => {
    expect(paragraphs.slice(-4)).toEqual(['TM. UỶ BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Lê Thị Huệ']);
  });
});

describe('isFurnitureLine', () => {
  it.each(['https://thuvienphapluat.vn/van-ban/abc.aspx', 'www.chilang.langson.gov.vn', '12', '- 3 -', 'Trang 2', 'Trang 2/5'])('takes %j as furniture', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });
  it.each(['1/6', '1/6.', '111.', '2016, Luật Giáo dục', 'Xem https://example.vn để biết thêm', '1. Mục đích'])('keeps %j as text', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe('stripEmphasis', () => {
  it('drops paired emphasis around words, as the corpus texts carry it', () => {
    expect(stripEmphasis('1. Chủ đề: “*Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em*”.')).toBe(
      '1. Chủ đề: “Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em”.',
    );
    expect(stripEmphasis('xây dựng Kế hoạch *trước ngày 21/5/2025* và báo cáo *trước ngày 10/7/2025* (qua')).toBe(
      'xây dựng Kế hoạch trước ngày 21/5/2025 và báo cáo trước ngày 10/7/2025 (qua',
    );
    expect(stripEmphasis('**KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**')).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(stripEmphasis('các đơn vị liên quan... *(theo chức năng, nhiệm vụ).*')).toBe('các đơn vị liên quan... (theo chức năng, nhiệm vụ).');
  });
  it('keeps lone asterisks: footnote marks, bullets, arithmetic', () => {
    for (const text of ['Nghị định 56* quy định', '* Ghi chú: số liệu năm 2024', '2*3*4', 'a * b', '**']) {
      expect(stripEmphasis(text)).toBe(text);
    }
  });
  it('does not pair strong marks across a blank line', () => {
    expect(stripEmphasis('**Phần một\n\nPhần hai**')).toBe('**Phần một\n\nPhần hai**');
  });
});
