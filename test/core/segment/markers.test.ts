import { describe, expect, it } from 'vitest';
import { classifyParagraph, parseMarker } from '@plan-extract/core';

describe('parseMarker', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I.'],
    ['IV. TỔ CHỨC THỰC HIỆN', 'roman', 'IV.'],
    ['1.1. Công chức VH - XH', 'number', '1.1.'],
    ['12. Tổng đài 111 - tiếp nhận', 'number', '12.'],
    ['đ) Hoạt động khác', 'letter', 'đ)'],
    ['- Sở Y tế;', 'bullet', '-'],
    ['+ Văn nghệ chào mừng.', 'bullet', '+'],
    ['Phần II. NHIỆM VỤ', 'part', 'Phần II.'],
  ])('%s', (text, kind, printed) => {
    expect(parseMarker(text)).toMatchObject({ kind, text: printed });
  });
  it.each(['01/6/2025 là ngày', 'Ủy ban nhân dân', '2025 là năm', 'Lý Sơn, ngày', '-5% so với'])('no marker in %s', (text) => {
    expect(parseMarker(text)).toBeNull();
  });
});

describe('classifyParagraph', () => {
  it('takes capitals and roman sections as headings', () => {
    expect(classifyParagraph('KẾ HOẠCH').type).toBe('heading');
    expect(classifyParagraph('V. TỔ CHỨC THỰC HIỆN').type).toBe('heading');
    expect(classifyParagraph('1. Mục đích').type).toBe('listItem');
    expect(classifyParagraph('Thực hiện Kế hoạch số 1420/KH-UBND').type).toBe('paragraph');
  });
});
