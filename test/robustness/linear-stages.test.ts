/**
 * Every stage that walks a document's text is linear on adversarial input: grown 10×, its time may grow
 * ~12× at most (ratios in one run; see growth.ts). Each case is one a review found quadratic (or worse),
 * with the time it took before the fix.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlans, findTimings, normalizeText, parsePlaceDate, readDocument } from '@plan-extract/core';
import { editDistance } from '../../packages/core/src/diff/similarity.js';
import { layoutBlocks, type PageLines } from '../../packages/core/src/read/pdf/layout.js';
import { finishLineText, type Line } from '../../packages/core/src/read/pdf/lines.js';
import { tcvn3ToUnicode } from '../../packages/core/src/normalize/legacy.js';
import { loadSpeller } from '../../packages/core/src/validate/spelling.js';
import { g, plan } from '../core/diff/build.js';
import { expectLinearGrowth } from './growth.js';

const read = (text: string) => readDocument({ text }, { limits: { timeoutMs: 600_000 } });

describe('PDF layout', () => {
  // A 500-page PDF whose lines all run to the right margin is one paragraph; each join tested the
  // whole paragraph so far with a `$`-anchored regex: 51 s for 500 pages of 50 lines.
  it('joins the wrapped lines of one long paragraph in linear time', async () => {
    const line = (page: number, y: number, text: string): Line => ({ page, y, size: 11, x0: 72, x1: 523, text, firstWordWidth: 20, segments: [{ x0: 72, x1: 523, text, gap: 0 }] });
    const pages = (n: number): PageLines[] =>
      Array.from({ length: n }, (_, p) => ({
        page: p + 1,
        height: 842,
        lines: Array.from({ length: 50 }, (_, i) => line(p + 1, 780 - 14 * i, `${p * 50 + i} Ủy ban nhân dân xã tổ chức tuyên truyền về công tác trẻ em năm 2025 đến toàn thể nhân dân`)),
      }));
    await expectLinearGrowth(pages, layoutBlocks, 400);
  });
});

describe('text reader', () => {
  // 60 000 hard-wrapped lines (a blank line after each, as PDF-to-text tools write) of one paragraph: 73 s.
  it('reflows the hard-wrapped lines of one long paragraph in linear time', async () => {
    const wrapped = (n: number) => Array.from({ length: n }, (_, i) => `tổ chức tuyên truyền về công tác bảo vệ, chăm sóc trẻ em đến toàn thể nhân dân ${i % 10}\n`).join('\n');
    await expectLinearGrowth(wrapped, read, 500);
  });
});

describe('Unicode normalization', () => {
  // Alternating combining classes (acute above, dot below) make canonical reordering sort the whole
  // run: 800 KB took 52 s in NFC.
  const marks = (n: number) => `Kế hoạch a${'\u0301\u0323'.repeat(n)} trẻ em`;
  it('normalizes a run of alternating combining marks in linear time, keeping 30 of them', async () => {
    await expectLinearGrowth(marks, read, 10_000);
    await expectLinearGrowth(marks, normalizeText, 10_000);
    await expectLinearGrowth(marks, finishLineText, 10_000);
    const normalized = normalizeText(marks(1000));
    expect(normalized.startsWith('Kế hoạch ạ') && normalized.endsWith(' trẻ em')).toBe(true);
    expect(normalized.length).toBe('Kế hoạch ạ trẻ em'.length + 29);
  });

  it('converts TCVN3 text holding a run of tone-mark bytes in linear time', async () => {
    // TCVN3 bytes B3 and B4 are the combining acute and dot below.
    await expectLinearGrowth((n) => `KÕ ho¹ch a${'\u00b3\u00b4'.repeat(n)}`, tcvn3ToUnicode, 50_000);
  });
});

describe('date grammar', () => {
  // A draft's blank issue date ("ngày" and a run of dots): the lazy blank and the run of dots after
  // it tried every split, 400 KB took over 150 s. Two space patterns in a row did the same on
  // long runs of spaces and line breaks.
  it.each([
    ['ngày + dots', (n: number) => `ngày ${'.'.repeat(n)} tháng`],
    ['ngày + ellipses', (n: number) => `ngày ${'…'.repeat(n)}/`],
    ['tháng 5 + spaces', (n: number) => `tháng 5${' '.repeat(n)}x`],
    ['quý I + line breaks', (n: number) => `quý I${'\n'.repeat(n)}x`],
    ['thường xuyên + spaces', (n: number) => `thường xuyên${' '.repeat(n)}x`],
    ['năm 2025 on one long line', (n: number) => `Thời gian: ${'năm 2025 - '.repeat(n / 11)}`],
  ])('finds timings in %s in linear time', async (_, make) => {
    await expectLinearGrowth(make, (text) => findTimings(text, { year: 2025 }), 10_000);
    await expectLinearGrowth(make, parsePlaceDate, 10_000);
  });

  it('still reads blank draft dates with up to 80 dots', () => {
    expect(parsePlaceDate(`Hạ Lang, ngày ${'.'.repeat(78)} tháng 5 năm 2025`)).toMatchObject({ place: 'Hạ Lang', date: '2025-05' });
  });
});

describe('spelling', () => {
  // retext-latin merges a paragraph's sentences in quadratic time ("! " 200 000 times: 41 s) and
  // overflows the stack on a long run of joined word parts ("a-a-a-…").
  it.each([
    ['sentence ends', (n: number) => `Kế hoạch ${'! '.repeat(n / 2)}xyzq`],
    ['full stops', (n: number) => `Kế hoạch ${'. '.repeat(n / 2)}xyzq`],
    ['joined parts', (n: number) => `Kế hoạch ${'a-'.repeat(n / 2)} xyzq`],
    ['unknown words', (n: number) => `Kế hoạch ${'xyz '.repeat(n / 4)}`],
  ])('parses %s in linear time', async (_, make) => {
    const speller = await loadSpeller();
    await expectLinearGrowth(make, (text) => speller.check(text), 10_000);
  });

  it('finds the same unknown words when the text is parsed in pieces', async () => {
    const speller = await loadSpeller();
    const text = `${'Kế hoạch tổ chức tuyên truyền xyzq. '.repeat(400)}\n`.repeat(3);
    const found = speller.check(text).filter((issue) => issue.ruleId === 'spelling/unknown-word');
    expect(found).toHaveLength(1200);
    expect(found.every((issue) => text.slice(issue.start, issue.end) === 'xyzq')).toBe(true);
  });
});

describe('similarity', () => {
  // Two 30 000-letter document numbers: a full edit-distance table ran V8 out of heap in `diff`.
  it('bounds the edit distance of document numbers: linear in their length', async () => {
    const numbers = (n: number) => [`${'A'.repeat(n)}/KH-UBND`, `${'A'.repeat(n - 1)}B/KH-UBND`] as const;
    await expectLinearGrowth(numbers, ([a, b]) => editDistance(a, b, 1), 50_000);
    expect(editDistance(...numbers(30_000), 1)).toBe(1);
    expect(editDistance('A'.repeat(30_000), 'B'.repeat(30_000), 1)).toBe(2);
  });

  it('computes the distance a full table gives, within the limit', () => {
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      const at = (i: number, j: number) => d[i]?.[j] ?? 0;
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
          (d[i] as number[])[j] = best;
        }
      }
      return at(a.length, b.length);
    };
    const word = fc.string({ unit: fc.constantFrom('1', '2', '4', '/', 'K', 'H'), maxLength: 10 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 5 }), (a, b, limit) => {
        const distance = full(a, b);
        expect(editDistance(a, b)).toBe(distance);
        expect(editDistance(a, b, limit)).toBe(distance <= limit ? distance : limit + 1);
      }),
      { seed: 20251206, numRuns: 3000 },
    );
  });

  it('pairs slogans in linear time when there are thousands, and redlines long ones in bounded time', async () => {
    const many = (n: number) => [plan({ slogans: Array.from({ length: n }, (_, i) => g(`Trẻ em hôm nay, thế giới ngày mai số ${i}`)) }), plan({ slogans: Array.from({ length: n }, (_, i) => g(`Trẻ em hôm nay, thế giới ngày mai số ${i % 7}`)) })] as const;
    await expectLinearGrowth(many, ([upper, lower]) => diffPlans(upper, lower), 200);
    const long = (n: number) => [plan({ slogans: [g(Array.from({ length: n }, (_, i) => `a${i}`).join(' '))] }), plan({ slogans: [g(Array.from({ length: n }, (_, i) => `${i % 2 ? 'a' : 'b'}${i}`).join(' '))] })] as const;
    await expectLinearGrowth(long, ([upper, lower]) => diffPlans(upper, lower), 1000);
    const [upper, lower] = many(300);
    expect(diffPlans(upper, lower, { lang: 'en' }).findings.find((f) => f.ruleId === 'diff/slogans-too-many')?.message).toBe(
      '300 upper and 300 lower slogans are too many to pair by similarity; only identical slogans were matched.',
    );
  });
});
