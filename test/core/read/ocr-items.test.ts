import { describe, expect, it } from 'vitest';
import { buildLines, toFragment } from '../../../packages/core/src/read/pdf/lines.js';
import { ocrTextItems, sizeOf, snapSizes, withoutSpecks, type OcrLine, type OcrWord, type Recognition } from '../../../packages/core/src/read/pdf/ocr-items.js';

// At 300 dpi a 14 pt line of Times has an x-height of 0.48 × 14 pt = 28 px and capitals 0.66 × 14 pt = 38.5 px.
const DPI = 300;
const PX = DPI / 72;

/** A word at x (pixels) on a line whose baseline is at y, its glyphs sized for `pt` points. */
function word(text: string, x: number, y: number, pt = 14, confidence = 95): OcrWord {
  const em = pt * PX;
  const width = text.length * 0.5 * em;
  const glyphs = [...text].map((ch) => ({
    text: ch,
    height: /[acemnorsuvwxz]/.test(ch) ? 0.48 * em : /[A-Z0-9]/.test(ch) ? 0.66 * em : 0.75 * em,
  }));
  return { text, confidence, x0: x, x1: x + width, y0: y - 0.7 * em, y1: y + 0.2 * em, glyphs };
}

function line(words: OcrWord[], y: number): OcrLine {
  return { words, baseline: { x0: words[0]?.x0 ?? 0, y0: y, x1: words[words.length - 1]?.x1 ?? 1, y1: y } };
}

const page = (lines: OcrLine[]): Recognition => ({ lines, width: 2480, height: 3508, dpi: DPI });

describe('OCR words as text items', () => {
  it('estimates the font size from x-height, else cap height', () => {
    expect(sizeOf([word('nam', 0, 100), word('mươi', 0, 100)]) / PX).toBeCloseTo(14, 0);
    expect(sizeOf([word('UBND', 0, 100, 13)]) / PX).toBeCloseTo(13, 0);
    // "Độ" has only marked letters: no x-height glyph, no plain capital; the caller's size stands.
    expect(sizeOf([word('Độ', 0, 100)], 42)).toBe(42);
  });

  it('snaps jittery size estimates to the sizes a page uses', () => {
    const sizes = snapSizes([
      { size: 13.6, weight: 60 },
      { size: 14.2, weight: 70 },
      { size: 14.0, weight: 65 },
      { size: 11.1, weight: 30 },
      { size: 10.8, weight: 25 },
    ]);
    expect(new Set(sizes.slice(0, 3)).size).toBe(1);
    expect(sizes[0]).toBe(14.0);
    expect(new Set(sizes.slice(3)).size).toBe(1);
    expect(sizes[3]).toBeLessThan(12);
  });

  it('gives pdf.js-shaped items: points, y up, one item per run of words, a new one after a gutter', () => {
    const y = 600;
    const left = [word('ỦY', 300, y), word('BAN', 380, y), word('NHÂN', 480, y), word('DÂN', 600, y)];
    const right = [word('CỘNG', 1200, y), word('HÒA', 1330, y)];
    const items = ocrTextItems(page([line([...left, ...right], y)]));
    expect(items.map((i) => i.str)).toEqual(['ỦY BAN NHÂN DÂN', 'CỘNG HÒA']);
    const [a = 0, , , d = 0, x = 0, baseline = 0] = items[0]?.transform ?? [];
    expect(a).toBe(d);
    expect(x).toBeCloseTo(300 / PX, 5);
    // y up: the page is 3508 px tall.
    expect(baseline).toBeCloseTo((3508 - y) / PX, 5);
    expect(items[0]?.width).toBeCloseTo((left[3]!.x1 - 300) / PX, 5);
  });

  it('builds lines the layout can read: one line, two segments split at the gutter', () => {
    const y = 600;
    const items = ocrTextItems(page([line([word('Số:', 300, y), word('/KH-UBND', 400, y), word('Hạ', 1300, y), word('Lang,', 1380, y)], y)]));
    const lines = buildLines(items.map(toFragment).filter((f) => f !== null), 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.segments.map((s) => s.text)).toEqual(['Số: /KH-UBND', 'Hạ Lang,']);
  });

  it('drops specks (a seal or pen stroke read as a letter or two) but keeps doubtful words among others', () => {
    const y = 900;
    const recognition = page([
      line([word('KT.', 1500, 800), word('CHỦ', 1600, 800), word('TỊCH', 1720, 800)], 800),
      line([word('s', 1400, y, 14, 31)], y),
      line([word('PHÓ', 1500, 1000), word('CHỦ', 1600, 1000), word('TỊCH', 1720, 1000), word('Z', 2300, 1000, 14, 20)], 1000),
      line([word('Hoàng', 1500, 1200, 14, 45), word('Thanh', 1700, 1200), word('Sơn', 1900, 1200)], 1200),
    ]);
    const kept = withoutSpecks(recognition).lines.map((l) => l.words.map((w) => w.text).join(' '));
    expect(kept).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Thanh Sơn']);
  });
});
