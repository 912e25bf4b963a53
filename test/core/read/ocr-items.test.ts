import { describe, expect, it } from 'vitest';
import { buildLines, toFragment } from '../../../packages/core/src/read/pdf/lines.js';
import { cleanRecognition, repairDateFrame, repairMarker } from '../../../packages/core/src/read/pdf/ocr-clean.js';
import { levelled, ocrTextItems, sizeOf, snapSizes, type OcrLine, type OcrWord, type Recognition } from '../../../packages/core/src/read/pdf/ocr-items.js';

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

  it('levels a crooked page by the slope of its baselines, turning the boxes, not the picture', () => {
    const upright = page([
      line([word('Thực', 300, 600), word('hiện', 520, 600), word('Kế', 760, 600), word('hoạch', 900, 600), word('số', 1180, 600)], 600),
      line([word('dân', 300, 700), word('tỉnh', 500, 700), word('Cao', 700, 700), word('Bằng', 900, 700)], 700),
    ]);
    // The same page on a sheet turned 2° counter-clockwise about its centre: lines rise to the right (y grows downwards).
    const t = (2 * Math.PI) / 180;
    const [cx, cy] = [upright.width / 2, upright.height / 2];
    const turnX = (x: number, y: number) => cx + (x - cx) * Math.cos(t) + (y - cy) * Math.sin(t);
    const turnY = (x: number, y: number) => cy - (x - cx) * Math.sin(t) + (y - cy) * Math.cos(t);
    const crooked = page(
      upright.lines.map((l) => ({
        words: l.words.map((w) => {
          const base = l.baseline.y0;
          const x0 = turnX(w.x0, base);
          const foot = turnY(w.x0, base);
          return { ...w, x0, x1: x0 + (w.x1 - w.x0), y0: foot - (base - w.y0), y1: foot + (w.y1 - base) };
        }),
        baseline: { x0: turnX(l.baseline.x0, l.baseline.y0), y0: turnY(l.baseline.x0, l.baseline.y0), x1: turnX(l.baseline.x1, l.baseline.y1), y1: turnY(l.baseline.x1, l.baseline.y1) },
      })),
    );
    expect(crooked.lines[0]!.baseline.y1).toBeLessThan(crooked.lines[0]!.baseline.y0);
    const { recognition, skew } = levelled(crooked);
    expect(skew).toBeCloseTo(2, 5);
    recognition.lines.forEach((l, i) => {
      expect(l.baseline.y0).toBeCloseTo(upright.lines[i]!.baseline.y0, 5);
      expect(l.baseline.y1).toBeCloseTo(l.baseline.y0, 5);
      l.words.forEach((w, j) => {
        expect(w.x0).toBeCloseTo(upright.lines[i]!.words[j]!.x0, 5);
        expect(w.y1).toBeCloseTo(upright.lines[i]!.words[j]!.y1, 5);
      });
    });
  });

  it('builds lines the layout can read: one line, two segments split at the gutter', () => {
    const y = 600;
    const items = ocrTextItems(page([line([word('Số:', 300, y), word('/KH-UBND', 400, y), word('Hạ', 1300, y), word('Lang,', 1380, y)], y)]));
    const lines = buildLines(items.map(toFragment).filter((f) => f !== null), 1);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.segments.map((s) => s.text)).toEqual(['Số: /KH-UBND', 'Hạ Lang,']);
  });

});

describe('what OCR gets wrong that the genre puts right', () => {
  it('drops specks (a seal or pen stroke read as a letter or two) and noise, keeps doubtful words among others', () => {
    const y = 900;
    const recognition = page([
      line([word('KT.', 1500, 800), word('CHỦ', 1600, 800), word('TỊCH', 1720, 800)], 800),
      line([word('s', 1400, y, 14, 31)], y),
      line([word('PHÓ', 1500, 1000), word('CHỦ', 1600, 1000), word('TỊCH', 1720, 1000), word('Z', 2300, 1000, 14, 20)], 1000),
      line([word('Hoàng', 1500, 1200, 14, 45), word('Thanh', 1700, 1200), word('Sơn', 1900, 1200)], 1200),
      // A picture's texture read as words, with next to no confidence.
      line([word('Tự', 300, 2000, 14, 17), word('hộsiết', 400, 2000, 14, 12)], 2000),
    ]);
    const kept = cleanRecognition(recognition).lines.map((l) => l.words.map((w) => w.text).join(' '));
    expect(kept).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Thanh Sơn']);
  });

  it('repairs Roman section numbers read as other strokes, and nothing else', () => {
    expect(['IHI.', 'Il.', 'I1.', '|I.', 'XlI.', 'IV.', 'II.'].map(repairMarker)).toEqual(['III.', 'II.', 'II.', 'II.', 'XII.', 'IV.', 'II.']);
    // Arabic numbers, letters, words and what would not be a numeral stay as read.
    expect(['1.', '11.', 'H.', 'l.', 'Hl.', 'IIII.', 'VIV.', 'Il', 'Ill-'].map(repairMarker)).toEqual(['1.', '11.', 'H.', 'l.', 'Hl.', 'IIII.', 'VIV.', 'Il', 'Ill-']);
  });

  it('repairs the date frame "ngày … tháng … năm …" when two of its words and the year are read right', () => {
    expect(repairDateFrame(['Hạ', 'Lang,', 'ngày', 'thúng', '5', 'năm', '2025'])).toEqual(['Hạ', 'Lang,', 'ngày', 'tháng', '5', 'năm', '2025']);
    expect(repairDateFrame(['ngảy', '16', 'tháng', '5', 'năm', '2025.'])).toEqual(['ngày', '16', 'tháng', '5', 'năm', '2025.']);
    // Two frame words misread, no year, or a word too far from the frame's: left alone.
    expect(repairDateFrame(['ngảy', '16', 'thúng', '5', 'năm', '2025'])).toEqual(['ngảy', '16', 'thúng', '5', 'năm', '2025']);
    expect(repairDateFrame(['ngày', '16', 'thúng', '5', 'năm', 'nay'])).toEqual(['ngày', '16', 'thúng', '5', 'năm', 'nay']);
    expect(repairDateFrame(['ngày', '16', 'quý', '2', 'năm', '2025'])).toEqual(['ngày', '16', 'quý', '2', 'năm', '2025']);
  });
});
