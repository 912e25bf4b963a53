import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractFile, isPlanError, readDocument, textBlocks } from '@plan-extract/core';
import { readPdf } from '../../../packages/core/src/read/pdf.js';
import { joinWrapped, layoutBlocks, takeFurniture, type PageLines } from '../../../packages/core/src/read/pdf/layout.js';
import { buildLines, finishLineText, toFragment, type Fragment, type Line } from '../../../packages/core/src/read/pdf/lines.js';
import type { RawBlock, RawDocument, RawTable } from '../../../packages/core/src/read/raw.js';
import { lineOf } from './pdf-helpers.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../fixtures/${name}`, import.meta.url));
const LAYOUT = fixture('pdf/layout.pdf');
const ENCRYPTED = fixture('pdf/encrypted.pdf');
const bytesOf = (path: string) => new Uint8Array(readFileSync(path));

const texts = (blocks: RawBlock[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
const cellTexts = (table: RawTable) => table.rows.map((row) => row.map((cell) => cell.map((p) => p.text)));
const paragraphStarting = (raw: RawDocument, start: string) => {
  const found = raw.blocks.find((b) => b.type === 'paragraph' && b.text.startsWith(start));
  if (found?.type !== 'paragraph') throw new Error(`no paragraph starts with ${start}`);
  return found;
};

/** A minimal PDF (Helvetica, WinAnsi) with one content stream per page; strings are written byte for byte. */
function makePdf(pages: string[], extra = ''): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = pages.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  pages.forEach((content, i) => {
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${extra}/Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>`);
    add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Latin-1: one byte per character, as the content streams are written.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

const text = (x: number, y: number, s: string, size = 12) => `BT /F1 ${size} Tf ${x} ${y} Td (${s}) Tj ET`;

describe('readPdf on a LibreOffice plan (fixtures/pdf/layout.pdf)', async () => {
  const bytes = bytesOf(LAYOUT);
  const raw = await readPdf(bytes, { path: LAYOUT });

  it('leaves the caller’s bytes usable (pdf.js gets a copy)', () => {
    expect(bytes.length).toBeGreaterThan(1000);
    expect(String.fromCharCode(...bytes.subarray(0, 5))).toBe('%PDF-');
  });

  it('reports the page count, no legacy encoding and no warnings', () => {
    expect(raw.pages).toBe(2);
    expect(raw.encoding).toBeNull();
    expect(raw.messages).toEqual([]);
  });

  it('keeps the two-column header as a table, column by column within each row', () => {
    const first = raw.blocks[0];
    expect(first?.type).toBe('table');
    expect(cellTexts(first as RawTable)).toEqual([
      [['ỦY BAN NHÂN DÂN', 'HUYỆN HẠ LANG'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
      [['Số: /KH-UBND'], ['Hạ Lang, ngày tháng 5 năm 2025']],
    ]);
    expect((first as RawTable).page).toBe(1);
  });

  it('keeps centred title lines as separate paragraphs, outside the header table', () => {
    expect(texts(raw.blocks).slice(0, 3)).toEqual(['KẾ HOẠCH', 'Triển khai Tháng hành động vì trẻ em năm 2025', 'trên địa bàn huyện Hạ Lang']);
  });

  it('joins hard-wrapped lines into one paragraph with spaces between words, nothing glued', () => {
    expect(paragraphStarting(raw, 'Thực hiện').text).toBe(
      'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng về việc triển khai Tháng hành động vì trẻ em năm 2025, Ủy ban nhân dân (UBND) huyện Hạ Lang ban hành Kế hoạch triển khai thực hiện trên địa bàn huyện, cụ thể như sau:',
    );
    for (const t of texts(raw.blocks)) {
      // A lower-case letter directly followed by a capital is how glued lines look ("HOẠCHTriển", "nhânDân").
      expect(t).not.toMatch(/\p{Ll}\p{Lu}/u);
      expect(t).not.toMatch(/ {2}/);
    }
  });

  it('starts a paragraph at each list marker, automatic numbering included', () => {
    const all = texts(raw.blocks);
    expect(all).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(all).toContain('1. Mục đích');
    expect(all).toContain('- Thực hiện hiệu quả các chính sách, chương trình, kế hoạch liên quan đến trẻ em nhằm đảm bảo các quyền của trẻ em.');
    expect(all).toContain('1. Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em;');
    expect(all).toContain('2. Phát huy sức mạnh cộng đồng để thực hiện các mục tiêu vì trẻ em, tăng cường phòng ngừa và can thiệp sớm để giải quyết các vấn đề của trẻ em;');
    expect(all).toContain('3. Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi.');
  });

  it('rejoins letters that pdf.js split off an NFD source, and returns NFC', () => {
    const nfd = paragraphStarting(raw, '- Phòng Y tế');
    expect(nfd.text).toBe(
      '- Phòng Y tế chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Phòng Văn hóa - Thông tin hướng dẫn các xã, thị trấn tổ chức các hoạt động phù hợp với điều kiện thực tế của địa phương.',
    );
    expect(nfd.text).toBe(nfd.text.normalize('NFC'));
    for (const t of texts(raw.blocks)) expect(t).toBe(t.normalize('NFC'));
  });

  it('carries a paragraph over the page break and gives each paragraph its start page', () => {
    const long = paragraphStarting(raw, '1. Văn phòng HĐND-UBND huyện chủ trì');
    expect(long.page).toBe(1);
    expect(long.text).toContain('Trung tâm TT-VH-TT. Tăng cường sự lãnh đạo');
    expect(long.text.endsWith('đất nước phồn vinh, hạnh phúc.')).toBe(true);
    expect(paragraphStarting(raw, '2. Phòng Văn hóa - Thông tin').page).toBe(2);
    expect(paragraphStarting(raw, 'KẾ HOẠCH').page).toBe(1);
  });

  it('keeps line-end hyphens, and drops the space only inside a wrapped code', () => {
    // The PDF wraps "1420/KH-" / "UBND" and "HĐND-" / "UBND" (poppler prints the latter as "HĐNDUBND").
    expect(paragraphStarting(raw, '2. Phòng Văn hóa').text).toBe(
      '2. Phòng Văn hóa - Thông tin chủ trì tuyên truyền, theo Kế hoạch số 1420/KH-UBND của UBND tỉnh; gửi báo cáo về Văn phòng HĐND-UBND huyện, Văn phòng HĐND-UBND tỉnh trước ngày 10/7/2025.',
    );
    expect(paragraphStarting(raw, 'Hằng năm').text).toBe(
      'Hằng năm, các cơ quan, đơn vị gửi báo cáo kết quả về Văn phòng HĐND-UBND huyện, Văn phòng HĐND-UBND các xã, thị trấn trước ngày 10/7.',
    );
    // Wrapped after a spaced dash: the space stays.
    expect(paragraphStarting(raw, '- Tổ chức các hoạt động bám sát').text).toContain('Bộ Lao động - Thương binh và Xã hội');
    // Printed with a space after the hyphen: kept as printed.
    expect(paragraphStarting(raw, 'Các cơ quan, đơn vị báo cáo').text).toBe('Các cơ quan, đơn vị báo cáo kết quả về Văn phòng HĐND- UBND huyện theo quy định.');
  });

  it('keeps the recipients and signature block as a table, wrapped recipient lines joined', () => {
    const last = raw.blocks[raw.blocks.length - 1];
    expect(last?.type).toBe('table');
    expect(cellTexts(last as RawTable)).toEqual([
      [
        ['Nơi nhận:', '- Sở Y tế;', '- Chủ tịch, các PCT UBND huyện;', '- Ủy ban MTTQ huyện và các đoàn thể huyện;', '- UBND các xã, thị trấn;', '- Lưu: VT.'],
        ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Thanh Sơn'],
      ],
    ]);
    expect((last as RawTable).page).toBe(2);
    expect(texts(raw.blocks).at(-1)).toBe('Trên đây là Kế hoạch triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn huyện Hạ Lang./.');
  });

  it('sets page numbers and the repeated footer apart as furniture', () => {
    const footer = 'Cổng thông tin điện tử huyện Hạ Lang - halang.caobang.gov.vn';
    expect(raw.furniture).toEqual([
      { type: 'furniture', region: 'footer', text: footer, page: 1 },
      { type: 'furniture', region: 'header', text: '2', page: 2 },
      { type: 'furniture', region: 'footer', text: footer, page: 2 },
    ]);
    for (const t of texts(raw.blocks)) {
      expect(t).not.toContain('Cổng thông tin');
      expect(t).not.toBe('2');
    }
  });
});

describe('readPdf on the same plan printed ragged right (fixtures/pdf/ragged.pdf)', () => {
  it('finds the same paragraphs and tables without indents, from short lines and paragraph spacing', async () => {
    const shape = (raw: RawDocument) => raw.blocks.map((b) => (b.type === 'paragraph' ? b.text : cellTexts(b)));
    const justified = await readPdf(bytesOf(LAYOUT), { path: 'layout.pdf' });
    const ragged = await readPdf(bytesOf(fixture('pdf/ragged.pdf')), { path: 'ragged.pdf' });
    expect(shape(ragged)).toEqual(shape(justified));
    expect(ragged.furniture.map((f) => f.text)).toEqual(justified.furniture.map((f) => f.text));
  });
});

describe('readDocument with a PDF', () => {
  it('assembles the reader’s blocks with pages, spans and furniture', async () => {
    const { value: doc, messages } = await readDocument(LAYOUT);
    expect(messages).toEqual([]);
    expect(doc.source).toMatchObject({ format: 'pdf', pages: 2, encoding: null, path: LAYOUT });
    expect(doc.blocks[0]?.type).toBe('table');
    expect(doc.blocks[doc.blocks.length - 1]?.type).toBe('table');
    expect(doc.pageStarts).toHaveLength(2);
    const item = [...textBlocks(doc.blocks)].find((b) => b.text.startsWith('2. Phòng Văn hóa'));
    expect(item).toMatchObject({ type: 'listItem', marker: '2.' });
    expect(item?.span.page).toBe(2);
    expect(doc.text.slice(doc.pageStarts[1], (doc.pageStarts[1] ?? 0) + 16)).toBe('2. Phòng Văn hóa');
    expect(doc.furniture).toHaveLength(3);
    expect(doc.text).not.toContain('Cổng thông tin');
  });

  it('reads the same from bytes as from the path', async () => {
    const fromBytes = await readDocument(bytesOf(LAYOUT), { path: 'layout.pdf' });
    const fromPath = await readDocument(LAYOUT);
    expect(fromBytes.value.text).toBe(fromPath.value.text);
  });

  it('refuses an encrypted PDF with E_ENCRYPTED and a one-line message naming the file', async () => {
    const error = await readDocument(ENCRYPTED).catch((e: unknown) => e);
    expect(isPlanError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'E_ENCRYPTED', file: ENCRYPTED });
    expect((error as Error).message).toContain(ENCRYPTED);
    expect((error as Error).message).not.toContain('\n');
  });

  it('refuses a page-less PDF as having no text', async () => {
    await expect(readDocument(makePdf(['']), { path: 'blank.pdf' })).rejects.toMatchObject({ code: 'E_NO_TEXT' });
  });
});

describe('readPdf errors and warnings', () => {
  it('maps a truncated PDF to E_CORRUPT', async () => {
    const bytes = bytesOf(LAYOUT);
    for (const fraction of [0.2, 0.6, 0.95]) {
      const error = await readPdf(bytes.slice(0, Math.floor(bytes.length * fraction)), { path: 'cut.pdf' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'E_CORRUPT', file: 'cut.pdf' });
      expect((error as Error).message).toMatch(/^cut\.pdf: .*\(E_CORRUPT\)$/);
    }
  });

  it('maps bytes that are no PDF at all to E_CORRUPT', async () => {
    await expect(readPdf(new TextEncoder().encode('%PDF-1.7\nnot really'), { path: 'x.pdf' })).rejects.toMatchObject({ code: 'E_CORRUPT' });
  });

  it('maps a password-protected PDF to E_ENCRYPTED', async () => {
    await expect(readPdf(bytesOf(ENCRYPTED), { path: 'enc.pdf' })).rejects.toMatchObject({ code: 'E_ENCRYPTED', file: 'enc.pdf' });
  });

  it('refuses more pages than limits.maxPages with E_TOO_LARGE', async () => {
    const error = await readPdf(bytesOf(LAYOUT), { path: 'big.pdf', limits: { maxPages: 1 } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_TOO_LARGE' });
    expect((error as Error).message).toBe('big.pdf: the PDF has 2 pages, over the limit of 1 (E_TOO_LARGE)');
  });

  it('warns about a page without text and keeps reading the others', async () => {
    const pdf = makePdf([text(72, 700, 'Trang co chu.'), '']);
    const raw = await readPdf(pdf, { path: 'mixed.pdf' });
    expect(raw.pages).toBe(2);
    expect(texts(raw.blocks)).toEqual(['Trang co chu.']);
    expect(raw.messages).toEqual([
      { ruleId: 'read/pdf-empty-page', severity: 'warning', field: 'document', message: 'Trang 2 không có lớp chữ (bản quét hoặc hình ảnh?)', messageId: 'read/pdf-empty-page', params: { page: 2 } },
    ]);
  });

  it('never drops text silently: a slanted page is a warning, a sideways note beside upright text a note, in extract too', async () => {
    const slanted = (s: string) => `BT /F1 12 Tf 0.7071 0.7071 -0.7071 0.7071 100 400 Tm (${s}) Tj ET`;
    const sideways = (s: string) => `BT /F1 12 Tf 0 1 -1 0 30 100 Tm (${s}) Tj ET`;
    const pdf = makePdf([text(72, 700, 'Trang mot co chu.'), slanted('Chu nghieng'), [text(72, 700, 'Trang ba co nhieu chu hon ghi chu ben le.'), sideways('Ghi chu')].join('\n')]);
    const raw = await readPdf(pdf, { path: 'slanted.pdf' });
    // (One line a page shows no margins: the two lines read as one paragraph.)
    expect(texts(raw.blocks).join(' ')).toBe('Trang mot co chu. Trang ba co nhieu chu hon ghi chu ben le.');
    const unread = [
      {
        ruleId: 'read/pdf-unread-text', severity: 'warning', field: 'document', message: 'Trang 2: toàn bộ chữ của trang (10 ký tự) in xiên nên không đọc được',
        messageId: 'read/pdf-unread-text#all', params: { page: 2, chars: 10 },
      },
      {
        ruleId: 'read/pdf-unread-text', severity: 'info', field: 'document', message: 'Trang 3: 6 trên 38 ký tự in theo hướng khác với chữ của trang nên không được đọc',
        messageId: 'read/pdf-unread-text', params: { page: 3, unread: 6, chars: 38 },
      },
    ];
    expect(raw.messages).toEqual(unread);
    const { value } = await extractFile(pdf, { path: 'slanted.pdf' });
    expect(value.diagnostics.filter((d) => d.ruleId.startsWith('read/'))).toEqual(unread);
    const english = await extractFile(pdf, { path: 'slanted.pdf', lang: 'en' });
    expect(english.value.diagnostics.filter((d) => d.ruleId.startsWith('read/')).map((d) => d.message)).toEqual([
      'page 2: its text (10 characters) is slanted and was not read',
      "page 3: 6 of 38 characters run in another direction than the page's text and were not read",
    ]);
  });

  it('reads a page whose text is drawn sideways without /Rotate, turning it', async () => {
    // A landscape annex drawn into a portrait page: every line runs upwards, the x = 100 line on top.
    const up = (x: number, s: string) => `BT /F1 12 Tf 0 1 -1 0 ${x} 100 Tm (${s}) Tj ET`;
    const raw = await readPdf(makePdf([[up(114, 'second line.'), up(100, 'First line and')].join('\n')]), { path: 'sideways.pdf' });
    expect(texts(raw.blocks)).toEqual(['First line and second line.']);
    expect(raw.messages).toEqual([]);
  });

  it('orders lines by position, not by content-stream order', async () => {
    // Drawn bottom line first, and the second half of the top line before its first half.
    const pdf = makePdf([[text(72, 686, 'Second line.'), text(91, 700, 'HOACH'), text(72, 700, 'KE'), text(134.4, 700, 'Trien')].join('\n')]);
    const raw = await readPdf(pdf, { path: 'order.pdf' });
    // "KE" ends at 88 and "HOACH" starts at 91: a word space. "Trien" starts where "HOACH" ends (134.3): no space.
    expect(texts(raw.blocks)).toEqual(['KE HOACHTrien Second line.']);
  });

  it('reads a page turned by /Rotate as it is shown', async () => {
    // Text drawn upwards on a page shown turned 90° clockwise reads left to right, the x = 100 line on top.
    const up = (x: number, s: string) => `BT /F1 12 Tf 0 1 -1 0 ${x} 100 Tm (${s}) Tj ET`;
    const raw = await readPdf(makePdf([[up(114, 'second line.'), up(100, 'First line and')].join('\n')], '/Rotate 90 '), { path: 'turned.pdf' });
    expect(texts(raw.blocks)).toEqual(['First line and second line.']);
  });

  it('repairs TCVN3 mojibake from a legacy-font PDF and reports the encoding', async () => {
    // TCVN3 bytes shown through a Latin-1 font: "KÕ ho¹ch th¸ng hµnh ®éng v× trÎ em". The "µ" (à)
    // must reach the repair as it is: pdf.js's default normalization would make it Greek "μ".
    const mojibake = 'K\xd5 ho\xb9ch th\xb8ng h\xb5nh \xae\xe9ng v\xd7 tr\xce em';
    const raw = await readPdf(makePdf([text(72, 700, mojibake)]), { path: 'tcvn3.pdf' });
    expect(raw.encoding).toBe('tcvn3');
    expect(texts(raw.blocks)).toEqual(['Kế hoạch tháng hành động vì trẻ em']);
  });
});

describe('readPdf on the corpus PDFs made by LibreOffice', () => {
  // Each text line of these two corpus files is one paragraph; the PDFs (fixtures/make-fixtures.mjs)
  // wrap them, split them over pages and add the header's first row, page numbers and tables.
  for (const name of ['ha-lang-2025-action-month', 'bac-kan-2026-action-month']) {
    it(`gives back the paragraphs of ${name}.txt, in order`, async () => {
      const source = readFileSync(fixture(`corpus/${name}.txt`), 'utf8');
      const expected = source.split('\n').map((l) => l.replace(/\*/g, '').trim().normalize('NFC')).filter(Boolean);
      const raw = await readPdf(bytesOf(fixture(`corpus/${name}.pdf`)), { path: `${name}.pdf` });
      const [header, ...rest] = raw.blocks;
      expect(header?.type).toBe('table');
      // The first header row (issuing body | motto) is not in the .txt.
      const flat = (header as RawTable).rows.slice(1).flat(2).map((p) => p.text);
      for (const block of rest) {
        if (block.type === 'paragraph') flat.push(block.text);
        else flat.push(...block.rows.flat(2).map((p) => p.text));
      }
      expect(flat).toEqual(expected);
      expect(raw.blocks[raw.blocks.length - 1]?.type).toBe('table');
      expect(raw.furniture.map((f) => f.text)).toEqual(Array.from({ length: (raw.pages ?? 0) - 1 }, (_, i) => String(i + 2)));
    });
  }
});

describe('line rebuilding', () => {
  const frag = (str: string, x: number, y: number, w: number, size = 13): Fragment => ({ str, x, y, w, size });

  it('groups by baseline within a tolerance and orders by x', () => {
    const lines = buildLines([frag('thế', 150, 700.8, 20), frag('Hai', 100, 680, 20), frag('Một', 100, 700, 40)], 1);
    expect(lines.map((l) => l.text)).toEqual(['Một thế', 'Hai']);
    expect(lines.map((l) => l.page)).toEqual([1, 1]);
  });

  it('puts a space only where the gap is a word space', () => {
    const [glued] = buildLines([frag('HOẠCH', 100, 700, 50), frag('Triển', 150.5, 700, 30)], 1);
    const [spaced] = buildLines([frag('HOẠCH', 100, 700, 50), frag('Triển', 153.5, 700, 30)], 1);
    expect(glued?.text).toBe('HOẠCHTriển');
    expect(spaced?.text).toBe('HOẠCH Triển');
  });

  it('splits a line at a gutter into segments', () => {
    const [line] = buildLines([frag('Số: 12/KH-UBND', 90, 700, 90), frag('Hạ Lang, ngày 16 tháng 5 năm 2025', 300, 700, 180)], 1);
    expect(line?.segments.map((s) => s.text)).toEqual(['Số: 12/KH-UBND', 'Hạ Lang, ngày 16 tháng 5 năm 2025']);
  });

  it('counts the width pdf.js drops for a glyph mapped to a letter with a combining mark', () => {
    // pdf.js gives "Pho\u0300ng Y t" without the ò's advance, so "ế" seems to start 6.5 pt later.
    const item = { str: '- Pho\u0300ng Y t', transform: [13, 0, 0, 13, 121.2, 444.1], width: 53.1, height: 13 };
    const f = toFragment(item);
    expect(f?.w).toBeGreaterThan(58);
    const [line] = buildLines([f as Fragment, frag('ế', 180.8, 444.1, 5.8), frag('chủ', 189.9, 444.1, 18.8)], 1);
    expect(finishLineText(line?.text ?? '')).toBe('- Phòng Y tế chủ');
  });

  it('drops whitespace-only and rotated items', () => {
    expect(toFragment({ str: ' ', transform: [13, 0, 0, 13, 10, 10], width: 3, height: 0 })).toBeNull();
    expect(toFragment({ str: 'DRAFT', transform: [0, 13, -13, 0, 10, 10], width: 30, height: 13 })).toBeNull();
  });

  it('rejoins a syllable split after a combining mark, and nothing else', () => {
    expect(finishLineText('Pho\u0300 ng Y tế')).toBe('Phòng Y tế');
    expect(finishLineText('Hu\u0300 ng, Hu\u0300 nh')).toBe('Hùng, Hùnh');
    // Real word boundaries after a decomposed letter stay.
    expect(finishLineText('Hoa\u0300 Bình, hoa\u0300 ngày')).toBe('Hoà Bình, hoà ngày');
    expect(finishLineText('Ho ng')).toBe('Ho ng');
    expect(finishLineText('\ufb01le')).toBe('file');
  });
});

describe('running headers and footers', () => {
  const line = (page: number, y: number, text: string): Line => ({
    page, y, size: 13, x0: 85, x1: 538, text, firstWordWidth: 20, segments: [{ x0: 85, x1: 538, text, gap: 0 }],
  });
  const page = (n: number, ...lines: Line[]): PageLines => ({ page: n, height: 842, lines });
  const body = (n: number) => [line(n, 600, `Nội dung trang ${n}.`), line(n, 585, 'Tiếp theo.')];

  it('takes page numbers and lines repeated on half the pages at the same height', () => {
    const pages = [1, 2, 3, 4].map((n) =>
      page(n, ...(n > 1 ? [line(n, 800, `- ${n} -`)] : []), ...body(n), line(n, 40, `Trang thông tin điện tử huyện - ${n}/4`)),
    );
    const { pages: out, furniture } = takeFurniture(pages);
    expect(out.map((p) => p.lines.map((l) => l.text))).toEqual([1, 2, 3, 4].map((n) => [`Nội dung trang ${n}.`, 'Tiếp theo.']));
    expect(furniture.filter((f) => f.region === 'header').map((f) => [f.page, f.text])).toEqual([[2, '- 2 -'], [3, '- 3 -'], [4, '- 4 -']]);
    expect(furniture.filter((f) => f.region === 'footer')).toHaveLength(4);
  });

  it('keeps a body line that opens two of six pages by chance, and lines away from the edges', () => {
    const opening = (n: number) => (n === 2 || n === 5 ? [line(n, 780, '- Thời gian thực hiện: Năm 2025.')] : []);
    const pages = [1, 2, 3, 4, 5, 6].map((n) => page(n, ...opening(n), ...body(n)));
    const { pages: out, furniture } = takeFurniture(pages);
    expect(furniture).toEqual([]);
    expect(out[1]?.lines[0]?.text).toBe('- Thời gian thực hiện: Năm 2025.');
    // "Tiếp theo." is on every page at the same height, but in the middle of the page.
    expect(out.every((p) => p.lines.some((l) => l.text === 'Tiếp theo.'))).toBe(true);
  });
});

describe('column regions', () => {
  const ln = lineOf;
  const layout = (...lines: Line[]) => layoutBlocks([{ page: 1, height: 842, lines }]);
  const body = (y: number, text: string) => ln(y, [85, 538, text]);

  it('reads three columns with wide gutters as a three-cell table, and stops at the body line after it', () => {
    const blocks = layout(
      body(700, 'Các hoạt động cụ thể như sau, theo bảng dưới đây, đúng thời hạn:'),
      ln(680, [85, 200, 'Nội dung'], [260, 380, 'Cơ quan chủ trì'], [420, 530, 'Thời gian']),
      ln(655, [85, 230, 'Lễ phát động'], [260, 390, 'Văn phòng'], [420, 520, 'Tháng 6/2025']),
      ln(640, [85, 150, 'tại huyện']),
      body(615, 'Trên đây là Kế hoạch triển khai Tháng hành động vì trẻ em năm 2025./.'),
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(cellTexts(blocks[1] as RawTable)).toEqual([
      [['Nội dung'], ['Cơ quan chủ trì'], ['Thời gian']],
      [['Lễ phát động tại huyện'], ['Văn phòng'], ['Tháng 6/2025']],
    ]);
  });

  it('does not take a numbered list with wide tabs, or one line with a wide gap, for a table', () => {
    const blocks = layout(
      ln(700, [121, 133, '1.'], [180, 420, 'Ưu tiên nguồn lực cho trẻ em;']),
      ln(685, [121, 133, '2.'], [180, 450, 'Phát huy sức mạnh cộng đồng;']),
      body(665, 'Đoạn văn sau danh sách, kéo dài tới lề phải của trang giấy.'),
      ln(650, [85, 200, 'Nơi thực hiện:'], [300, 400, 'các xã.']),
    );
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(texts(blocks)).toEqual([
      '1. Ưu tiên nguồn lực cho trẻ em;',
      '2. Phát huy sức mạnh cộng đồng;',
      'Đoạn văn sau danh sách, kéo dài tới lề phải của trang giấy. Nơi thực hiện: các xã.',
    ]);
  });
});

describe('joining wrapped lines', () => {
  it('drops the space only where a code was wrapped at its hyphen', () => {
    expect(joinWrapped('Văn phòng HĐND-', 'UBND huyện')).toBe('Văn phòng HĐND-UBND huyện');
    expect(joinWrapped('Kế hoạch số 1420/KH-', 'UBND ngày')).toBe('Kế hoạch số 1420/KH-UBND ngày');
    expect(joinWrapped('Thông tư 28/2019/TT-', 'BLĐTBXH')).toBe('Thông tư 28/2019/TT-BLĐTBXH');
    expect(joinWrapped('Quyết định số 06/QĐ-', 'TTg')).toBe('Quyết định số 06/QĐ-TTg');
    expect(joinWrapped('công chức VH-', 'XH')).toBe('công chức VH-XH');
  });

  it('keeps the space after a spaced dash, before a capitalised word and before lower case', () => {
    expect(joinWrapped('Bộ Lao động -', 'Thương binh')).toBe('Bộ Lao động - Thương binh');
    expect(joinWrapped('Độc lập - Tự do-', 'Hạnh phúc')).toBe('Độc lập - Tự do- Hạnh phúc');
    expect(joinWrapped('Phòng LĐTB&XH-', 'phối hợp')).toBe('Phòng LĐTB&XH- phối hợp');
    expect(joinWrapped('Phòng LĐTB&', 'XH')).toBe('Phòng LĐTB& XH');
  });
});
