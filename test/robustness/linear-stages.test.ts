/**
 * Every stage that walks a document's text is linear on adversarial input: grown 10×, its time may grow
 * ~12× at most (ratios in one run; see growth.ts). Each case is one a review found quadratic.
 */
import { describe, it } from 'vitest';
import { layoutBlocks, type PageLines } from '../../packages/core/src/read/pdf/layout.js';
import type { Line } from '../../packages/core/src/read/pdf/lines.js';
import { expectLinearGrowth } from './growth.js';

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
    await expectLinearGrowth(pages, layoutBlocks, 50);
  });
});
