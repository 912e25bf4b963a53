/**
 * The anatomy stage: the zones of Nghị định 30/2020 found from the text. The ten fixture plans in every
 * format (their zones written by hand from the texts), then each layout the issue lists, as text.
 * Zones compare on `compareKey` (spacing, case and punctuation do not count) by their whole text, or by
 * how they begin and end.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareKey, extract, findAnatomy, readDocument, zoneText, type Anatomy, type PlanDocument, type Zone } from '@plan-extract/core';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** A zone's text on the comparison key ('' for none). */
const z = (doc: PlanDocument, zone: Zone | null | undefined) => compareKey(zoneText(doc.text, zone ?? null));
const k = (text: string) => compareKey(text);

interface Zones {
  /** Issuer and motto of the DOCX and PDF made from the text, whose header the text copy lacks. */
  office?: { issuer: string };
  issuer: string | null;
  motto: string | null;
  number: string | null;
  placeDate: string | null;
  title: string | null;
  /** How the opening begins and ends. */
  opening: [string, string];
  body: string;
  signature: [string, string] | null;
  recipients: [string, string];
}

const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc';
const PLANS: Record<string, Zones> = {
  'corpus/bac-kan-2026-action-month': {
    office: { issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG BẮC KẠN' },
    issuer: null, motto: null, number: 'Số: /KH-UBND', placeDate: 'Bắc Kạn, ngày tháng 5 năm 2026',
    title: 'Triển khai Tháng hành động vì trẻ em năm 2026 trên địa bàn phường Bắc Kạn',
    opening: ['Thực hiện Kế hoạch số 172/KH-UBND', 'cụ thể như sau'], body: 'I. MỤC ĐÍCH, YÊU CẦU',
    signature: ['KT. CHỦ TỊCH', 'Phan Đình Huy'], recipients: ['Nơi nhận', 'Lưu VT, VHXX.Bayht'],
  },
  'corpus/chi-lang-2025-annual': {
    office: { issuer: 'ỦY BAN NHÂN DÂN HUYỆN CHI LĂNG' },
    issuer: null, motto: null, number: null, placeDate: null, title: null,
    opening: ['Thực hiện Kế hoạch số 99/KH-UBND', 'cụ thể như sau'], body: 'I. MỤC ĐÍCH, YÊU CẦU',
    signature: ['KT. CHỦ TỊCH', 'Nguyễn Hùng Mạnh'], recipients: ['Nơi nhận', 'Lưu: VT, PYT (VTHH)'],
  },
  'corpus/ha-lang-2025-action-month': {
    office: { issuer: 'ỦY BAN NHÂN DÂN HUYỆN HẠ LANG' },
    issuer: null, motto: null, number: 'Số: /KH-UBND', placeDate: 'Hạ Lang, ngày tháng 5 năm 2025',
    title: 'Triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn huyện Hạ Lang',
    opening: ['Thực hiện Kế hoạch số 1420/KH-UBND', 'cụ thể như sau'], body: 'I. MỤC ĐÍCH, YÊU CẦU',
    signature: ['KT. CHỦ TỊCH', 'Hoàng Thanh Sơn'], recipients: ['Nơi nhận', 'Lưu VT'],
  },
  'corpus/ly-son-2025-annual': {
    office: { issuer: 'ỦY BAN NHÂN DÂN HUYỆN LÝ SƠN' },
    issuer: null, motto: null, number: 'Số: /KH-UBND', placeDate: 'Lý Sơn, ngày tháng 4 năm 2025',
    title: 'Triển khai thực hiện công tác trẻ em trên địa bàn huyện Lý Sơn năm 2025',
    opening: ['Thực hiện Kế hoạch số 65/KH-UBND', 'cụ thể sau'], body: 'I. MỤC ĐÍCH, YÊU CẦU',
    signature: null, recipients: ['Nơi nhận', 'Lưu: VT'],
  },
  'corpus/quang-tri-ward1-2024-action-month': {
    office: { issuer: 'ỦY BAN NHÂN DÂN PHƯỜNG 1' },
    issuer: null, motto: null, number: null, placeDate: null,
    title: 'Triển khai tháng hành động vì trẻ em năm 2024',
    opening: ['Thực hiện kế hoạch số 790/KH-UBND', 'tháng hành động vì trẻ em như sau'], body: 'I. Mục đích, yêu cầu',
    signature: ['TM. UỶ BAN NHÂN DÂN', 'Lê Thị Huệ'], recipients: ['Nơi nhận', 'Lưu: VT'],
  },
  'province/cao-bang-2025-action-month': {
    issuer: 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG', motto: MOTTO, number: 'Số: 1420/KH-UBND', placeDate: 'Cao Bằng, ngày 16 tháng 5 năm 2025',
    title: 'Triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn tỉnh Cao Bằng',
    opening: ['Căn cứ Luật Trẻ em năm 2016', 'trên địa bàn tỉnh như sau'], body: 'I. MỤC ĐÍCH, YÊU CẦU',
    signature: ['KT. CHỦ TỊCH', 'Nguyễn Bích Ngọc'], recipients: ['Nơi nhận', 'Lưu: VT, VX'],
  },
  'province/lang-son-2025-annual': {
    issuer: 'ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN', motto: MOTTO, number: 'Số: 99/KH-UBND', placeDate: 'Lạng Sơn, ngày 02 tháng 4 năm 2025',
    title: 'Triển khai thực hiện công tác trẻ em năm 2025',
    opening: ['Căn cứ Luật Trẻ em năm 2016', 'năm 2025 như sau'], body: 'I. MỤC ĐÍCH, YÊU CẦU',
    signature: ['KT. CHỦ TỊCH', 'Đoàn Thu Hà'], recipients: ['Nơi nhận', 'Lưu: VT, KGVX'],
  },
  'province/quang-ngai-2025-annual': {
    issuer: 'ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI', motto: MOTTO, number: 'Số: 56/KH-UBND', placeDate: 'Quảng Ngãi, ngày 31 tháng 3 năm 2025',
    title: 'Triển khai thực hiện công tác trẻ em trên địa bàn tỉnh năm 2025',
    opening: ['Căn cứ Luật Trẻ em năm 2016', 'năm 2025 như sau'], body: 'I. MỤC ĐÍCH, YÊU CẦU',
    signature: ['KT. CHỦ TỊCH', 'Trần Phước Hiền'], recipients: ['Nơi nhận', 'Lưu: VT, KGVX'],
  },
  'province/quang-tri-town-2024-action-month': {
    issuer: 'ỦY BAN NHÂN DÂN THỊ XÃ QUẢNG TRỊ', motto: MOTTO, number: 'Số: /KH-UBND', placeDate: 'Quảng Trị, ngày 17 tháng 5 năm 2024',
    title: 'Triển khai Tháng hành động vì trẻ em năm 2024 trên địa bàn thị xã Quảng Trị',
    opening: ['Thực hiện hướng dẫn của Sở Lao động', 'trên địa bàn thị xã như sau'], body: 'I. MỤC ĐÍCH, YÊU CẦU',
    signature: ['TM. ỦY BAN NHÂN DÂN', 'Hoàng Văn Thanh'], recipients: ['Nơi nhận', 'Lưu: VT, LĐTBXH'],
  },
  'province/thai-nguyen-2026-action-month': {
    issuer: 'ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN', motto: MOTTO, number: 'Số: 172/KH-UBND', placeDate: 'Thái Nguyên, ngày 21 tháng 4 năm 2026',
    title: 'Triển khai Tháng hành động vì trẻ em tỉnh Thái Nguyên năm 2026',
    opening: ['Căn cứ Luật Trẻ em năm 2016', 'năm 2026 như sau'], body: 'I. MỤC ĐÍCH, YÊU CẦU',
    signature: ['KT. CHỦ TỊCH', 'Đặng Xuân Trường'], recipients: ['Nơi nhận', 'Lưu: VT, KGVX'],
  },
};

describe('the zones of the fixture plans, in every format', () => {
  for (const [plan, want] of Object.entries(PLANS)) {
    for (const format of ['txt', 'docx', 'pdf']) {
      const path = `${FIXTURES}${plan}.${format}`;
      it.runIf(existsSync(path))(`${plan}.${format}`, async () => {
        const { value: doc } = await readDocument(path);
        const a = findAnatomy(doc);
        const office = format !== 'txt' && want.office;
        expect(z(doc, a.header?.issuer)).toBe(k((office ? want.office?.issuer : want.issuer) ?? ''));
        expect(z(doc, a.header?.motto)).toBe(k((office ? MOTTO : want.motto) ?? ''));
        expect(z(doc, a.header?.number)).toBe(k(want.number ?? ''));
        expect(z(doc, a.header?.placeDate)).toBe(k(want.placeDate ?? ''));
        expect(z(doc, a.typeName)).toBe(want.title === null && plan.includes('chi-lang') ? '' : k('KẾ HOẠCH'));
        expect(z(doc, a.title)).toBe(k(want.title ?? ''));
        expect(z(doc, a.opening).startsWith(k(want.opening[0]))).toBe(true);
        expect(z(doc, a.opening).endsWith(k(want.opening[1]))).toBe(true);
        expect(z(doc, a.body).startsWith(k(want.body))).toBe(true);
        if (want.signature) {
          expect(z(doc, a.closing?.signature).startsWith(k(want.signature[0]))).toBe(true);
          expect(z(doc, a.closing?.signature).endsWith(k(want.signature[1]))).toBe(true);
        } else {
          expect(a.closing?.signature ?? null).toBeNull();
        }
        expect(z(doc, a.closing?.recipients).startsWith(k(want.recipients[0]))).toBe(true);
        expect(z(doc, a.closing?.recipients).endsWith(k(want.recipients[1]))).toBe(true);
        // The body ends where the closing begins.
        if (a.body && a.closing) expect(a.body.span.end).toBeLessThanOrEqual(a.closing.span.start);
      });
    }
  }
});

/** The anatomy of a plan given as text, one paragraph per line, and its extraction. */
async function read(lines: string[]): Promise<{ doc: PlanDocument; a: Anatomy; plan: ReturnType<typeof extract>['value'] }> {
  const { value: doc } = await readDocument({ text: lines.join('\n') });
  return { doc, a: findAnatomy(doc), plan: extract(doc).value };
}

const OPENING = 'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của UBND tỉnh Cao Bằng, UBND huyện Hạ Lang ban hành Kế hoạch như sau:';

describe('headers copied from web tables', () => {
  it('reads one table row per line joined by " | ", the issuer split by the motto', async () => {
    const { doc, a, plan } = await read([
      'ỦY BAN NHÂN DÂN | CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM |',
      'XÃ XUÂN TÍN | Độc lập - Tự do - Hạnh phúc |',
      'Số: 36 /KH - UBND |',
      'Xuân Tín, ngày 07 tháng 5 năm 2025 |',
      'KẾ HOẠCH',
      'Phòng, chống thiên tai năm 2025',
      OPENING,
      'I. MỤC ĐÍCH',
    ]);
    expect(a.header?.issuer?.pieces.map((p) => doc.text.slice(p.start, p.end))).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ XUÂN TÍN']);
    expect(a.header?.motto?.pieces).toHaveLength(2);
    expect(plan).toMatchObject({ documentNumber: '36/KH-UBND', place: 'Xuân Tín', issuedOn: '2025-05-07', title: 'Phòng, chống thiên tai năm 2025' });
    expect(plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân xã Xuân Tín', level: 'commune', locality: 'Xuân Tín' });
  });

  it('reads rows with a leading pipe and missing cells (no locality line, no type name, no title)', async () => {
    const { a, plan } = await read([
      '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | ',
      '| Số: 71/KH-UBND | Bạc Liêu, ngày 29 tháng 4 năm 2021 | ',
      'Căn cứ Nghị quyết số 28/NQ-CP ngày 03 tháng 3 năm 2021 của Chính phủ.',
      'UBND tỉnh xây dựng Kế hoạch thực hiện Chiến lược giai đoạn 2021 - 2025 trên địa bàn tỉnh Bạc Liêu như sau:',
      'I. MỤC TIÊU',
    ]);
    expect(a.typeName).toBeNull();
    expect(a.title).toBeNull();
    expect(plan).toMatchObject({ documentNumber: '71/KH-UBND', place: 'Bạc Liêu', issuedOn: '2021-04-29', year: null, years: { start: 2021, end: 2025 } });
    expect(plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Bạc Liêu', level: 'province', locality: 'Bạc Liêu' });
    expect(plan.implements.map((r) => [r.documentNumber, r.role])).toEqual([['28/NQ-CP', 'basis']]);
  });

  it('reads cells split over lines with a lone "|" between them, and words broken across lines', async () => {
    const { plan } = await read([
      'ỦY', 'BAN NHÂN DÂN', 'TỈNH KHÁNH H', 'ÒA', '-------', '|',
      'CỘNG', 'HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '---------------', '|',
      'Số:', '105/KH-UBND', '|',
      'Tuy Hòa, ngày 08', 'tháng 6 năm 2023', '|',
      'KẾ HOẠCH', 'TRIỂN', 'KHAI CHƯƠNG TRÌNH HỌC TẬP SUỐT ĐỜI NĂM 2023',
      OPENING, 'I. MỤC ĐÍCH',
    ]);
    expect(plan).toMatchObject({ documentNumber: '105/KH-UBND', place: 'Tuy Hòa', issuedOn: '2023-06-08', title: 'TRIỂN KHAI CHƯƠNG TRÌNH HỌC TẬP SUỐT ĐỜI NĂM 2023', year: 2023 });
    expect(plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân tỉnh Khánh Hòa', level: 'province', locality: 'Khánh Hòa' });
  });

  it('joins a place broken before its comma ("Quảng" / "Ngãi, ngày ...") and a year split in two', async () => {
    const { plan } = await read(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI', '|', 'Số: 56    /KH-UBND', '|', 'Quảng', 'Ngãi, ngày 31 tháng 3 năm 20 25', '|', 'KẾ HOẠCH', 'Công tác trẻ em năm 2025', OPENING, 'I. A']);
    expect(plan).toMatchObject({ documentNumber: '56/KH-UBND', place: 'Quảng Ngãi', issuedOn: '2025-03-31' });
  });

  it('reads a header flattened into one line, type name, title and opening included', async () => {
    const { a, plan } = await read([
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM XÃ PHÚ MẬU Độc lập – Tự do – Hạnh phúc KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2014 Căn cứ Luật Phòng, chống thiên tai được Quốc hội thông qua ngày 19 tháng 6 năm 2013; Ủy ban nhân dân xã xây dựng Kế hoạch như sau: A. Mục đích yêu cầu: 1. Nhằm tuyên truyền.',
    ]);
    expect(a.header?.number).toBeNull();
    expect(plan).toMatchObject({ title: 'PHÒNG CHỐNG THIÊN TAI NĂM 2014', year: 2014 });
    expect(plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân xã Phú Mậu', level: 'commune' });
    expect(plan.implements).toMatchObject([{ role: 'basis', type: 'Luật', name: 'Luật Phòng, chống thiên tai', issuedOn: '2013-06-19' }]);
    expect(a.body?.span.start).toBeGreaterThan(a.opening?.span.end ?? Infinity);
  });

  it('splits a parent body from the issuing body printed under it', async () => {
    const { doc, a, plan } = await read(['UBND TỈNH CAO BẰNG', 'SỞ Y TẾ', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/KH-SYT', 'Cao Bằng, ngày 2 tháng 6 năm 2025', 'KẾ HOẠCH', 'Tiêu đề', 'I. A']);
    expect(zoneText(doc.text, a.header?.parent ?? null)).toBe('UBND TỈNH CAO BẰNG');
    expect(zoneText(doc.text, a.header?.issuer ?? null)).toBe('SỞ Y TẾ');
    expect(plan.issuer).toMatchObject({ level: 'province', parent: 'UBND Tỉnh Cao Bằng' });
  });

  it('splits a Party committee from the Party organisation above it', async () => {
    const { doc, a, plan } = await read(['ĐẢNG BỘ TỈNH CAO BẰNG', 'TỈNH ỦY', '*', 'Số 12-KH/TU', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Cao Bằng, ngày 2 tháng 6 năm 2025', 'KẾ HOẠCH', 'Tiêu đề', 'I. A']);
    expect(zoneText(doc.text, a.header?.issuer ?? null)).toBe('TỈNH ỦY');
    expect(plan).toMatchObject({ documentNumber: '12-KH/TU', place: 'Cao Bằng' });
    expect(plan.issuer).toMatchObject({ level: 'province', parent: 'Đảng Bộ Tỉnh Cao Bằng' });
  });

  it('keeps a committee named over two lines as one body', async () => {
    const { a } = await read(['ỦY BAN NHÂN DÂN', 'HUYỆN HẠ LANG', 'Số: 1/KH-UBND', 'KẾ HOẠCH', 'Tiêu đề', 'I. A']);
    expect(a.header?.parent).toBeNull();
  });

  it('does not take a title in capitals, or "SỐ" inside it, for a header', async () => {
    const { a } = await read(['TRIỂN KHAI QUYẾT ĐỊNH SỐ 64/QĐ-BGTVT NGÀY 22/01/2024', OPENING, 'I. A']);
    expect(a.header).toBeNull();
    expect(a.title).not.toBeNull();
  });
});

describe('no header', () => {
  it('reads the issuer, its level and locality from the opening clause', async () => {
    const { a, plan } = await read(['Thực hiện Kế hoạch số 5/KH-UBND ngày 2/3/2025 của UBND tỉnh Lai Châu, Ủy ban nhân dân huyện Mường Tè xây dựng Kế hoạch như sau:', 'I. MỤC ĐÍCH']);
    expect(a.header).toBeNull();
    expect(a.title).toBeNull();
    expect(plan.issuer).toMatchObject({ name: 'Ủy ban nhân dân huyện Mường Tè', level: 'district', locality: 'Mường Tè' });
  });

  it('takes the short lines between a header and the body for a title printed without its type name', async () => {
    const { plan } = await read(['ỦY BAN NHÂN DÂN', 'XÃ THANH NHẬT', 'Số: 3/KH-UBND', 'Thanh Nhật, ngày 2 tháng 5 năm 2025', 'TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2025', 'I. MỤC ĐÍCH']);
    expect(plan.title).toBe('TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2025');
    // A narrative paragraph is not a title.
    const narrative = await read(['ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', 'Sau 15 năm thực hiện Chỉ thị, công tác đạt nhiều kết quả.', 'I. MỤC ĐÍCH']);
    expect(narrative.plan.title).toBeNull();
  });

  it('starts at a title with no type name before it', async () => {
    const { a, plan } = await read(['Triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn xã Thanh Nhật', OPENING, 'I. A']);
    expect(a.typeName).toBeNull();
    expect(plan.title).toBe('Triển khai Tháng hành động vì trẻ em năm 2025 trên địa bàn xã Thanh Nhật');
  });
});

describe('type name and title', () => {
  it.each([
    ['KẾ HOẠCH and the title on one line', ['KẾ HOẠCH TRIỂN KHAI “THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM” NĂM 2021', OPENING], 'TRIỂN KHAI “THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM” NĂM 2021'],
    ['a title in sentence case over two lines', ['KẾ HOẠCH', 'Tổ chức các', 'hoạt động hè dành cho thiếu nhi năm 2024', OPENING], 'Tổ chức các hoạt động hè dành cho thiếu nhi năm 2024'],
    ['a title in capitals ending with a full stop', ['KẾ HOẠCH', 'TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 64/QĐ-BGTVT NGÀY', '22/01/2024 CỦA BỘ GIAO THÔNG VẬN TẢI TRÊN ĐỊA', 'BÀN TỈNH.', OPENING], 'TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 64/QĐ-BGTVT NGÀY 22/01/2024 CỦA BỘ GIAO THÔNG VẬN TẢI TRÊN ĐỊA BÀN TỈNH'],
    ['a title over four lines, a period wrapped to the last', ['KẾ HOẠCH', 'THỰC HIỆN ĐỀ ÁN “XÂY DỰNG VĂN HÓA ỨNG XỬ', 'TRONG TRƯỜNG HỌC', 'GIAI ĐOẠN', '2020 - 2025”', OPENING], 'THỰC HIỆN ĐỀ ÁN “XÂY DỰNG VĂN HÓA ỨNG XỬ TRONG TRƯỜNG HỌC GIAI ĐOẠN 2020 - 2025”'],
    ['a title starting like an opening', ['KẾ HOẠCH', 'Triển khai thực hiện công tác trẻ em năm 2025', OPENING], 'Triển khai thực hiện công tác trẻ em năm 2025'],
    ['a title before "Thực hiện" alone on its line', ['KẾ HOẠCH', 'CÔNG TÁC BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG', 'NĂM 2019', 'Thực hiện', 'Chương trình hành động số 38-CTr/TU ngày 26/12/2012 của Tỉnh ủy, UBND tỉnh xây dựng Kế hoạch như sau:'], 'CÔNG TÁC BẢO ĐẢM TRẬT TỰ AN TOÀN GIAO THÔNG NĂM 2019'],
  ])('%s', async (_what, lines, title) => {
    const { plan } = await read([...lines, 'I. MỤC ĐÍCH']);
    expect(plan.title).toBe(title);
  });

  it('takes a decision that carries a plan as a decision: its summary, its preamble to "QUYẾT ĐỊNH:"', async () => {
    const { doc, a } = await read([
      'UỶ BAN NHÂN', 'DÂN', 'TỈNH QUẢNG BÌNH', '|', 'Số:', '3104/QĐ-UBND', '|',
      'QUYẾT ĐỊNH', 'V/V BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG BỆNH', 'LỞ MỒM LONG MÓNG GIAI ĐOẠN 2016 - 2020',
      'CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH QUẢNG BÌNH', 'Căn cứ Luật Thú y ngày 19/6/2015;', 'QUYẾT ĐỊNH:', 'Điều 1. Ban hành Kế hoạch.',
    ]);
    expect(zoneText(doc.text, a.typeName)).toBe('QUYẾT ĐỊNH');
    expect(zoneText(doc.text, a.title)).toBe('V/V BAN HÀNH KẾ HOẠCH PHÒNG, CHỐNG BỆNH LỞ MỒM LONG MÓNG GIAI ĐOẠN 2016 - 2020');
    expect(zoneText(doc.text, a.opening)).toBe('CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH QUẢNG BÌNH Căn cứ Luật Thú y ngày 19/6/2015;');
    expect(zoneText(doc.text, a.body)).toBe('QUYẾT ĐỊNH: Điều 1. Ban hành Kế hoạch.');
  });
});

describe('opening and body', () => {
  it('takes a section of legal bases as the opening, and the next section as the body', async () => {
    const { doc, a, plan } = await read(['KẾ HOẠCH', 'Tiêu đề', 'I. CĂN CỨ', 'XÂY DỰNG KẾ HOẠCH', '- Luật Dược số 105/2016/QH13;', '- Nghị định số 109/2016/NĐ-CP ngày 01/7/2016 của Chính phủ;', 'II. MỤC TIÊU', '1. Mục tiêu chung']);
    expect(zoneText(doc.text, a.body).startsWith('II. MỤC TIÊU')).toBe(true);
    expect(plan.implements.map((r) => [r.documentNumber, r.role])).toEqual([['105/2016/QH13', 'basis'], ['109/2016/NĐ-CP', 'basis']]);
  });

  it('takes a numbered list of bases with no heading as the opening; "1. Mục tiêu chung" begins a body', async () => {
    const bases = await read(['Số: 1/KH-UBND |', '1. Điều lệ trường ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020;', '2. Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh;']);
    expect(bases.plan.implements.map((r) => [r.documentNumber, r.role])).toEqual([['32/2020/TT-BGDĐT', 'basis'], ['932/QĐ-UBND', 'basis']]);
    const goals = await read(['Số: 1/KH-UBND |', '1. Mục tiêu chung', 'Giảm tai nạn theo Quyết định số 1/QĐ-UBND ngày 2/3/2025.']);
    expect(goals.a.opening).toBeNull();
    expect(goals.plan.implements).toEqual([]);
  });

  it('has no opening, and no closing, when the text has none', async () => {
    const { a } = await read(['KẾ HOẠCH', 'Tiêu đề', 'I. MỤC ĐÍCH', '1. Mục đích']);
    expect(a.opening).toBeNull();
    expect(a.closing).toBeNull();
  });
});
