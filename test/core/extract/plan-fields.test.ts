import { describe, expect, it } from 'vitest';
import { extractBudget } from '../../../packages/core/src/extract/budget.js';
import { extractImplements } from '../../../packages/core/src/extract/implements.js';
import { extractPeriod } from '../../../packages/core/src/extract/period.js';
import { extractRecipients } from '../../../packages/core/src/extract/recipients.js';
import { extractReferences } from '../../../packages/core/src/extract/references.js';
import { extractSigner } from '../../../packages/core/src/extract/signer.js';
import { extractSlogans } from '../../../packages/core/src/extract/slogans.js';
import { extractTheme } from '../../../packages/core/src/extract/theme.js';
import { at, contextOf } from './header-helpers.js';

describe('extractImplements', () => {
  it('reads number, date, issuer, level and locality of each plan implemented', async () => {
    const ctx = await contextOf([
      'KẾ HOẠCH',
      'Tiêu đề',
      'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng và Công văn số 12/SYT-BTXH ngày 20/5/2025 của UBND tỉnh về việc triển khai, UBND huyện Hạ Lang ban hành Kế hoạch số 9/KH-UBND:',
      'I. A',
    ]);
    const refs = extractImplements(ctx);
    expect(refs.map(({ span: _span, ...r }) => r)).toEqual([
      { role: 'implements', type: 'Kế hoạch', documentNumber: '1420/KH-UBND', name: null, issuedOn: '2025-05-16', issuer: 'Ủy ban nhân dân tỉnh Cao Bằng', level: 'province', locality: 'Cao Bằng', text: 'Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng' },
      { role: 'implements', type: 'Công văn', documentNumber: '12/SYT-BTXH', name: null, issuedOn: '2025-05-20', issuer: 'UBND tỉnh', level: 'province', locality: null, text: 'Công văn số 12/SYT-BTXH ngày 20/5/2025 của UBND tỉnh' },
    ]);
    for (const r of refs) expect(at(ctx, r.span)).toBe(r.text);
  });

  it('reads a citation wrapped over two lines, and nothing when the plan implements nothing', async () => {
    const ctx = await contextOf(['Thực hiện kế hoạch số 790/KH-UBND ngày 17/5/2024 của UBND thị xã', 'Quảng Trị về triển khai tháng hành động.', 'I. A']);
    expect(extractImplements(ctx)[0]).toMatchObject({ issuer: 'UBND thị xã Quảng Trị', level: 'district', locality: 'Quảng Trị' });
    const none = await contextOf(['KẾ HOẠCH', 'Tiêu đề', 'I. A', 'Thực hiện Kế hoạch số 1/KH-UBND ngày 1/1/2025']);
    expect(extractImplements(none)).toEqual([]);
  });
});

describe('extractTheme', () => {
  it('strips quotes, emphasis and the full stop, and grounds the words', async () => {
    const ctx = await contextOf(['II. CHỦ ĐỀ', '1. Chủ đề: “*Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em*”.']);
    const theme = extractTheme(ctx);
    expect(theme?.text).toBe('Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em');
    expect(at(ctx, theme!.span)).toBe(theme!.text);
  });

  it('does not take "với chủ đề ..." in an activity', async () => {
    const ctx = await contextOf(['II. NHIỆM VỤ', '9. Tổ chức các hoạt động, với chủ đề “Ưu tiên nguồn lực” đảm bảo an toàn.']);
    expect(extractTheme(ctx)).toBeNull();
  });
});

describe('extractPeriod', () => {
  it('reads the range and fills a missing year from the plan', async () => {
    const ctx = await contextOf(['II. THỜI GIAN', '2. Thời gian: Từ ngày 01/6/2025 đến ngày 30/6/2025.']);
    expect(extractPeriod(ctx)).toMatchObject({ start: '2025-06-01', end: '2025-06-30', text: 'Từ ngày 01/6/2025 đến ngày 30/6/2025' });
    const implied = await contextOf(['2. Thời gian: từ ngày 01/6 đến ngày 30/6'], 2026);
    expect(extractPeriod(implied)).toMatchObject({ start: '2026-06-01', end: '2026-06-30' });
  });

  it('leaves an activity timing alone, and declines without a year', async () => {
    const activity = await contextOf(['- Thời gian thực hiện: Từ ngày 01/6/2026 đến ngày 30/6/2026.']);
    expect(extractPeriod(activity)).toBeNull();
    const noYear = await contextOf(['2. Thời gian: từ ngày 01/6 đến ngày 30/6']);
    expect(extractPeriod(noYear)).toBeNull();
  });
});

describe('extractSlogans', () => {
  it('reads a list mixing dashes and numbers, one slogan per item', async () => {
    const ctx = await contextOf([
      'III. THÔNG DIỆP, KHẨU HIỆU TRUYỀN THÔNG',
      '- Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em;',
      '- Phát huy sức mạnh cộng đồng;',
      '3. Hành động vì trẻ em ngay hôm nay;',
      '4. Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi.',
      'IV. CÁC HOẠT ĐỘNG CHÍNH',
      '- Không phải khẩu hiệu.',
    ]);
    const slogans = extractSlogans(ctx);
    expect(slogans.map((s) => s.text)).toEqual([
      'Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em',
      'Phát huy sức mạnh cộng đồng',
      'Hành động vì trẻ em ngay hôm nay',
      'Tổng đài 111 - tiếp nhận thông tin mọi lúc, bảo vệ trẻ em mọi nơi',
    ]);
    for (const s of slogans) expect(at(ctx, s.span)).toBe(s.text);
  });

  it('finds a nested slogans section but not a heading that only mentions slogans', async () => {
    const ctx = await contextOf([
      'II. CHỦ ĐỀ, THỜI GIAN, KHẨU HIỆU TRUYỀN THÔNG',
      '1. Chủ đề: “A”',
      '2. Khẩu hiệu truyền thông',
      '- Một.',
      '- Hai.',
      '3. Bộ nhận diện: gửi kèm.',
    ]);
    expect(extractSlogans(ctx).map((s) => s.text)).toEqual(['Một', 'Hai']);
    expect(extractSlogans(await contextOf(['I. MỤC ĐÍCH', '- Một.']))).toEqual([]);
  });
});

describe('extractRecipients', () => {
  it('reads one recipient per item, joins a wrapped item, skips sub-headings, stops at the signature', async () => {
    const ctx = await contextOf([
      'Nơi nhận:',
      'Gửi bản điện tử:',
      '- Sở Y tế;',
      '- Các Phòng: Nội vụ, GD&ĐT, Tư pháp,',
      'Văn hóa, Khoa học và Thông tin;',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    const recipients = extractRecipients(ctx);
    expect(recipients.map((r) => r.text)).toEqual(['Sở Y tế', 'Các Phòng: Nội vụ, GD&ĐT, Tư pháp, Văn hóa, Khoa học và Thông tin', 'Lưu: VT']);
    expect(at(ctx, recipients[1]!.span)).toBe('Các Phòng: Nội vụ, GD&ĐT, Tư pháp,\nVăn hóa, Khoa học và Thông tin');
  });

  it('is empty without a Nơi nhận list', async () => {
    expect(extractRecipients(await contextOf(['I. A', '- Sở Y tế;']))).toEqual([]);
  });
});

describe('extractSigner', () => {
  it('reads authority, title and name, bold markers and all', async () => {
    const ctx = await contextOf(['- Lưu VT.', '**KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH**', 'Hoàng Thanh Sơn']);
    expect(extractSigner(ctx)).toMatchObject({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hoàng Thanh Sơn' });
  });

  it('joins two authority lines and reads lines a PDF merged', async () => {
    const two = await contextOf(['TM. UỶ BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '(Đã ký)', 'Lê Thị Huệ']);
    expect(extractSigner(two)).toMatchObject({ authority: 'TM. UỶ BAN NHÂN DÂN KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Thị Huệ' });
    const merged = await contextOf(['KT. CHỦ TỊCH PHÓ CHỦ TỊCH', 'Hoàng Thanh Sơn']);
    expect(extractSigner(merged)).toMatchObject({ authority: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Hoàng Thanh Sơn' });
    const chair = await contextOf(['TM. ỦY BAN NHÂN DÂN CHỦ TỊCH', 'Nguyễn Văn An']);
    expect(extractSigner(chair)).toMatchObject({ authority: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Nguyễn Văn An' });
  });

  it('is null for an unsigned draft', async () => {
    expect(extractSigner(await contextOf(['Nơi nhận:', '- Lưu: VT.']))).toBeNull();
  });
});

describe('extractReferences', () => {
  it('reads numbered documents and laws, once each, with malformed numbers as printed', async () => {
    const ctx = await contextOf([
      'I. CĂN CỨ',
      '- Thông tư 28/2019/TT-BLĐTBXH ngày 26/12/2019 của Bộ trưởng;',
      '- Luật Trẻ em; Nghị định số 56/NĐ-CP ngày 09/5/2017 của Chính phủ;',
      '- Chỉ thị số 28-CT/TW ngày 25/12/2023; Luật trẻ em năm 2016; Luật Hôn nhân và gia đình, Luật Giáo dục.',
      '- Quyết định số 06/QĐ-TTg ngày 03/01/2019; văn bản quy phạm pháp luật.',
    ]);
    const refs = extractReferences(ctx);
    expect(refs.map(({ span: _s, ...r }) => r)).toEqual([
      { kind: 'circular', number: '28/2019/TT-BLĐTBXH', issuedOn: '2019-12-26', text: 'Thông tư 28/2019/TT-BLĐTBXH ngày 26/12/2019' },
      { kind: 'law', number: null, issuedOn: null, text: 'Luật Trẻ em' },
      { kind: 'decree', number: '56/NĐ-CP', issuedOn: '2017-05-09', text: 'Nghị định số 56/NĐ-CP ngày 09/5/2017' },
      { kind: 'directive', number: '28-CT/TW', issuedOn: '2023-12-25', text: 'Chỉ thị số 28-CT/TW ngày 25/12/2023' },
      { kind: 'law', number: null, issuedOn: null, text: 'Luật Hôn nhân và gia đình' },
      { kind: 'law', number: null, issuedOn: null, text: 'Luật Giáo dục' },
      { kind: 'decision', number: '06/QĐ-TTg', issuedOn: '2019-01-03', text: 'Quyết định số 06/QĐ-TTg ngày 03/01/2019' },
    ]);
    for (const r of refs) expect(at(ctx, r.span)).toBe(r.text);
  });

  it('reads the year of a law and leaves out the plans in implements', async () => {
    const ctx = await contextOf(['Thực hiện Kế hoạch số 1/KH-UBND ngày 2/3/2025 của UBND tỉnh, UBND huyện ban hành:', 'I. A', '- Luật Trẻ em 2016;']);
    const upper = { role: 'implements' as const, type: 'Kế hoạch', documentNumber: '1/KH-UBND', name: null, issuedOn: null, issuer: null, level: null, locality: null, span: { start: ctx.doc.text.indexOf('Kế hoạch số'), end: 0, page: null } };
    const refs = extractReferences(ctx, { implements: [upper] });
    expect(refs.map((r) => [r.kind, r.text, r.issuedOn])).toEqual([['law', 'Luật Trẻ em 2016', '2016']]);
  });
});

describe('extractBudget', () => {
  it('reads the section text and the kinds of source', async () => {
    const ctx = await contextOf([
      'III. KINH PHÍ',
      'Nguồn ngân sách của huyện được bố trí trong dự toán và các nguồn kinh phí hợp pháp khác (nếu có).',
      'IV. TỔ CHỨC THỰC HIỆN',
    ]);
    const budget = extractBudget(ctx);
    expect(budget).toMatchObject({
      text: 'Nguồn ngân sách của huyện được bố trí trong dự toán và các nguồn kinh phí hợp pháp khác (nếu có).',
      sources: ['state-budget', 'other-lawful'],
    });
    expect(at(ctx, budget!.span)).toBe(budget!.text);
  });

  it('keeps sub-headings and orders sources by first mention; null without a section', async () => {
    const ctx = await contextOf(['IV. KINH PHÍ HOẠT ĐỘNG', '1. Cấp xã', '- Huy động nguồn xã hội hóa.', '- Ngân sách xã.', 'V. TỔ CHỨC']);
    expect(extractBudget(ctx)).toMatchObject({ text: '1. Cấp xã - Huy động nguồn xã hội hóa. - Ngân sách xã.', sources: ['socialization', 'state-budget'] });
    expect(extractBudget(await contextOf(['I. MỤC ĐÍCH', 'Kinh phí: không']))).toBeNull();
  });
});
