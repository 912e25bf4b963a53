import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeLegacy,
  detectLegacyBytes,
  detectLegacyEncoding,
  fixMojibake,
  tcvn3ToUnicode,
  vniToUnicode,
} from '../../../packages/core/src/normalize/legacy.js';

// iconv-lite is a dependency of the core package, not of the test root.
const iconv = createRequire(new URL('../../../packages/core/package.json', import.meta.url))('iconv-lite') as {
  decode(bytes: Buffer, encoding: string): string;
};
const corpus = (name: string) => readFileSync(new URL(`../../../fixtures/corpus/${name}`, import.meta.url), 'utf8');
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/encodings/${name}`, import.meta.url)));
const CORPUS = [
  'bac-kan-2026-action-month.txt',
  'chi-lang-2025-annual.txt',
  'ha-lang-2025-action-month.txt',
  'ly-son-2025-annual.txt',
  'quang-tri-ward1-2024-action-month.txt',
];

describe('fixMojibake: TCVN3 read as Windows-1252', () => {
  it('repairs the DOMAIN.md example', () => {
    expect(fixMojibake('KÕ ho¹ch th¸ng hµnh ®éng')).toEqual({ text: 'Kế hoạch tháng hành động', encoding: 'tcvn3' });
  });
  it('keeps the soft hyphen: it is "ư" (0xAD), so "người" keeps its ư', () => {
    expect(fixMojibake('ng\u00adêi ch¨m sãc trÎ em').text).toBe('người chăm sóc trẻ em');
    expect(fixMojibake('Tæ chøc c¸c ho¹t ®éng vui ch¬i cho trÎ em').text).toBe('Tổ chức các hoạt động vui chơi cho trẻ em');
  });
  it('reads đ and Đ, and capitals with tone marks from TCVN 5712 VN1', () => {
    expect(fixMojibake('§oµn Thanh niªn ®Þa ph\u00ad¬ng').text).toBe('Đoàn Thanh niên địa phương');
    // Ạ is byte 0x84, which Windows-1252 shows as „; inside a word it is the capital.
    expect(fixMojibake('KÚ HO„CH triÓn khai th¸ng hµnh ®éng').text).toBe('KẾ HOẠCH triển khai tháng hành động');
  });
  it('keeps Windows-1252 punctuation that .VnTime documents use', () => {
    expect(fixMojibake('Chñ ®Ò: “¦u tiªn nguån lùc” – n¨m 2025…').text).toBe('Chủ đề: “Ưu tiên nguồn lực” – năm 2025…');
  });
  it('accepts text decoded as Latin-1 too (C1 controls instead of punctuation)', () => {
    expect(fixMojibake('KÚ HO\u0084CH ho¹t ®éng').text).toBe('KẾ HOẠCH hoạt động');
  });
});

describe('fixMojibake: VNI read as Windows-1252', () => {
  it('repairs the DOMAIN.md example', () => {
    expect(fixMojibake('Keá hoaïch thöïc hieän')).toEqual({ text: 'Kế hoạch thực hiện', encoding: 'vni' });
  });
  it('reads ư/ơ pairs, đ, ĩ/ị and capitals', () => {
    expect(fixMojibake('ngöôøi chaêm soùc treû em ñòa phöông').text).toBe('người chăm sóc trẻ em địa phương');
    expect(fixMojibake('KEÁ HOAÏCH - ÑOAØN THANH NIEÂN').text).toBe('KẾ HOẠCH - ĐOÀN THANH NIÊN');
    expect(vniToUnicode('Quaûng Trò, ngaøy 17 thaùng 5 naêm 2024')).toBe('Quảng Trị, ngày 17 tháng 5 năm 2024');
    expect(vniToUnicode('kyõ naêng, lónh vöïc, quyù vò')).toBe('kỹ năng, lĩnh vực, quý vị');
  });
});

describe('fixMojibake: no false positives', () => {
  it.each(CORPUS)('leaves the real Unicode plan %s unchanged', (name) => {
    const text = corpus(name);
    expect(fixMojibake(text)).toEqual({ text, encoding: null });
  });
  it('leaves every paragraph of the corpus unchanged one by one (as PDF/DOCX readers call it)', () => {
    for (const name of CORPUS) {
      for (const line of corpus(name).split('\n')) expect(fixMojibake(line).encoding).toBeNull();
    }
  });
  it.each([
    'Kế hoạch số 1420/KH-UBND ngày 16/5/2025',
    'Toàn dân chăm sóc, giáo dục và bảo vệ trẻ em',
    '«Toàn dân đoàn kết»',
    'Hello «World» ©2024 ACME® 30°C ½ × 2',
    'Café crème, naïve façade, São Paulo',
    'Bjørn Müller, España, Ångström, Færøerne, Øresund',
    'Nghị định 56* (xem chú thích)',
    '',
  ])('leaves %j unchanged', (text) => {
    expect(fixMojibake(text)).toEqual({ text, encoding: null });
  });
  it('leaves any string of Vietnamese letters, digits and punctuation unchanged', () => {
    const letters = [...'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ'];
    const alphabet = [...letters, ...letters.map((l) => l.toUpperCase()), ...' 0123456789.,;:()/-–“”…'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }), (chars) => {
        const text = chars.join('');
        expect(fixMojibake(text)).toEqual({ text, encoding: null });
      }),
    );
  });
});

describe('legacy bytes', () => {
  it('detects and decodes the TCVN3 and VNI fixtures', () => {
    const original = corpus('ha-lang-2025-action-month.txt');
    const tcvn = fixture('ha-lang.tcvn3.txt');
    expect(detectLegacyBytes(tcvn)).toBe('tcvn3');
    expect(decodeLegacy(tcvn, 'tcvn3')).toBe(original);
    const vni = fixture('ha-lang.vni.txt');
    expect(detectLegacyBytes(vni)).toBe('vni');
    expect(decodeLegacy(vni, 'vni')).toBe(original);
  });
  it('finds nothing in UTF-8 bytes of Vietnamese text', () => {
    expect(detectLegacyBytes(new TextEncoder().encode(corpus('bac-kan-2026-action-month.txt')))).toBeNull();
  });
  it('tells TCVN3 from VNI on short samples', () => {
    expect(detectLegacyEncoding('Th¸ng hµnh ®éng')).toBe('tcvn3');
    expect(detectLegacyEncoding('Thaùng haønh ñoäng')).toBe('vni');
  });
  it("agrees with iconv-lite's TCVN 5712 (VN1) table on A0–FF, on C0 capitals, and on C1 bytes that are no Windows-1252 punctuation", () => {
    const punctuation = new Set([0x82, 0x84, 0x85, 0x8b, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x9b]);
    const controls = new Set([0x00, 0x03, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f, 0x10]);
    for (let byte = 0; byte < 0x100; byte++) {
      if (punctuation.has(byte) || controls.has(byte) || (byte >= 0x18 && byte < 0x80)) continue;
      expect([byte, tcvn3ToUnicode(String.fromCharCode(byte))]).toEqual([byte, iconv.decode(Buffer.from([byte]), 'tcvn').normalize('NFC')]);
    }
  });
  it('decodes every TCVN3 letter byte A8–FE the way TCVN 5712 lists it', () => {
    const bytes = String.fromCharCode(0xa8, 0xa9, 0xaa, 0xab, 0xac, 0xad, 0xae, 0xb5, 0xb8, 0xb9, 0xd5, 0xf9, 0xfe);
    expect(tcvn3ToUnicode(bytes)).toBe('ăâêôơưđàáạếựỵ');
  });
});
