import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSpeller } from '../../../packages/core/src/validate/spelling.js';

// The speller skips retext-latin's parse when no letter run can be an unknown word. A non-Latin
// letter anywhere forces the full parse; " Ω" (capitalised, so never reported) appended to a text
// must therefore change nothing: the fast path and the full parse agree.
const FORCE_PARSE = ' Ω';

const PIECES = [
  // known syllables, any case
  'kế', 'hoạch', 'trẻ', 'em', 'Phòng', 'văn', 'hóa', 'hoà', 'UBND', 'Sơn', 'ủy', 'ban',
  // unknown or odd: reported when lower-case and alone
  'đôngg', 'xyzq', 'tiếpp', 'qư',
  // merges that retext-latin keeps as one word (never reported)
  'KH-UBND', 'abc123', 'e.g', "don't", 'a/b', 'x_y', 'đôngg-xyzq', 'tiếpp.', '2025đôngg',
  // confusables and separators
  'phồng vinh', 'cùng cố', ',', '.', ';', ':', '-', '(', ')', '"', '“', '”', '…', '1.', 'a)', '\n', '  ', '\t',
  // URLs, masked before checking
  'https://example.vn/đôngg', 'www.xyzq.vn',
];

describe('spelling fast path', () => {
  it('finds the same issues as the full parse, on texts with and without unknown words', async () => {
    const speller = await loadSpeller();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.array(fc.constantFrom(' ', '', '\n'), { minLength: 40, maxLength: 40 }), (pieces, gaps) => {
        const text = pieces.map((p, i) => p + gaps[i]).join('');
        expect(speller.check(text)).toEqual(speller.check(text + FORCE_PARSE));
      }),
      { seed: 20261125, numRuns: 400 },
    );
  });

  it('still reports an unknown word inside a clean plan, with its offsets', async () => {
    const speller = await loadSpeller();
    const text = 'Kế hoạch bảo vệ trẻ em năm 2025 đôngg của UBND xã.';
    expect(speller.check(text)).toEqual([{ ruleId: 'spelling/unknown-word', actual: 'đôngg', expected: null, start: text.indexOf('đôngg'), end: text.indexOf('đôngg') + 5 }]);
    expect(speller.check('Kế hoạch bảo vệ trẻ em năm 2025 của UBND xã.')).toEqual([]);
  });
});
