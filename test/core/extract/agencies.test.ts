import { describe, expect, it } from 'vitest';
import { readDocument, type FunctionKey, type Level } from '@plan-extract/core';
import { findAgencies, planLevel, recognizeAgency, splitAgencyList } from '../../../packages/core/src/extract/agencies.js';

type Row = [name: string, key: FunctionKey | null, level: Level | null];

// Every agency name printed in the five corpus plans (headings, lead/partner fields, recipients),
// read in a district plan unless the name says otherwise.
const CORPUS: Row[] = [
  ['Văn phòng HĐND-UBND huyện', 'office', 'district'],
  ['Văn Phòng HĐND-UBND huyện', 'office', 'district'],
  ['Văn phòng HĐND - UBND phường', 'office', 'commune'],
  ['Văn Phòng huyện', 'office', 'district'],
  ['Phòng Văn hoá, Khoa học và Thông tin', 'culture', 'district'],
  ['Phòng Văn hóa, Khoa học và Thông tin huyện', 'culture', 'district'],
  ['Phòng Văn hóa và Thông tin', 'culture', 'district'],
  ['Phòng Văn hóa - Xã hội phường', 'culture', 'commune'],
  ['Phòng Giáo dục và Đào tạo', 'education', 'district'],
  ['Phòng Giáo dục và Đào tạo huyện', 'education', 'district'],
  ['Phòng Kinh tế - Hạ tầng và Đô thị', 'economy', 'district'],
  ['Trung tâm Văn hóa – Truyền thông huyện', 'media', 'district'],
  ['Trung tâm Truyền thông – Văn hóa - Thể thao', 'media', 'district'],
  ['Trung tâm Văn hóa, Thể thao và Truyền thông huyện', 'media', 'district'],
  ['Trung tâm VH-TT huyện', 'media', 'district'],
  ['Trung Tâm TT-VH-TT huyện', 'media', 'district'],
  ['Trung tâm Dịch vụ tổng hợp phường', 'media', 'commune'],
  ['Trang thông tin điện tử huyện', 'media', 'district'],
  ['Cổng thông tin điện tử huyện', 'media', 'district'],
  ['Các cơ quan, ban, ngành, đoàn thể huyện', 'all-agencies', 'district'],
  ['Các phòng, ban, ngành và đơn vị có liên quan', 'all-agencies', 'district'],
  ['Các cơ quan, đơn vị thuộc UBND huyện', 'all-agencies', 'district'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hạ Lang và các tổ chức thành viên', 'front', 'district'],
  ['Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể', 'front', 'district'],
  ['Ủy ban Mặt trận Tổ quốc phường', 'front', 'commune'],
  ['Uỷ ban MTTQVN huyện', 'front', 'district'],
  ['UB MTTQVN và các đoàn thể huyện', 'front', 'district'],
  ['UBMTTQVN và các đoàn thể phường', 'front', 'commune'],
  ['UBMTTQ VN phường', 'front', 'commune'],
  ['Các tổ chức chính trị - xã hội huyện', 'front', 'district'],
  ['UBND các xã, thị trấn', 'people-committee', 'commune'],
  ['UBND phường', 'people-committee', 'commune'],
  ['Ủy ban nhân dân tỉnh Cao Bằng', 'people-committee', 'province'],
  ['UBND thị xã Quảng Trị', 'people-committee', 'district'],
  ['Công an các xã, thị trấn', 'police', 'commune'],
  ['Công an phường', 'police', 'commune'],
  ['Đồn Công an Lý Sơn', 'police', 'district'],
  ['Phòng Nội vụ', 'home-affairs', 'district'],
  ['Phòng Tài chính – Kế hoạch', 'finance', 'district'],
  ['Phòng Tài chính - Kế hoạch huyện', 'finance', 'district'],
  ['Phòng Tư pháp huyện', 'justice', 'district'],
  ['Phòng Y tế huyện', 'health', 'district'],
  ['Trung tâm Y tế huyện', 'health', 'district'],
  ['Trung tâm Y tế quân - dân y Lý Sơn', 'health', 'district'],
  ['TT Y tế huyện', 'health', 'district'],
  ['Trạm Y tế phường', 'health', 'commune'],
  ['Trạm y tế phường', 'health', 'commune'],
  ['Bảo hiểm xã hội huyện', 'social-insurance', 'district'],
  ['Huyện đoàn Chi Lăng', 'youth', 'district'],
  ['Huyện đoàn Lý Sơn', 'youth', 'district'],
  ['Đoàn Thanh niên Cộng sản Hồ Chí Minh phường', 'youth', 'commune'],
  ['Đoàn thanh niên CSHCM phường', 'youth', 'commune'],
  ['Hội Liên hiệp Phụ nữ huyện', 'women', 'district'],
  ['Ban Xây dựng đảng', 'party', 'district'],
  ['TT Huyện ủy', 'party', 'district'],
  ['TT Đảng ủy phường', 'party', 'commune'],
  ['Thường trực HĐND huyện', 'council', 'district'],
  ['Công chức VH - XH (phụ trách lĩnh vực LĐTB&XH)', 'labour', 'commune'],
  ['Công chức VH - XH (phụ trách lĩnh vực Văn hóa - thông tin)', 'culture', 'commune'],
  ['Công chức Tư pháp - Hộ tịch', 'justice', 'commune'],
  ['Công chức Địa chính-xây dựng', 'construction', 'commune'],
  ['Phòng LĐTB&XH thị xã Quảng Trị', 'labour', 'district'],
  ['Phòng LĐ-TB&XH thị xã', 'labour', 'district'],
  ['Các trường học', 'schools', 'district'],
  ['Trường Mầm non Hương Sen', 'schools', 'district'],
  ['Các khu phố', 'residential', 'commune'],
  ['Các tổ dân phố', 'residential', 'commune'],
  ['Sở Y tế', 'health', 'province'],
  ['Sở Y tế tỉnh Lạng Sơn', 'health', 'province'],
  ['Bộ Y tế', 'health', 'national'],
  ['Chính phủ', 'people-committee', 'national'],
];

// Province-level bodies a province plan names, and national ones.
const PROVINCE: Row[] = [
  ['Sở Giáo dục và Đào tạo', 'education', 'province'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'culture', 'province'],
  ['Sở Văn hoá, Thể thao và Du lịch', 'culture', 'province'],
  ['Sở Lao động - Thương binh và Xã hội', 'labour', 'province'],
  ['Sở LĐTB&XH', 'labour', 'province'],
  ['Sở Thông tin và Truyền thông', 'information', 'province'],
  ['Sở Tư pháp', 'justice', 'province'],
  ['Sở Tài chính', 'finance', 'province'],
  ['Sở Nội vụ', 'home-affairs', 'province'],
  ['Sở Xây dựng', 'construction', 'province'],
  ['Sở Công Thương', 'economy', 'province'],
  ['Sở Nông nghiệp và Môi trường', 'agriculture', 'province'],
  ['Công an tỉnh', 'police', 'province'],
  ['Tỉnh đoàn', 'youth', 'province'],
  ['Báo Lạng Sơn', 'media', 'province'],
  ['Đài Phát thanh và Truyền hình tỉnh', 'media', 'province'],
  ['Bảo hiểm xã hội tỉnh', 'social-insurance', 'province'],
  ['Hội Liên hiệp Phụ nữ tỉnh', 'women', 'province'],
  ['Hội Nông dân tỉnh', 'farmers', 'province'],
  ['Hội Cựu chiến binh tỉnh', 'veterans', 'province'],
  ['Hội Chữ thập đỏ tỉnh', 'red-cross', 'province'],
  ['Bộ Chỉ huy Quân sự tỉnh', 'military', 'province'],
  ['Tòa án nhân dân tỉnh', 'court', 'province'],
  ['Viện Kiểm sát nhân dân tỉnh', 'procuracy', 'province'],
  ['Văn phòng UBND tỉnh', 'office', 'province'],
  ['Liên đoàn Lao động tỉnh', null, 'province'],
  ['Bộ Lao động - Thương binh và Xã hội', 'labour', 'national'],
  ['Thủ tướng Chính phủ', 'people-committee', 'national'],
];

describe('recognizeAgency', () => {
  it.each([...CORPUS, ...PROVINCE])('%s → %s, %s', (name, key, level) => {
    expect(recognizeAgency(name, { level: 'district' })).toEqual({ name, key, level });
  });

  it('reads both tone-mark styles alike', () => {
    expect(recognizeAgency('Phòng Văn hoá, Khoa học và Thông tin')?.key).toBe(recognizeAgency('Phòng Văn hóa, Khoa học và Thông tin')?.key);
    expect(recognizeAgency('Uỷ ban nhân dân huyện')?.key).toBe('people-committee');
    expect(recognizeAgency('ỦY BAN NHÂN DÂN HUYỆN HẠ LANG')).toEqual({ name: 'ỦY BAN NHÂN DÂN HUYỆN HẠ LANG', key: 'people-committee', level: 'district' });
  });

  it('places a name without locality at the plan level, and Phòng by it', () => {
    expect(recognizeAgency('Ban Xây dựng đảng', { level: 'commune' })?.level).toBe('commune');
    expect(recognizeAgency('Phòng Văn hóa – Xã hội', { level: 'commune' })?.level).toBe('commune');
    expect(recognizeAgency('Phòng Văn hóa – Xã hội')?.level).toBe('district');
    expect(recognizeAgency('Trung tâm Dịch vụ tổng hợp')?.level).toBeNull();
    // "Xã hội" is society, not a commune.
    expect(recognizeAgency('Bảo hiểm xã hội')?.level).toBeNull();
  });

  it.each(['Ban Chỉ đạo Bảo vệ trẻ em', 'Phòng, chống', 'Báo cáo', 'Hội nghị', 'Trường hợp', 'Bộ chỉ tiêu số liệu trẻ em', 'Chế độ thông tin báo cáo', 'Kinh phí', ''])(
    'declines %j',
    (name) => expect(recognizeAgency(name)).toBeNull(),
  );
});

const names = (text: string) => findAgencies(text, { level: 'district' }).map((m) => [m.agency.name, m.agency.key]);

describe('findAgencies', () => {
  it('splits a partner list on heads, keeping commas inside names', () => {
    const text = 'Phòng Nội vụ, Phòng Văn hóa, Khoa học và Thông tin, Trung tâm Truyền thông – Văn hóa - Thể thao, Phòng Giáo dục và Đào tạo và các Hội, đoàn thể huyện.';
    expect(names(text)).toEqual([
      ['Phòng Nội vụ', 'home-affairs'],
      ['Phòng Văn hóa, Khoa học và Thông tin', 'culture'],
      ['Trung tâm Truyền thông – Văn hóa - Thể thao', 'media'],
      ['Phòng Giáo dục và Đào tạo', 'education'],
      ['các Hội, đoàn thể huyện', 'front'],
    ]);
    for (const m of findAgencies(text)) expect(text.slice(m.index, m.end)).toBe(m.agency.name);
  });

  it('distributes a shared head over a ;-list and stops at the predicate', () => {
    const text = 'Các phòng, đơn vị: Giáo dục và Đào tạo; Tư pháp; Văn hóa, Khoa học và Thông tin; Văn phòng huyện; Trung tâm Truyền thông – Văn hóa – Thể thao; Đồn Công an Lý Sơn; Huyện đoàn và các tổ chức chính trị - xã hội huyện căn cứ chức năng, nhiệm vụ được giao';
    expect(names(text)).toEqual([
      ['Giáo dục và Đào tạo', 'education'],
      ['Tư pháp', 'justice'],
      ['Văn hóa, Khoa học và Thông tin', 'culture'],
      ['Văn phòng huyện', 'office'],
      ['Trung tâm Truyền thông – Văn hóa – Thể thao', 'media'],
      ['Đồn Công an Lý Sơn', 'police'],
      ['Huyện đoàn', 'youth'],
      ['các tổ chức chính trị - xã hội huyện', 'front'],
    ]);
  });

  it('splits a shared head\'s comma list into its bodies, keeping a compound name whole', () => {
    const text = 'Các Phòng: Nội vụ, GD&ĐT, Tư pháp, Văn hóa, Khoa học và Thông tin chủ động phối hợp.';
    expect(names(text)).toEqual([
      ['Nội vụ', 'home-affairs'],
      ['GD&ĐT', 'education'],
      ['Tư pháp', 'justice'],
      ['Văn hóa, Khoa học và Thông tin', 'culture'],
    ]);
    expect(findAgencies(text, { level: 'district' }).every((m) => m.agency.level === 'district')).toBe(true);
    expect(splitAgencyList(text)!.agencies).toHaveLength(4);
    expect(text.slice(splitAgencyList(text)!.end)).toBe(' chủ động phối hợp.');
  });

  it('distributes a head printed once over a list of function names', () => {
    expect(names('Phòng Nội vụ, Tư pháp và Y tế hướng dẫn')).toEqual([['Phòng Nội vụ', 'home-affairs'], ['Tư pháp', 'justice'], ['Y tế', 'health']]);
    expect(names('Sở Y tế, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch')).toEqual([
      ['Sở Y tế', 'health'], ['Giáo dục và Đào tạo', 'education'], ['Văn hóa, Thể thao và Du lịch', 'culture'],
    ]);
    expect(recognizeAgency('Giáo dục và Đào tạo') ?? null).toBeNull();
    expect(findAgencies('Sở Y tế, Giáo dục và Đào tạo')[1]?.agency.level).toBe('province');
    // Full names after a head are not a list of function names.
    expect(names('Sở Y tế, Sở Giáo dục và Đào tạo và Công an tỉnh phối hợp')).toEqual([['Sở Y tế', 'health'], ['Sở Giáo dục và Đào tạo', 'education'], ['Công an tỉnh', 'police']]);
    expect(names('Sở Văn hóa, Thể thao và Du lịch, Sở Y tế')).toEqual([['Sở Văn hóa, Thể thao và Du lịch', 'culture'], ['Sở Y tế', 'health']]);
    expect(names('Phòng Lao động - Thương binh và Xã hội, Phòng Y tế')).toEqual([['Phòng Lao động - Thương binh và Xã hội', 'labour'], ['Phòng Y tế', 'health']]);
  });

  it('ends a list at its predicate: the list does not go on into the sentence', () => {
    expect(names('Các phòng: Nội vụ, Tư pháp chủ động phối hợp, tuyên truyền Luật Trẻ em.')).toEqual([['Nội vụ', 'home-affairs'], ['Tư pháp', 'justice']]);
    expect(names('Sở Y tế tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế')).toEqual([
      ['Sở Y tế', 'health'], ['Ủy ban nhân dân tỉnh', 'people-committee'], ['Bộ Y tế', 'health'],
    ]);
    expect(names('Trung tâm Dịch vụ tổng hợp phường')).toEqual([['Trung tâm Dịch vụ tổng hợp phường', 'media']]);
  });

  it('reads a collective of localities as their committees', () => {
    expect(recognizeAgency('các xã, phường, thị trấn')).toEqual({ name: 'các xã, phường, thị trấn', key: 'people-committee', level: 'commune' });
    expect(recognizeAgency('Các huyện, thành phố')).toEqual({ name: 'Các huyện, thành phố', key: 'people-committee', level: 'district' });
    expect(recognizeAgency('UBND cấp xã')?.level).toBe('commune');
    expect(names('Chỉ đạo các xã, thị trấn báo cáo')).toEqual([['các xã, thị trấn', 'people-committee']]);
  });

  it('keeps a collective of localities as one name ("UBND các huyện, thị xã, thành phố")', () => {
    expect(names('Chủ trì, phối hợp với các sở, ban, ngành và UBND các huyện, thị xã, thành phố triển khai')).toEqual([
      ['các sở, ban, ngành', 'all-agencies'],
      ['UBND các huyện, thị xã, thành phố', 'people-committee'],
    ]);
  });

  it('keeps "X và các tổ chức thành viên" of one function as one name', () => {
    expect(names('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hạ Lang và các tổ chức thành viên')).toEqual([
      ['Ủy ban Mặt trận Tổ quốc Việt Nam huyện Hạ Lang và các tổ chức thành viên', 'front'],
    ]);
  });

  it('finds agencies inside a sentence, not in ordinary words', () => {
    expect(names('báo cáo UBND huyện (qua Phòng Nội vụ) kết quả thực hiện')).toEqual([['UBND huyện', 'people-committee'], ['Phòng Nội vụ', 'home-affairs']]);
    expect(names('Phòng, chống tai nạn, thương tích cho trẻ em là bảo đảm quyền được sống của trẻ em')).toEqual([]);
    expect(names('Báo cáo gửi về UBND huyện')).toEqual([['UBND huyện', 'people-committee']]);
    expect(names('Phối hợp với Phòng Y tế huyện trong việc lựa chọn')).toEqual([['Phòng Y tế huyện', 'health']]);
  });

  it('keeps a compound after a hyphen and collectives after commas', () => {
    expect(names('Công chức Địa chính-xây dựng: Kiểm tra')).toEqual([['Công chức Địa chính-xây dựng', 'construction']]);
    expect(names('Trạm Y tế phường, các đơn vị liên quan... *(theo chức năng)*')).toEqual([['Trạm Y tế phường', 'health'], ['các đơn vị liên quan', 'all-agencies']]);
    expect(names('Trung tâm Dịch vụ tổng hợp, Công an phường, Đoàn thanh niên CSHCM phường, các trường học và các đơn vị, tổ chức có liên quan.')).toEqual([
      ['Trung tâm Dịch vụ tổng hợp', 'media'],
      ['Công an phường', 'police'],
      ['Đoàn thanh niên CSHCM phường', 'youth'],
      ['các trường học', 'schools'],
      ['các đơn vị, tổ chức có liên quan', 'all-agencies'],
    ]);
  });
});

describe('splitAgencyList', () => {
  it('gives the subject of a sentence and where its predicate starts', () => {
    const text = 'Các Phòng, Ban ngành, đoàn thể huyện, UBND các xã, thị trấn xây dựng Kế hoạch thực hiện';
    const list = splitAgencyList(text)!;
    expect(list.agencies.map((m) => m.agency.name)).toEqual(['Các Phòng, Ban ngành, đoàn thể huyện', 'UBND các xã, thị trấn']);
    expect(text.slice(list.end)).toBe(' xây dựng Kế hoạch thực hiện');
  });

  it('skips "Đề nghị" and stops at the colon of an inline duty', () => {
    const text = 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, các tổ chức chính trị - xã hội đẩy mạnh công tác tuyên truyền';
    expect(splitAgencyList(text)!.agencies.map((m) => m.agency.key)).toEqual(['front', 'front']);
    const inline = 'Phòng Kinh tế - Hạ tầng và Đô thị: Chỉ đạo tăng cường';
    expect(inline.slice(splitAgencyList(inline)!.end)).toBe(': Chỉ đạo tăng cường');
  });

  it('skips a heading lead-in ("Trách nhiệm của", "Đối với")', () => {
    expect(splitAgencyList('Trách nhiệm của Sở Y tế')!.agencies.map((m) => m.agency.name)).toEqual(['Sở Y tế']);
    expect(splitAgencyList('Đối với UBND các xã, thị trấn:')!.agencies.map((m) => m.agency.name)).toEqual(['UBND các xã, thị trấn']);
  });

  it('declines a text that does not open with an agency', () => {
    expect(splitAgencyList('Chế độ thông tin báo cáo')).toBeNull();
    expect(splitAgencyList('Kế hoạch thực hiện công tác trẻ em gửi về UBND huyện')).toBeNull();
  });
});

describe('planLevel', () => {
  const corpus = async (name: string) => (await readDocument(new URL(`../../../fixtures/corpus/${name}.txt`, import.meta.url))).value;
  it.each([
    ['ha-lang-2025-action-month', 'district'],
    ['chi-lang-2025-annual', 'district'],
    ['ly-son-2025-annual', 'district'],
    ['bac-kan-2026-action-month', 'commune'],
    ['quang-tri-ward1-2024-action-month', 'commune'],
  ])('%s is a %s plan', async (name, level) => {
    expect(planLevel({ doc: await corpus(name) })).toBe(level);
  });
});
