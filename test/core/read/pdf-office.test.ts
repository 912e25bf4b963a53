/**
 * The PDF reader on PDFs saved from Word-style DOCX, one construct per file (fixtures/office/cases,
 * made by fixtures/office/make.mjs with LibreOffice and qpdf; README.md there says what each holds).
 * Expected texts are written from the case definitions (fixtures/office/cases.mjs); each test also
 * checks that the construct is really in the PDF, so that it cannot pass on a layout that lost it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, readDocument, type PlanExtraction } from '@plan-extract/core';
import { loadPdfJs, readPdf } from '../../../packages/core/src/read/pdf.js';
import { PDFJS_DOCUMENT_OPTIONS } from '../../../packages/core/src/read/pdf/pdfjs-options.js';
import type { RawBlock, RawDocument, RawTable } from '../../../packages/core/src/read/raw.js';
import { withoutSpans } from './pdf-helpers.js';

const CASES = fileURLToPath(new URL('../../../fixtures/office/cases/', import.meta.url));
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${CASES}${name}`));
const read = (name: string) => readPdf(bytesOf(`${name}.pdf`), { path: `${name}.pdf` });

const texts = (blocks: RawBlock[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
const cells = (table: RawTable) => table.rows.map((row) => row.map((cell) => cell.map((p) => p.text)));
const tables = (raw: RawDocument) => raw.blocks.filter((b): b is RawTable => b.type === 'table');
/** Each column's paragraphs over all rows, top to bottom. */
const columns = (table: RawTable) => Array.from({ length: Math.max(...table.rows.map((r) => r.length)) }, (_, i) => table.rows.flatMap((row) => (row[i] ?? []).map((p) => p.text)));

interface Item {
  str: string;
  x: number;
  y: number;
  right: number;
}

/** The text items pdf.js gives for each page (position of the baseline's start, right end): where a construct falls. */
async function pageItems(name: string): Promise<Item[][]> {
  const lib = await loadPdfJs();
  const task = lib.getDocument({ data: bytesOf(`${name}.pdf`), ...PDFJS_DOCUMENT_OPTIONS });
  try {
    const doc = await task.promise;
    const out: Item[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      out.push(content.items.flatMap((i) => ('str' in i ? [{ str: i.str, x: i.transform[4] as number, y: i.transform[5] as number, right: (i.transform[4] as number) + i.width }] : [])));
    }
    return out;
  } finally {
    await task.destroy();
  }
}

const pageTexts = async (name: string) => (await pageItems(name)).map((items) => items.map((i) => i.str).join(' '));

async function fields(name: string, format: 'docx' | 'pdf'): Promise<PlanExtraction> {
  const { value } = await readDocument(`${CASES}${name}.${format}`);
  return extract(value).value;
}

const HEADER = [
  [['ỦY BAN NHÂN DÂN', 'XÃ HƯNG ĐẠO'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
  [['Số: 14/KH-UBND'], ['Hưng Đạo, ngày 12 tháng 5 năm 2025']],
];
const RECIPIENTS = [
  '- UBND huyện (b/c);',
  '- Phòng Văn hóa - Xã hội huyện;',
  '- Thường trực Đảng ủy xã;',
  '- Thường trực HĐND xã;',
  '- Chủ tịch, các PCT UBND xã;',
  '- Ủy ban MTTQ Việt Nam xã;',
  '- Đoàn Thanh niên xã;',
  '- Hội Liên hiệp Phụ nữ xã;',
  '- Trạm Y tế xã;',
  '- Các trường học trên địa bàn xã;',
  '- Trưởng các thôn;',
];
const SIGNATURE = ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Bình'];
/** The closing as one row: `Nơi nhận:` and the recipients | the signature. */
const closing = (n: number) => [[['Nơi nhận:', ...RECIPIENTS.slice(0, n - 1), '- Lưu: VT, VHXH.'], SIGNATURE]];

describe('the closing block (Nơi nhận | signature) as one table row', () => {
  it.each([2, 6, 12])('keeps %i recipients beside a three-line signature', async (n) => {
    const raw = await read(`closing-${n}`);
    const all = tables(raw);
    expect(all).toHaveLength(2);
    expect(cells(all[0] as RawTable)).toEqual(HEADER);
    expect(cells(all[1] as RawTable)).toEqual(closing(n));
    expect(texts(raw.blocks).at(-1)).toBe('Trên đây là Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2025 của Ủy ban nhân dân xã Hưng Đạo./.');
    const [pdf, docx] = [await fields(`closing-${n}`, 'pdf'), await fields(`closing-${n}`, 'docx')];
    expect(pdf.recipients.map((r) => r.text)).toEqual(docx.recipients.map((r) => r.text));
    expect(pdf.recipients).toHaveLength(n);
    expect(pdf.signer?.name).toBe('Nguyễn Văn Bình');
  });

  it('keeps the row whole when the page breaks inside it', async () => {
    // The construct: `Nơi nhận:` on page 1, the name on page 2.
    const pages = await pageTexts('closing-split');
    expect(pages[0]).toContain('Nơi nhận:');
    expect(pages[0]).not.toContain('Nguyễn Văn Bình');
    expect(pages[1]).toContain('Nguyễn Văn Bình');
    const raw = await read('closing-split');
    const last = raw.blocks.at(-1) as RawTable;
    expect(cells(last)).toEqual(closing(12));
    expect(last.page).toBe(1);
    expect(raw.furniture.map((f) => f.text)).toEqual(['2']);
  });
});

describe('a header whose columns do not line up', () => {
  it('keeps each column whole and in order: the motto wrapped, the place and date wrapped', async () => {
    const [items] = (await pageItems('header-unequal')) as [Item[]];
    // The construct: the motto and the date wrap in the narrow right column, the left column has fewer lines.
    const at = (start: string) => items.find((i) => i.str.startsWith(start)) as Item;
    expect(at('CỘNG HÒA').str.trim()).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA');
    expect(at('VIỆT NAM').y).toBeLessThan(at('CỘNG HÒA').y);
    expect(at('Hưng Đạo,').str.trim()).toBe('Hưng Đạo, ngày 12 tháng 5 năm');
    const raw = await read('header-unequal');
    const header = raw.blocks[0] as RawTable;
    expect(header.type).toBe('table');
    // Rows are not asserted: the lines of the two columns do not say where the DOCX's one row ends.
    // Centred lines in a borderless cell are joined where the text goes on in lower case or digits.
    expect(columns(header)).toEqual([
      ['ỦY BAN NHÂN DÂN', 'XÃ HƯNG ĐẠO', 'Số: 14/KH-UBND'],
      ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Hưng Đạo, ngày 12 tháng 5 năm 2025'],
    ]);
    expect(texts(raw.blocks).slice(0, 2)).toEqual(['KẾ HOẠCH', 'Tổ chức Tháng hành động vì trẻ em năm 2025']);
    const [pdf, docx] = [await fields('header-unequal', 'pdf'), await fields('header-unequal', 'docx')];
    expect(withoutSpans([pdf.issuer, pdf.documentNumber, pdf.place, pdf.issuedOn])).toEqual(withoutSpans([docx.issuer, docx.documentNumber, docx.place, docx.issuedOn]));
    expect(pdf.issuedOn).toBe('2025-05-12');
  });
});

describe('Word numbering: a marker, a tab, the text', () => {
  it('reads each numbered line as one paragraph, never as a two-column table', async () => {
    // The construct: the marker and its text are separate items more than a word space apart.
    const lib = await loadPdfJs();
    const task = lib.getDocument({ data: bytesOf('marker-tab.pdf'), ...PDFJS_DOCUMENT_OPTIONS });
    const page = await (await task.promise).getPage(1);
    const items = (await page.getTextContent()).items.flatMap((i) => ('str' in i ? [i] : []));
    const marker = items.find((i) => i.str === 'I.');
    const heading = items.find((i) => i.str.startsWith('MỤC ĐÍCH'));
    expect(marker && heading && (heading.transform[4] as number) - ((marker.transform[4] as number) + marker.width)).toBeGreaterThan(28);
    await task.destroy();

    const raw = await read('marker-tab');
    expect(tables(raw)).toHaveLength(2);
    expect(texts(raw.blocks).slice(2, -1)).toEqual([
      'Thực hiện Kế hoạch số 96/KH-UBND ngày 05/5/2025 của Ủy ban nhân dân huyện, Ủy ban nhân dân xã Hưng Đạo ban hành Kế hoạch tổ chức Tháng hành động vì trẻ em năm 2025 như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '- Nâng cao nhận thức về quyền trẻ em.',
      '2. Yêu cầu',
      '- Thiết thực, hiệu quả.',
      'II. THÔNG ĐIỆP TRUYỀN THÔNG',
      'a) Hãy lắng nghe trẻ em nói!',
      'b) Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi!',
      'c) Phòng, chống đuối nước trẻ em!',
      'III. TỔ CHỨC THỰC HIỆN',
      '1. Công chức Văn hóa - Xã hội chủ trì.',
      '+ Báo cáo trước ngày 05/7/2025.',
      '2. Trạm Y tế xã phối hợp.',
    ]);
    const pdf = await fields('marker-tab', 'pdf');
    expect(pdf.slogans.map((s) => s.text)).toEqual(['Hãy lắng nghe trẻ em nói!', 'Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi!', 'Phòng, chống đuối nước trẻ em!']);
  });
});

describe('a full-width sub-heading without final punctuation, then an indented paragraph', () => {
  it('starts a paragraph at the indented line, numbered heading or not', async () => {
    // The construct: each heading fills its line: the next line's first word ("Chủ ", "Tuyên ") would not fit after it.
    const [items] = (await pageItems('heading-indent')) as [Item[]];
    const margin = Math.max(...items.map((i) => i.right));
    for (const start of ['Công chức Văn hóa - Xã hội, Trạm Y tế', 'Các trường Mầm non, Tiểu học']) {
      const heading = items.find((i) => i.str.startsWith(start)) as Item;
      expect(margin - heading.right).toBeLessThan(20);
    }

    const raw = await read('heading-indent');
    expect(texts(raw.blocks).slice(3, -1)).toEqual([
      'I. TỔ CHỨC THỰC HIỆN',
      '1. Công chức Văn hóa - Xã hội, Trạm Y tế và Đoàn Thanh niên xã',
      'Chủ trì, phối hợp tổ chức các hoạt động của Tháng hành động vì trẻ em; báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/6/2025.',
      'Các trường Mầm non, Tiểu học và Trung học cơ sở trên địa bàn toàn xã',
      'Tuyên truyền kỹ năng phòng, chống đuối nước, xâm hại trẻ em cho học sinh trước khi nghỉ hè.',
    ]);
    const [pdf, docx] = [await fields('heading-indent', 'pdf'), await fields('heading-indent', 'docx')];
    expect(withoutSpans(pdf.responsibilities)).toEqual(withoutSpans(docx.responsibilities));
    // The heading names three agencies; their duties start where the indented paragraph does (the
    // extractor files the unnumbered heading and its text under section 1 as one more duty, in the DOCX too).
    const duties = ['Chủ trì,', 'Các trườ'];
    expect(pdf.responsibilities.map((r) => [r.agency.name, r.duties.map((d) => d.text.slice(0, 8))])).toEqual([
      ['Công chức Văn hóa - Xã hội', duties],
      ['Trạm Y tế', duties],
      ['Đoàn Thanh niên xã', duties],
    ]);
  });
});

describe('a bordered table over three pages', () => {
  it('is one table: header row once, every row whole, the split row joined', async () => {
    const pages = await pageTexts('table-across-page');
    // The construct: the header row repeated on pages 2 and 3, row 11 split by the page break.
    expect(pages.map((p) => p.includes('Nội dung công việc'))).toEqual([true, true, true]);
    expect(pages[0]).toContain('nguy hiểm trên địa');
    expect(pages[0]).not.toContain('bàn (đợt 2)');
    expect(pages[1]).toContain('bàn (đợt 2)');

    const raw = await read('table-across-page');
    const all = tables(raw);
    expect(all).toHaveLength(3);
    const table = all[1] as RawTable;
    expect(table.rows).toHaveLength(27);
    expect(cells(table)[0]).toEqual([['STT'], ['Nội dung công việc'], ['Cơ quan chủ trì'], ['Thời gian thực hiện']]);
    expect(cells(table)[11]).toEqual([['11'], ['Kiểm tra an toàn các điểm vui chơi, ao hồ, sông suối nguy hiểm trên địa bàn (đợt 2)'], ['Công an xã'], ['Ngày 01/6/2025']]);
    expect(cells(table).map((row) => row[0]?.[0])).toEqual(['STT', ...Array.from({ length: 26 }, (_, i) => String(i + 1))]);
    // Cells centred and wrapped in a narrow column are one paragraph.
    expect(cells(table)[3]).toEqual([['3'], ['Thăm hỏi, tặng quà trẻ em có hoàn cảnh đặc biệt, trẻ em thuộc hộ nghèo, hộ cận nghèo'], ['Trạm Y tế xã'], ['Từ ngày 01/6 đến ngày 15/6/2025']]);
    expect(raw.furniture.map((f) => f.text)).toEqual(['2', '3']);

    // The DOCX reads the same table, cell for cell.
    const { value: docx } = await readDocument(`${CASES}table-across-page.docx`);
    const docxTable = docx.blocks.filter((b) => b.type === 'table')[1];
    expect(docxTable?.type === 'table' && docxTable.rows.map((row) => row.map((cell) => cell.blocks.map((b) => b.text)))).toEqual(cells(table));
    const [pdf, docxFields] = [await fields('table-across-page', 'pdf'), await fields('table-across-page', 'docx')];
    expect(pdf.activities.map(({ span: _, ...a }) => a)).toEqual(docxFields.activities.map(({ span: _, ...a }) => a));
    expect(pdf.activities).toHaveLength(26);
  });
});

describe('pages turned by /Rotate', () => {
  // closing-split.pdf turned with qpdf: upright text on a page shown sideways, sideways-drawn text on a page turned upright, sideways text without /Rotate.
  const shape = (raw: RawDocument) => raw.blocks.map((b) => (b.type === 'paragraph' ? b.text : cells(b)));

  it.each(['rotate-one-upright', 'rotate-all-upright', 'rotate-one-sideways', 'rotate-all-sideways', 'rotate-one-flat'])('%s reads as the unturned PDF, without warnings', async (name) => {
    const pdf = readFileSync(`${CASES}${name}.pdf`, 'latin1');
    // The construct: the page dictionaries carry /Rotate (or, flattened, a landscape page of sideways text).
    expect(/\/Rotate (?:90|270)/.test(pdf) || name.endsWith('flat')).toBe(true);
    const [turned, plain] = [await read(name), await read('closing-split')];
    expect(turned.messages).toEqual([]);
    expect(shape(turned)).toEqual(shape(plain));
    expect(turned.furniture.map((f) => f.text)).toEqual(plain.furniture.map((f) => f.text));
  });
});
