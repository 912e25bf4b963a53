import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlanError, readDocument, textBlocks, type PlanError } from '@plan-extract/core';
import { readDocx } from '../../../packages/core/src/read/docx.js';
import type { RawBlock, RawDocument } from '../../../packages/core/src/read/raw.js';
import { failure } from '../../plan-error.js';

// Fixtures are written by fixtures/docx/make.mjs (OOXML by hand); the corpus DOCX by fixtures/make-fixtures.mjs.
const fixture = (name: string) => new URL(`../../../fixtures/docx/${name}`, import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const read = (name: string, limits?: { maxInflatedBytes: number }) =>
  readDocx(bytesOf(name), { path: `fixtures/docx/${name}`, ...(limits ? { limits } : {}) });

/** Paragraph texts of the body, tables shown as `[row][cell][paragraph]`. */
const show = (blocks: RawBlock[]) =>
  blocks.map((b) => (b.type === 'paragraph' ? b.text : b.rows.map((row) => row.map((cell) => cell.map((p) => p.text)))));

describe('readDocx: automatic numbering', () => {
  it('prints the markers Word prints: outline levels, restarts, styles, bullets, shared lists', async () => {
    const raw = await read('numbering.docx');
    expect(show(raw.blocks)).toEqual([
      'KẾ HOẠCH',
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      '1.1. Nâng cao nhận thức',
      '1.2. Bảo đảm quyền trẻ em',
      '2. Yêu cầu',
      '2.1. Bám sát chủ đề', // a higher level resets the deeper counter
      'II. THÔNG ĐIỆP, KHẨU HIỆU TRUYỀN THÔNG',
      '- Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em;',
      '- Phát huy sức mạnh cộng đồng để thực hiện các mục tiêu vì trẻ em;',
      '- Tăng cường phòng ngừa và can thiệp sớm để giải quyết các vấn đề của trẻ em;',
      '4. Hành động vì trẻ em ngay hôm nay, xây dựng ngày mai tươi sáng;', // w:startOverride 4
      '5. Tạo mọi cơ hội, điều kiện tốt nhất để trẻ em phát triển toàn diện;',
      '6. Bảo đảm tất cả trẻ em được tiêm chủng đầy đủ;',
      '7. Cho trẻ bú sớm trong vòng 1 giờ đầu sau sinh;',
      '8. Cho trẻ trong độ tuổi uống vitamin A;',
      '9. Trẻ em cần được học bơi và học kỹ năng an toàn để phòng, chống đuối nước;',
      '10. Vì một cộng đồng an toàn, mỗi gia đình cần nâng cao vai trò trách nhiệm quản lý và giám sát trẻ em;',
      '11. Phòng, chống tai nạn, thương tích cho trẻ em là bảo đảm quyền được sống của trẻ em;',
      '12. Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi.',
      'III. CÁC HOẠT ĐỘNG CHÍNH',
      '1. Tổ chức các hoạt động thông tin, truyền thông',
      'a) Hoạt động truyền thông',
      'b) Hoạt động tập huấn',
      'c) Thăm và tặng quà',
      'd) Chăm sóc sức khỏe',
      'e) Vui chơi, giải trí', // Word's lowerLetter: "e)", not the "đ)" plans type by hand
      '+ Tuyên truyền trên loa',
      '• Treo băng rôn', // a Symbol-font bullet (U+F0B7)
      '1. Phòng Y tế', // numbered through its paragraph style, itself based on a numbered style
      '2. Phòng Giáo dục và Đào tạo',
      'Không đánh số dù có kiểu Muc', // numId 0 switches the style's numbering off
      '13. Tiếp tục danh sách 4.', // a second w:num on the same abstract list continues it
      '01. Chỉ tiêu một',
      '(i) Chi tiết',
      '02. Chỉ tiêu hai',
      '01. Bắt đầu lại', // a w:num with startOverride restarts the shared list
      '• Kiểu nối từ mức danh sách', // a style named by a level's w:pStyle; a Wingdings bullet reads "•"
    ]);
  });

  it('leaves a note where Word letters past "d)" with "e)"', async () => {
    const raw = await read('numbering.docx');
    expect(raw.messages).toEqual([expect.objectContaining({ ruleId: 'read/docx-letter-e', severity: 'info', field: 'document' })]);
  });

  it('through readDocument, the markers classify the items', async () => {
    const { value: doc } = await readDocument(fixture('numbering.docx'));
    const slogans = [...textBlocks(doc.blocks)].slice(8, 20);
    expect(slogans.map((b) => b.marker)).toEqual(['-', '-', '-', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.', '12.']);
    expect(slogans.every((b) => b.type === 'listItem')).toBe(true);
    const heading = [...textBlocks(doc.blocks)].find((b) => b.text.startsWith('II.'));
    expect(heading).toMatchObject({ type: 'heading', marker: 'II.' });
  });

  it('loses markers, not the document, when numbering.xml is damaged', async () => {
    const raw = await read('bad-numbering.docx');
    expect(show(raw.blocks)).toEqual(['Mục đích']);
    expect(raw.messages.map((m) => m.ruleId)).toEqual(['read/docx-damaged-part', 'read/docx-numbering']);
    expect(raw.messages.every((m) => m.severity === 'warning' && m.field === 'document')).toBe(true);
  });
});

describe('readDocx: tables, breaks, revisions, furniture', () => {
  let raw: RawDocument;
  const load = async () => (raw ??= await read('header-table.docx'));

  it('keeps the two-column header table as a table, tabs as spaces', async () => {
    const [first] = show((await load()).blocks);
    expect(first).toEqual([
      [['ỦY BAN NHÂN DÂN', 'HUYỆN HẠ LANG'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
      [['Số: /KH-UBND'], ['Hạ Lang, ngày     tháng 5 năm 2025']],
    ]);
  });

  it('reads what is printed: soft breaks, insertions, field results, one copy of a text box', async () => {
    const body = show((await load()).blocks).filter((b): b is string => typeof b === 'string');
    expect(body).toEqual([
      'KẾ HOẠCH',
      'Triển khai Tháng hành động vì trẻ em năm 2025\ntrên địa bàn huyện Hạ Lang',
      'Thực hiện Kế hoạch số 1420/KH-UBND của UBND tỉnh.', // w:del "9999" and the hidden run are not printed
      'Xem trang tin và Tổng đài 111.', // the HYPERLINK instruction is not printed, its result is
      'Ghi chú neo hộp chữ',
      'Hộp chữ: Dự thảo lần 2', // mc:Choice and mc:Fallback hold the same box: read once
      'Phần tử lạ: vẫn đọc được',
      'Trên đây là Kế hoạch\n',
    ]);
  });

  it('flattens a nested table into its cell and keeps the signature/recipients table', async () => {
    const tables = show((await load()).blocks).filter((b) => typeof b !== 'string');
    expect(tables[1]).toEqual([
      [['Cơ quan'], ['Nhiệm vụ']],
      [['Phòng Y tế'], ['Chủ trì', 'Lồng 1', 'Lồng 2']],
    ]);
    expect(tables[2]).toEqual([
      [['Nơi nhận:\n- Sở Y tế;\n- Lưu: VT.'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Hoàng Thanh Sơn']],
    ]);
  });

  it('puts headers and footers in furniture, without one page\'s PAGE number, and skips empty ones', async () => {
    expect((await load()).furniture).toEqual([
      { type: 'furniture', region: 'header', text: 'DỰ THẢO', page: null },
      { type: 'furniture', region: 'footer', text: 'Trang - Kế hoạch 2025', page: null },
    ]);
  });

  it('warns about an unrecognised element instead of failing', async () => {
    expect((await load()).messages).toEqual([
      expect.objectContaining({ ruleId: 'read/docx-unknown-element', severity: 'warning', field: 'document', message: expect.stringContaining('<w:foo>') }),
    ]);
  });

  it('through readDocument: tables stay tables, furniture stays out of the text', async () => {
    const { value: doc, messages } = await readDocument(fixture('header-table.docx'));
    expect(doc.source.format).toBe('docx');
    expect(doc.blocks[0]?.type).toBe('table');
    expect(doc.text.startsWith('ỦY BAN NHÂN DÂN\nHUYỆN HẠ LANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(true);
    expect(doc.text).toContain('Triển khai Tháng hành động vì trẻ em năm 2025\ntrên địa bàn huyện Hạ Lang');
    expect(doc.text).not.toContain('DỰ THẢO');
    expect(doc.furniture.map((f) => f.region)).toEqual(['header', 'footer']);
    expect(messages.map((m) => m.ruleId)).toEqual(['read/docx-unknown-element']);
    for (const block of textBlocks(doc.blocks)) expect(doc.text.slice(block.span.start, block.span.end)).toBe(block.text);
  });

  it('marks a cell merged down (vMerge) in a grid that keeps a span across (gridSpan) as empty cells', async () => {
    // The annex task table of fixtures/annex, written by LibreOffice from row and column spans.
    const { value: doc } = await readDocument(new URL('../../../fixtures/annex/tuyen-quang-2025-annual-annex.docx', import.meta.url));
    const table = doc.blocks.filter((b) => b.type === 'table').find((t) => t.rows[0]?.[0]?.blocks[0]?.text === 'STT');
    const rows = table!.rows.map((row) => row.map((c) => `${c.blocks.map((b) => b.text).join('/')}${c.mergedAbove ? '^' : ''}`));
    expect(rows[1]).toEqual(['I', 'CÔNG TÁC TRUYỀN THÔNG', '', '', '', '']);
    expect(rows[3]?.[5]).toBe('^');
    expect(rows[6]).toEqual(['1', 'Tổ chức Tháng hành động vì trẻ em năm 2025.', 'Sở Y tế', 'Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố', 'Từ ngày 01/6/2025 đến ngày 30/6/2025', 'Ngân sách tỉnh và nguồn xã hội hóa']);
    expect(rows[7]?.[2]).toBe('^');
    expect(rows[8]?.[2]).toBe('^');
    // The header row repeats on each printed page, but it is one row of the table.
    expect(rows.filter((r) => r[0] === 'STT')).toHaveLength(1);
  });
});

describe('readDocx: legacy encodings', () => {
  it('converts runs by their legacy font: .VnTime, .VnTimeH capitals, a style\'s font; Unicode runs stay', async () => {
    const raw = await read('vntime.docx');
    expect(show(raw.blocks)).toEqual([
      'Kế hoạch tháng hành động vì trẻ em',
      'KẾ HOẠCH', // .VnTimeH draws lower-case codes as capitals
      'Thực hiện', // the font comes from the paragraph style
      'Ủy ban nhân dân', // Unicode typed in a .VnTime run is not converted again
      'Plain ASCII line',
    ]);
    expect(raw.encoding).toBe('tcvn3');
    const { value: doc } = await readDocument(fixture('vntime.docx'));
    expect(doc.source.encoding).toBe('tcvn3');
    expect(doc.blocks[1]).toMatchObject({ type: 'heading', text: 'KẾ HOẠCH' });
  });

  it('converts VNI-Times runs from VNI', async () => {
    const raw = await read('vni.docx');
    expect(show(raw.blocks)).toEqual(['Kế hoạch thực hiện']);
    expect(raw.encoding).toBe('vni');
  });

  it('repairs TCVN3 text in a font that does not name it, from the text', async () => {
    const raw = await read('tcvn3-arial.docx');
    expect(show(raw.blocks)).toEqual(['Uỷ ban nhân dân huyện Hạ Lang']);
    expect(raw.encoding).toBe('tcvn3');
  });

  it('leaves Unicode documents alone', async () => {
    expect((await read('numbering.docx')).encoding).toBeNull();
  });
});

describe('readDocx: zip bombs and damage', () => {
  it('refuses a ZIP that declares more than the inflation budget', async () => {
    const error = await failure(read('bomb-declared.docx'));
    expect(error.code).toBe('E_TOO_LARGE');
    expect(error.message).toMatch(/^fixtures\/docx\/bomb-declared\.docx: .*zip bomb/);
    expect((await failure(readDocument(fixture('bomb-declared.docx')))).code).toBe('E_TOO_LARGE');
  });

  it('stops inflating an entry that lies about its size', async () => {
    const error = await failure(read('bomb-lying.docx'));
    expect(error.code).toBe('E_TOO_LARGE');
    expect(error.message).toContain('word/document.xml');
  });

  it('refuses an absurd compression ratio before inflating', async () => {
    expect((await failure(read('bomb-ratio.docx'))).code).toBe('E_TOO_LARGE');
  });

  it('honours a lower maxInflatedBytes', async () => {
    expect((await failure(read('header-table.docx', { maxInflatedBytes: 2000 }))).code).toBe('E_TOO_LARGE');
    await expect(read('header-table.docx', { maxInflatedBytes: 1_000_000 })).resolves.toBeTruthy();
  });

  it('calls a truncated DOCX corrupt, in one line naming the file', async () => {
    const error = await failure(read('truncated.docx'));
    expect(error.code).toBe('E_CORRUPT');
    expect(error.message).toMatch(/^fixtures\/docx\/truncated\.docx: truncated/);
    expect(error.message).not.toContain('\n');
    const viaRead = await failure(readDocument(fixture('truncated.docx')));
    expect(viaRead.code).toBe('E_CORRUPT');
  });

  it('calls damaged compressed data corrupt', async () => {
    const bytes = bytesOf('numbering.docx');
    const name = Buffer.from('word/document.xml');
    const at = Buffer.from(bytes).indexOf(name); // the local header's copy of the name; data follows
    for (let i = at + name.length + 40; i < at + name.length + 60; i++) bytes[i] = (bytes[i] as number) ^ 0x5a;
    const error = await failure(readDocx(bytes, { path: 'damaged.docx' }));
    expect(error.code).toBe('E_CORRUPT');
    expect(error.message).toMatch(/^damaged\.docx: damaged DOCX: ZIP entry word\/document\.xml/);
  });

  it('calls malformed document XML corrupt', async () => {
    expect((await failure(read('malformed-xml.docx'))).code).toBe('E_CORRUPT');
  });

  it('calls a package without word/document.xml corrupt; sniffing refuses it earlier', async () => {
    const error = await failure(read('no-document.docx'));
    expect(error.code).toBe('E_CORRUPT');
    expect(error.message).toContain('word/document.xml');
    expect((await failure(readDocument(fixture('no-document.docx')))).code).toBe('E_UNSUPPORTED');
  });

  it('recognises password protection: encrypted OOXML and encrypted ZIP entries', async () => {
    const ole = await failure(read('encrypted.docx'));
    expect(ole.code).toBe('E_ENCRYPTED');
    expect(ole.message).toContain('password');
    expect((await failure(read('zip-password.docx'))).code).toBe('E_ENCRYPTED');
  });

  it('calls a .doc a .doc', async () => {
    const doc = new Uint8Array(2048);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await failure(readDocx(doc, { path: 'old.doc' }));
    expect(error.code).toBe('E_UNSUPPORTED');
    expect(error.message).toMatch(/^old\.doc: .*\.doc/);
  });
});

describe('readDocx: corpus DOCX (LibreOffice exports of the real plans)', () => {
  const corpus = (name: string) => new URL(`../../../fixtures/corpus/${name}.docx`, import.meta.url);

  it('recovers the ha-lang slogans numbered 4 to 12 after three dashes', async () => {
    const { value: doc } = await readDocument(corpus('ha-lang-2025-action-month'));
    const blocks = [...textBlocks(doc.blocks)];
    const at = blocks.findIndex((b) => b.text.startsWith('III. THÔNG DIỆP, KHẨU HIỆU')); // the plan's own spelling
    expect(at).toBeGreaterThan(0);
    expect(blocks.slice(at + 1, at + 13).map((b) => b.marker)).toEqual(['-', '-', '-', '4.', '5.', '6.', '7.', '8.', '9.', '10.', '11.', '12.']);
    expect(blocks[at + 4]?.text).toBe('4. Hành động vì trẻ em ngay hôm nay, xây dựng ngày mai tươi sáng;');
    expect(blocks[at + 13]?.text).toBe('IV. CÁC HOẠT ĐỘNG CHÍNH');
  });

  it('reads the same lines as the corpus text, markers included', async () => {
    for (const name of ['ha-lang-2025-action-month', 'ly-son-2025-annual', 'bac-kan-2026-action-month']) {
      const { value: doc } = await readDocument(corpus(name));
      const reference = await readDocument(new URL(`../../../fixtures/corpus/${name}.txt`, import.meta.url));
      // The text files mark emphasis with *...*, which Word shows as italics, and space runs differ.
      const lines = (text: string) => text.replace(/\*/g, '').replace(/ +/g, ' ').split('\n').filter((l) => l.trim() !== '');
      const docxLines = new Set(lines(doc.text));
      const missing = lines(reference.value.text).filter((l) => !docxLines.has(l));
      expect(missing, name).toEqual([]);
    }
  });

  it('keeps the header and signature tables of a corpus plan as tables', async () => {
    const { value: doc } = await readDocument(corpus('ha-lang-2025-action-month'));
    const tables = doc.blocks.filter((b) => b.type === 'table');
    expect(tables.length).toBe(2);
    expect(tables[0]?.rows[1]?.[0]?.blocks[0]?.text).toBe('Số: /KH-UBND');
    expect(tables[1]?.rows[0]?.[1]?.blocks.map((b) => b.text)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Thanh Sơn']);
  });
});

/** A minimal DOCX around a body, zipped in memory, for properties over many documents. */
function tinyDocx(bodyXml: string, prolog = '<?xml version="1.0" encoding="UTF-8"?>'): Uint8Array {
  return tinyDocxRaw(`${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${bodyXml}</w:body></w:document>`);
}

/** A DOCX holding only this word/document.xml (deflated, as Word writes it). */
function tinyDocxRaw(documentXml: string): Uint8Array {
  return zipSync({ 'word/document.xml': strToU8(documentXml) }, { level: 6 });
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('readDocx: merged table cells', () => {
  const tc = (text: string, tcPr = '') => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const tr = (cells: string, trPr = '') => `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells}</w:tr>`;

  it('keeps every column at its index: a merged cell fills its first grid column, the others are empty', async () => {
    const table = `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>${[
      tr(tc('STT') + tc('Nội dung') + tc('Cơ quan chủ trì') + tc('Thời gian')),
      // A group row: its number, then its title across the three other columns.
      tr(tc('I') + tc('Công tác truyền thông', '<w:gridSpan w:val="3"/>')),
      tr(tc('1') + tc('Lễ phát động') + tc('Phòng Văn hóa', '<w:vMerge w:val="restart"/>') + tc('Tháng 6')),
      // The lead agency merged down: Word stores the lower cell empty.
      tr(tc('2') + tc('Tuyên truyền') + '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>' + tc('Tháng 7')),
      // A row that starts one grid column in and stops one short.
      tr(tc('Ghi chú', '<w:gridSpan w:val="2"/>'), '<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'),
    ].join('')}</w:tbl>`;
    const raw = await readDocx(tinyDocx(table), { path: 'merged.docx' });
    expect(show(raw.blocks)).toEqual([
      [
        [['STT'], ['Nội dung'], ['Cơ quan chủ trì'], ['Thời gian']],
        [['I'], ['Công tác truyền thông'], [], []],
        [['1'], ['Lễ phát động'], ['Phòng Văn hóa'], ['Tháng 6']],
        [['2'], ['Tuyên truyền'], [''], ['Tháng 7']],
        [[], ['Ghi chú'], [], []],
      ],
    ]);
  });
});

describe('readDocx: properties', () => {
  it('gives back any paragraph text, markup characters included', async () => {
    // XML 1.0 text: no C0 controls but tab/newline, no lone surrogates.
    const xmlText = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
    await fc.assert(
      fc.asyncProperty(fc.array(xmlText, { minLength: 1, maxLength: 5 }), async (texts) => {
        const body = texts.map((t) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r></w:p>`).join('');
        const raw = await readDocx(tinyDocx(body), { path: 'prop.docx' });
        expect(show(raw.blocks)).toEqual(texts);
      }),
      { seed: 20250516, numRuns: 200 },
    );
  });

  it('never expands entities a DOCTYPE defines (billion laughs)', async () => {
    const laughs = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const prolog = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY l0 "ha">${laughs}]>`;
    const raw = await readDocx(tinyDocx('<w:p><w:r><w:t>&l9; &amp; &#7871;</w:t></w:r></w:p>', prolog), { path: 'laughs.docx' });
    expect(show(raw.blocks)).toEqual(['&l9; & ế']);
  });

  it('reads a part whose WordprocessingML prefix is not "w"', async () => {
    const xml = '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:r><x:t>Kế hoạch</x:t></x:r></x:p></x:body></x:document>';
    const raw = await readDocx(tinyDocxRaw(xml), { path: 'prefix.docx' });
    expect(show(raw.blocks)).toEqual(['Kế hoạch']);
  });

  it('meets damage with a PlanError or a result, never a crash', async () => {
    const original = bytesOf('header-table.docx');
    const damage = fc.oneof(
      fc.record({ cut: fc.integer({ min: 0, max: original.length - 1 }) }),
      fc.record({ at: fc.integer({ min: 0, max: original.length - 1 }), xor: fc.integer({ min: 1, max: 255 }), span: fc.integer({ min: 1, max: 64 }) }),
    );
    await fc.assert(
      fc.asyncProperty(damage, async (d) => {
        let bytes: Uint8Array;
        if ('cut' in d) bytes = original.slice(0, d.cut);
        else {
          bytes = original.slice();
          for (let i = d.at; i < Math.min(bytes.length, d.at + d.span); i++) bytes[i] = (bytes[i] as number) ^ d.xor;
        }
        try {
          const raw = await readDocx(bytes, { path: 'damaged.docx' });
          expect(Array.isArray(raw.blocks)).toBe(true);
        } catch (error) {
          expect(isPlanError(error), String(error)).toBe(true);
          expect((error as PlanError).message).toMatch(/^damaged\.docx: [^\n]+$/);
        }
      }),
      { seed: 20250516, numRuns: 300 },
    );
  });
});
