import { describe, expect, it } from 'vitest';
import { measureSkew } from '../../../packages/core/src/read/pdf/deskew.js';
import { drawingDpi } from '../../../packages/core/src/read/pdf/ocr.js';
import { halve, hasInk, pgm, turn, type GreyImage } from '../../../packages/core/src/read/pdf/render.js';
import { hasRealText, isScan, pictures, type PictureOps } from '../../../packages/core/src/read/pdf/scan.js';

// pdf.js's operator codes (OPS in pdf.mjs); fixed numbers here so the test reads without pdf.js.
const OPS: PictureOps = {
  save: 10, restore: 11, transform: 12, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
  paintImageXObject: 85, paintInlineImageXObject: 86, paintImageMaskXObject: 83, paintImageXObjectRepeat: 88,
};
const A4 = 595 * 842;

describe('is a page a scan?', () => {
  it('counts letters, not characters: a page number or a scanner stamp is no text layer', () => {
    expect(hasRealText([{ str: '2' }, { str: '- 3 -' }])).toBe(false);
    expect(hasRealText([{ str: 'Scanned with CamScanner' }])).toBe(false);
    expect(hasRealText([{ str: 'Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng' }])).toBe(true);
    expect(hasRealText([{ type: 'beginMarkedContent' }])).toBe(false);
  });

  it('measures how much of the page pictures cover, through save/restore, transforms and forms, and a scan’s resolution', () => {
    // A 200 dpi scan of an A4 sheet (1654 × 2339 pixels) over the whole page.
    const full = { fnArray: [OPS.save, OPS.transform, OPS.paintImageXObject, OPS.restore], argsArray: [null, [595, 0, 0, 842, 0, 0], ['img', 1654, 2339], null] };
    expect(pictures(full, OPS, A4).share).toBeCloseTo(1, 5);
    expect(pictures(full, OPS, A4).dpi).toBeCloseTo(200, 0);
    expect(isScan(pictures(full, OPS, A4))).toBe(true);
    // A logo, 60 × 60 points, drawn in a form scaled by 2: 240² of 595 × 842.
    const logo = {
      fnArray: [OPS.save, OPS.paintFormXObjectBegin, OPS.transform, OPS.paintImageXObject, OPS.paintFormXObjectEnd, OPS.restore],
      argsArray: [null, [[2, 0, 0, 2, 10, 10], [0, 0, 100, 100]], [60, 0, 0, 60, 0, 0], ['logo', 100, 100], null, null],
    };
    expect(pictures(logo, OPS, A4).share).toBeCloseTo((120 * 120) / A4, 5);
    expect(isScan(pictures(logo, OPS, A4))).toBe(false);
    // After restore the scale is gone: this image is the unit square.
    const restored = { fnArray: [OPS.save, OPS.transform, OPS.restore, OPS.paintImageXObject], argsArray: [null, [595, 0, 0, 842, 0, 0], null, ['img', 10, 10]] };
    expect(pictures(restored, OPS, A4).share).toBeCloseTo(1 / A4, 8);
    expect(pictures({ fnArray: [], argsArray: [] }, OPS, A4)).toEqual({ share: 0, dpi: null });
  });

  it('draws a scan at its own resolution, within 200–300 dpi; a page without a picture at 300', () => {
    const scan = (dpi: number) => ({ share: 1, dpi });
    expect([drawingDpi(scan(200)), drawingDpi(scan(240.4)), drawingDpi(scan(150)), drawingDpi(scan(600)), drawingDpi(null), drawingDpi({ share: 0.1, dpi: 72 })]).toEqual([200, 240, 200, 300, 300, 300]);
  });
});

describe('page pictures', () => {
  // 3 × 2:  1 2 3
  //         4 5 6
  const image: GreyImage = { data: Uint8Array.from([1, 2, 3, 4, 5, 6]), width: 3, height: 2 };

  it('turns by quarter turns clockwise', () => {
    expect(turn(image, 90)).toEqual({ data: Uint8Array.from([4, 1, 5, 2, 6, 3]), width: 2, height: 3 });
    expect(turn(image, 180)).toEqual({ data: Uint8Array.from([6, 5, 4, 3, 2, 1]), width: 3, height: 2 });
    expect(turn(image, 270)).toEqual({ data: Uint8Array.from([3, 6, 2, 5, 1, 4]), width: 2, height: 3 });
    expect(turn(turn(image, 90), 270)).toEqual(image);
  });

  it('halves by averaging 2 × 2 blocks, and writes PGM', () => {
    const four: GreyImage = { data: Uint8Array.from([0, 100, 9, 9, 200, 100, 9, 9]), width: 4, height: 2 };
    expect(halve(four)).toEqual({ data: Uint8Array.from([100, 9]), width: 2, height: 1 });
    expect(new TextDecoder().decode(pgm(image).subarray(0, 11))).toBe('P5\n3 2\n255\n');
    expect([...pgm(image).subarray(11)]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('tells a blank page from one with ink', () => {
    const blank: GreyImage = { data: new Uint8Array(10_000).fill(250), width: 100, height: 100 };
    expect(hasInk(blank)).toBe(false);
    const text = { ...blank, data: blank.data.map((v, i) => (i % 10 < 3 ? 20 : v)) };
    expect(hasInk(text)).toBe(true);
  });
});

describe('how crooked a page lies', () => {
  /** A page of text lines (dark bars with gaps) falling to the right by `degrees`. */
  function crooked(degrees: number): GreyImage {
    const [width, height] = [620, 877];
    const data = new Uint8Array(width * height).fill(235);
    const slope = Math.tan((degrees * Math.PI) / 180);
    for (let line = 60; line < height - 60; line += 22) {
      for (let x = 70; x < width - 70; x++) {
        // Words: ink in runs, a space every 40 px.
        if (x % 40 > 33) continue;
        for (let t = 0; t < 7; t++) {
          const y = Math.round(line + t + x * slope);
          if (y >= 0 && y < height) data[y * width + x] = 30;
        }
      }
    }
    return { data, width, height };
  }

  it('finds the slope of the lines within a tenth of a degree, up to three degrees either way', () => {
    for (const degrees of [0, 0.4, -1.2, 2.5, -3]) expect(Math.abs(measureSkew(crooked(degrees)) - degrees)).toBeLessThan(0.1);
  });

  it('says 0 for a page without ink', () => {
    expect(measureSkew({ data: new Uint8Array(620 * 877).fill(240), width: 620, height: 877 })).toBe(0);
  });
});
