import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readDocument, textBlocks, type PlanDocument } from '@plan-extract/core';

// iconv-lite is a dependency of the core package, not of the test root.
const iconv = createRequire(new URL('../../../packages/core/package.json', import.meta.url))('iconv-lite') as {
  encode(text: string, encoding: string): Buffer;
};
const corpusPath = (name: string) => new URL(`../../../fixtures/corpus/${name}`, import.meta.url);
const encodingsPath = (name: string) => new URL(`../../../fixtures/encodings/${name}`, import.meta.url);
const read = async (url: URL) => readDocument(url);
const blockTexts = (doc: PlanDocument) => [...textBlocks(doc.blocks)].map((b) => b.text);

describe('readDocument on the encoding fixtures (made by fixtures/encodings/make.mjs)', () => {
  it.each([
    ['ha-lang.tcvn3.txt', 'ha-lang-2025-action-month.txt', 'tcvn3'],
    ['bac-kan.tcvn3.txt', 'bac-kan-2026-action-month.txt', 'tcvn3'],
    ['ha-lang.vni.txt', 'ha-lang-2025-action-month.txt', 'vni'],
    ['bac-kan.utf8-bom.txt', 'bac-kan-2026-action-month.txt', 'utf-8-bom'],
    ['ly-son.utf16le.txt', 'ly-son-2025-annual.txt', 'utf-16le'],
    ['ly-son.utf16be.txt', 'ly-son-2025-annual.txt', 'utf-16be'],
    ['ha-lang.crlf.txt', 'ha-lang-2025-action-month.txt', null],
  ])('%s reads exactly like %s and reports encoding %s', async (fixture, original, encoding) => {
    const [got, want] = await Promise.all([read(encodingsPath(fixture)), read(corpusPath(original))]);
    expect(got.value.text).toBe(want.value.text);
    expect(blockTexts(got.value)).toEqual(blockTexts(want.value));
    expect(got.value.source.encoding).toBe(encoding);
    expect(want.value.source.encoding).toBeNull();
  });

  it('TCVN3: "người" keeps its ư (byte 0xAD, the Latin-1 soft hyphen), and đ/Đ and capitals come through', async () => {
    const bytes = new Uint8Array(readFileSync(encodingsPath('ha-lang.tcvn3.txt')));
    expect(bytes.includes(0xad)).toBe(true);
    const { value, messages } = await readDocument(bytes);
    expect(value.text).toContain('cha mẹ, người chăm sóc trẻ và trẻ em');
    expect(value.text).not.toMatch(/ngời|\u00ad/);
    expect(value.text).toContain('Văn phòng HĐND-UBND huyện');
    expect(value.text).toContain('I. MỤC ĐÍCH, YÊU CẦU');
    expect(value.text).toContain('đ');
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'read/legacy-encoding', severity: 'warning' }));
    expect(messages[0]?.message).toMatch(/TCVN3/);
  });

  it('VNI: converted with a warning naming VNI', async () => {
    const { value, messages } = await read(encodingsPath('ha-lang.vni.txt'));
    expect(value.text).toContain('Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng');
    expect(messages.map((m) => m.message).join()).toMatch(/VNI/);
  });

  it('BOM and CRLF leave no trace in the text', async () => {
    const { value } = await read(encodingsPath('bac-kan.utf8-bom.txt'));
    expect(value.text.startsWith('Số:')).toBe(true);
    expect(value.text).not.toMatch(/\ufeff|\r/);
    expect((await read(encodingsPath('ha-lang.crlf.txt'))).value.text).not.toContain('\r');
  });
});

describe('readDocument on in-memory text', () => {
  const sample = 'KẾ HOẠCH\nTriển khai Tháng hành động vì trẻ em năm 2025\nĐoàn Thanh niên';

  it('reads UTF-16 LE and BE without BOM from the byte pattern', async () => {
    const le = new Uint8Array(Buffer.from(sample, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1] as number;
      be[i + 1] = le[i] as number;
    }
    const a = await readDocument(le);
    expect(a.value.text).toBe(sample);
    expect(a.value.source.encoding).toBe('utf-16le');
    const b = await readDocument(be);
    expect(b.value.text).toBe(sample);
    expect(b.value.source.encoding).toBe('utf-16be');
  });

  it('repairs TCVN3 mojibake inside a UTF-8 file and says so', async () => {
    const { value, messages } = await readDocument({ text: 'KÕ ho¹ch th¸ng hµnh ®éng v× trÎ em' });
    expect(value.text).toBe('Kế hoạch tháng hành động vì trẻ em');
    expect(value.source.encoding).toBe('tcvn3');
    expect(messages.map((m) => m.ruleId)).toEqual(['read/legacy-encoding']);
  });

  it('reads Windows-1258 (base letter with shape, then a combining tone byte)', async () => {
    const text = 'Kế hoạch triển khai Tháng hành động vì trẻ em năm 2025 của Ủy ban nhân dân, người chăm sóc trẻ';
    // Windows-1258 keeps ă â ê ô ơ ư đ precomposed and writes the five tones as combining marks.
    const cp1258 = [...text].map((ch) => {
      const [base = '', ...marks] = [...ch.normalize('NFD')];
      const shape = marks.filter((m) => /[\u0302\u0306\u031b]/.test(m)).join('');
      const tone = marks.filter((m) => !/[\u0302\u0306\u031b]/.test(m)).join('');
      return (base + shape).normalize('NFC') + tone;
    });
    const bytes = new Uint8Array(iconv.encode(cp1258.join(''), 'windows1258'));
    expect(bytes.includes(0x3f)).toBe(false); // nothing fell back to '?'
    const { value, messages } = await readDocument(bytes);
    expect(value.text).toBe(text);
    expect(value.source.encoding).toBe('windows-1258');
    expect(messages[0]?.message).toMatch(/Windows-1258/);
  });

  it('falls back to Windows-1252 with a warning for bytes that are neither UTF-8 nor TCVN3/VNI', async () => {
    const { value, messages } = await readDocument(new Uint8Array(Buffer.from('Caf\xe9 cr\xe8me', 'latin1')));
    expect(value.text).toBe('Café crème');
    expect(value.source.encoding).toBe('windows-1252');
    expect(messages[0]?.severity).toBe('warning');
  });

  it('strips paired emphasis marks, keeps a lone footnote asterisk', async () => {
    const { value } = await readDocument({ text: '1. Chủ đề: “*Ưu tiên nguồn lực*”.\nNghị định 56* quy định' });
    expect(value.text).toBe('1. Chủ đề: “Ưu tiên nguồn lực”.\nNghị định 56* quy định');
  });
});

describe('readDocument on the corpus text files', () => {
  it('chi-lang (NFD, hard-wrapped, URL footers): NFC text, whole paragraphs, no footer left', async () => {
    const { value, messages } = await read(corpusPath('chi-lang-2025-annual.txt'));
    expect(value.text).toBe(value.text.normalize('NFC'));
    expect(value.text).not.toMatch(/[\u0300-\u036f]/);
    expect(value.text).toContain('huyện Chi Lăng');
    expect(value.text).not.toMatch(/https?:|thuvienphapluat/);
    expect(value.furniture).toHaveLength(2);
    expect(value.furniture.every((f) => f.region === 'footer' && f.text.startsWith('https://'))).toBe(true);
    expect(messages).toContainEqual(expect.objectContaining({ ruleId: 'read/text-reflowed', severity: 'info' }));
    const texts = blockTexts(value);
    expect(texts).toContain(
      '- Huy động sự tham gia tích cực của gia đình, cộng đồng, trường học và toàn xã hội thực hiện Luật trẻ em, các chương trình, kế hoạch liên quan đến công tác bảo vệ, chăm sóc, giáo dục trẻ em.',
    );
    expect(texts).toContain('III. NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN');
    // Blocks classify as they would for a clean file.
    const heading = [...textBlocks(value.blocks)].find((b) => b.text === 'V. TỔ CHỨC THỰC HIỆN');
    expect(heading?.type).toBe('heading');
  });

  it('quang-tri (hard-wrapped): list items stay apart, each one whole', async () => {
    const { value } = await read(corpusPath('quang-tri-ward1-2024-action-month.txt'));
    const blocks = [...textBlocks(value.blocks)];
    const from = blocks.findIndex((b) => b.text === '1.1. Công chức VH - XH (phụ trách lĩnh vực LĐTB&XH)');
    const to = blocks.findIndex((b) => b.text.startsWith('1.2. Công chức VH - XH'));
    expect(blocks.slice(from + 1, to).map((b) => [b.type, b.marker])).toEqual(Array(4).fill(['listItem', '-']));
    expect(blocks[to - 1]?.text).toBe('- Báo cáo kết quả tháng hành động vì trẻ em năm 2024 gửi về Phòng LĐTB&XH thị xã Quảng Trị trước ngày 12/7/2024.');
  });

  it.each(['ha-lang-2025-action-month.txt', 'bac-kan-2026-action-month.txt', 'ly-son-2025-annual.txt'])(
    'does not reflow the clean file %s: each non-empty line is a paragraph',
    async (name) => {
      const { value, messages } = await read(corpusPath(name));
      const raw = readFileSync(corpusPath(name), 'utf8');
      const nonEmpty = raw.split('\n').filter((line) => line.replace(/\*/g, '').trim() !== '');
      expect(blockTexts(value)).toHaveLength(nonEmpty.length);
      expect(messages.find((m) => m.ruleId === 'text-reflowed')).toBeUndefined();
      expect(value.furniture).toEqual([]);
    },
  );

  it('ha-lang and bac-kan carry no emphasis asterisks after reading', async () => {
    const ha = (await read(corpusPath('ha-lang-2025-action-month.txt'))).value;
    expect(ha.text).not.toContain('*');
    expect(ha.text).toContain('1. Chủ đề: “Ưu tiên nguồn lực hoàn thành các mục tiêu vì trẻ em”.');
    expect(ha.text).toContain('Kế hoạch thực hiện Tháng hành động vì trẻ em năm 2025 trước ngày 21/5/2025 và báo cáo');
    expect(blockTexts(ha).slice(-3)).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Thanh Sơn']);
    const bk = (await read(corpusPath('bac-kan-2026-action-month.txt'))).value;
    expect(bk.text).not.toContain('*');
    expect(bk.text).toContain('(theo chức năng, nhiệm vụ và điều kiện thực tế)');
  });
});
