import type { PlanExtraction } from '@plan-extract/core';

/**
 * A small, clean action-month plan as extraction would return it, with real offsets into its text.
 * Tests break one thing at a time on top of it.
 */
export function cleanPlan(edit: (text: string) => string = (t) => t): PlanExtraction {
  const text = edit(
    [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN HẠ LANG',
      'Số: 15/KH-UBND',
      'Hạ Lang, ngày 20 tháng 5 năm 2025',
      'KẾ HOẠCH',
      'Triển khai Tháng hành động vì trẻ em năm 2025',
      'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng.',
      '1. Chủ đề: “Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em”.',
      '2. Thời gian: Từ ngày 01/6/2025 đến ngày 30/6/2025.',
      '- Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi.',
      '1. Văn phòng HĐND-UBND huyện: chủ trì, tham mưu tổ chức triển khai.',
      'Báo cáo kết quả trước ngày 10/7/2025.',
      'Theo Nghị định số 56/2017/NĐ-CP ngày 09/5/2017.',
      'Nơi nhận:',
      '- Sở Y tế;',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Hoàng Thanh Sơn',
    ].join('\n'),
  );
  const at = (needle: string) => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length, page: null };
  };
  const grounded = (needle: string) => ({ text: needle, span: at(needle) });
  return {
    schemaVersion: 1,
    source: { path: 'ha-lang.txt', format: 'text', pages: null, sha256: '0'.repeat(64) },
    text,
    kind: 'action-month',
    documentNumber: '15/KH-UBND',
    issuer: { name: 'Ủy ban nhân dân huyện Hạ Lang', level: 'district', locality: 'Hạ Lang' },
    place: 'Hạ Lang',
    issuedOn: '2025-05-20',
    title: 'Triển khai Tháng hành động vì trẻ em năm 2025',
    year: 2025,
    years: null,
    implements: [{ role: 'implements', type: 'Kế hoạch', documentNumber: '1420/KH-UBND', name: null, issuedOn: '2025-05-16', issuer: 'Ủy ban nhân dân tỉnh Cao Bằng', level: 'province', locality: 'Cao Bằng', span: at('Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng') }],
    theme: grounded('Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em'),
    period: { start: '2025-06-01', end: '2025-06-30', text: 'Từ ngày 01/6/2025 đến ngày 30/6/2025', span: at('Từ ngày 01/6/2025 đến ngày 30/6/2025') },
    slogans: [grounded('Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi')],
    targets: [],
    activities: [],
    responsibilities: [
      {
        agency: { name: 'Văn phòng HĐND-UBND huyện', key: 'office', level: 'district' },
        role: 'lead',
        duties: [grounded('chủ trì, tham mưu tổ chức triển khai')],
        span: at('1. Văn phòng HĐND-UBND huyện: chủ trì, tham mưu tổ chức triển khai.'),
      },
    ],
    deadlines: [
      { kind: 'by', text: 'trước ngày 10/7/2025', date: '2025-07-10', start: null, end: null, quarters: [], action: 'report', actor: null, recipient: null, span: at('trước ngày 10/7/2025') },
    ],
    budget: null,
    recipients: [grounded('Sở Y tế')],
    signer: { authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hoàng Thanh Sơn', span: at('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHoàng Thanh Sơn') },
    references: [{ kind: 'decree', number: '56/2017/NĐ-CP', issuedOn: '2017-05-09', text: 'Nghị định số 56/2017/NĐ-CP ngày 09/5/2017', span: at('Nghị định số 56/2017/NĐ-CP ngày 09/5/2017') }],
    diagnostics: [],
    anatomy: { header: null, typeName: null, title: null, opening: null, body: null, closing: null },
  };
}
