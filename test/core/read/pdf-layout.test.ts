/**
 * The PDF layout's parts on hand-built input: the page entry point (`pageLines`, also what OCR
 * feeds), rulings from an operator list, bordered tables, list markers, and column blocks that
 * run over a page break. The same constructs in real PDFs are in pdf-office.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { keepMarkers, layoutBlocks, mayHoldTable } from '../../../packages/core/src/read/pdf/layout.js';
import type { Line } from '../../../packages/core/src/read/pdf/lines.js';
import { pageLines, type PageLines } from '../../../packages/core/src/read/pdf/page.js';
import { rulingsFromOperatorList, type Ruling } from '../../../packages/core/src/read/pdf/rulings.js';
import type { RawBlock, RawTable } from '../../../packages/core/src/read/raw.js';
import { lineOf } from './pdf-helpers.js';

const texts = (blocks: RawBlock[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []));
const cells = (table: RawTable) => table.rows.map((row) => row.map((cell) => cell.map((p) => p.text)));

const ln = lineOf;
const onPage = (page: number, line: Line): Line => ({ ...line, page });
const page = (n: number, lines: Line[], rulings: Ruling[] = []): PageLines => ({ page: n, width: 595, height: 842, lines: lines.map((l) => onPage(n, l)), rulings });

describe('pageLines: one page from text items (pdf.js or OCR)', () => {
  // pdf.js's viewport for an unturned A4 page at scale 1: y flipped.
  const viewport = { width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] };
  const item = (str: string, x: number, y: number, width: number, turn = 0) => {
    const [a, b] = turn === 0 ? [12, 0] : turn === 90 ? [0, 12] : turn === 180 ? [-12, 0] : [0, -12];
    return { str, transform: [a, b, -b, a, x, y], width, height: 12 };
  };

  it('builds lines top to bottom, with the page size and nothing left out', () => {
    const text = pageLines({ page: 3, viewport, items: [item('Dòng hai.', 72, 686, 50), item('Dòng một', 72, 700, 50), item('tiếp.', 125, 700, 25)] });
    expect(text.lines.map((l) => l.text)).toEqual(['Dòng một tiếp.', 'Dòng hai.']);
    expect(text.lines.every((l) => l.page === 3)).toBe(true);
    expect([text.width, text.height, text.turned, text.chars, text.unread]).toEqual([595, 842, 0, 20, 0]);
  });

  it.each([90, 180, 270])('turns a page whose text runs at %i° so that it reads left to right', (turn) => {
    // Two lines drawn in the same direction, the second further along the line's "down".
    const first = turn === 90 ? [300, 100] : turn === 180 ? [500, 400] : [300, 700];
    const down = turn === 90 ? [14, 0] : turn === 180 ? [0, 14] : [-14, 0];
    const items = [item('Dòng một.', first[0] as number, first[1] as number, 50, turn), item('Dòng hai.', (first[0] as number) + (down[0] as number), (first[1] as number) + (down[1] as number), 50, turn)];
    const text = pageLines({ page: 1, viewport, items });
    expect(text.lines.map((l) => l.text)).toEqual(['Dòng một.', 'Dòng hai.']);
    expect(text.turned).toBe(turn);
    expect(text.unread).toBe(0);
    if (turn !== 180) expect([text.width, text.height]).toEqual([842, 595]);
  });

  it('counts the characters it leaves out: a sideways stamp beside upright text', () => {
    const text = pageLines({ page: 1, viewport, items: [item('Nội dung của trang.', 72, 700, 100), item('DỰ THẢO', 20, 400, 40, 90)] });
    expect(text.lines.map((l) => l.text)).toEqual(['Nội dung của trang.']);
    expect([text.chars, text.unread]).toEqual([22, 6]);
  });

  it('maps rulings into the same space as the lines', () => {
    // A page turned 90° by its viewport (/Rotate 90): user space x runs down the shown page.
    const turned = { width: 842, height: 595, transform: [0, 1, 1, 0, 0, 0] };
    const text = pageLines({ page: 1, viewport: turned, items: [], rulings: [{ x0: 100, y0: 50, x1: 300, y1: 50 }] });
    expect(text.rulings).toEqual([{ x0: 50, x1: 50, y0: 295, y1: 495 }]);
  });
});

describe('rulingsFromOperatorList', () => {
  const OPS = { save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75, stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27 };
  const [MOVE, LINE, CLOSE] = [0, 1, 4];
  const path = (paint: number, ...ops: number[]) => [OPS.constructPath, [paint, [Float32Array.from(ops)], null]] as const;

  it('reads stroked lines and thin filled boxes under the current matrix, and skips the rest', () => {
    const ops = [
      [OPS.save, null],
      [OPS.transform, [1, 0, 0, 1, 50, 100]],
      // A horizontal border, a slanted stroke, a vertical one closed back to its start.
      path(OPS.stroke, MOVE, 0, 0, LINE, 200, 0, MOVE, 0, 0, LINE, 30, 30, MOVE, 10, 0, LINE, 10, -80, CLOSE),
      [OPS.restore, null],
      // A border drawn as a 0.5 pt filled box; a shaded cell (a large box) is no ruling.
      path(OPS.fill, MOVE, 300, 500, LINE, 300.5, 500, LINE, 300.5, 600, LINE, 300, 600, CLOSE),
      path(OPS.fill, MOVE, 0, 0, LINE, 100, 0, LINE, 100, 40, LINE, 0, 40, CLOSE),
      // A clipping path is not drawn.
      path(28, MOVE, 0, 0, LINE, 500, 0),
    ] as const;
    const rulings = rulingsFromOperatorList({ fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) }, OPS);
    expect(rulings).toEqual([
      { x0: 50, x1: 250, y0: 100, y1: 100 },
      { x0: 60, x1: 60, y0: 20, y1: 100 },
      { x0: 60, x1: 60, y0: 20, y1: 100 },
      { x0: 300.25, x1: 300.25, y0: 500, y1: 600 },
    ]);
  });

  it('gives up on a page with more strokes than a table has (a drawing)', () => {
    const many = Array.from({ length: 2100 }, (_, i) => path(OPS.stroke, MOVE, 0, i, LINE, 100, i));
    expect(rulingsFromOperatorList({ fnArray: many.map((o) => o[0]), argsArray: many.map((o) => o[1]) }, OPS)).toEqual([]);
  });
});

describe('list markers followed by a tab', () => {
  it('go back with their text, unless a border stands between them', () => {
    const numbered = ln(700, [113, 125, 'I.'], [156, 300, 'MỤC ĐÍCH, YÊU CẦU']);
    expect(keepMarkers([numbered], [])[0]?.segments.map((s) => s.text)).toEqual(['I. MỤC ĐÍCH, YÊU CẦU']);
    const border = { x0: 140, x1: 140, y0: 650, y1: 720 };
    expect(keepMarkers([numbered], [border])[0]?.segments.map((s) => s.text)).toEqual(['I.', 'MỤC ĐÍCH, YÊU CẦU']);
  });

  it('do not make a page look like it holds a table; three cells on two lines do', () => {
    const list = [ln(700, [113, 125, '1.'], [156, 300, 'Mục đích']), ln(680, [113, 125, '-'], [156, 300, 'Nâng cao'], [400, 500, 'nhận thức'])];
    expect(mayHoldTable(list)).toBe(false);
    expect(mayHoldTable([ln(700, [85, 100, '1'], [110, 300, 'Lễ phát động'], [320, 400, 'Văn phòng']), ln(680, [85, 100, '2'], [110, 300, 'Truyền thông'], [320, 400, 'Đoàn'])])).toBe(true);
  });
});

describe('column blocks', () => {
  const body = (y: number, text: string) => ln(y, [85, 538, text]);

  it('take the centred lines above their first two-column line: a motto set higher than the issuing body', () => {
    const blocks = layoutBlocks([
      page(1, [
        ln(800, [300, 520, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA']),
        ln(790, [90, 200, 'ỦY BAN NHÂN DÂN'], [380, 440, 'VIỆT NAM']),
        ln(776, [105, 185, 'XÃ TÂN LẬP'], [320, 500, 'Độc lập - Tự do - Hạnh phúc']),
        ln(740, [260, 360, 'KẾ HOẠCH']),
      ]),
    ]);
    expect(cells(blocks[0] as RawTable)).toEqual([[['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA', 'VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']]]);
    expect(texts(blocks)).toEqual(['KẾ HOẠCH']);
  });

  it('go on over a page break: recipients and the name on the next page stay in the same row', () => {
    const blocks = layoutBlocks([
      page(1, [body(300, 'Trên đây là Kế hoạch của Ủy ban nhân dân xã, đề nghị các cơ quan thực hiện./.'), ln(270, [80, 140, 'Nơi nhận:'], [360, 460, 'KT. CHỦ TỊCH']), ln(258, [80, 200, '- Sở Y tế;'])]),
      page(2, [ln(800, [80, 220, '- UBND các xã;'], [355, 465, 'PHÓ CHỦ TỊCH']), ln(788, [80, 160, '- Lưu: VT.']), ln(740, [350, 470, 'Phan Đình Huy'])]),
    ]);
    expect(blocks).toHaveLength(2);
    expect(cells(blocks[1] as RawTable)).toEqual([[['Nơi nhận:', '- Sở Y tế;', '- UBND các xã;', '- Lưu: VT.'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phan Đình Huy']]]);
    expect((blocks[1] as RawTable).page).toBe(1);
  });

  it('do not go on into the header of a document bound after them', () => {
    const closing = [
      ln(270, [80, 140, 'Nơi nhận:'], [360, 460, 'KT. CHỦ TỊCH']),
      ln(258, [80, 200, '- Sở Y tế;'], [355, 465, 'PHÓ CHỦ TỊCH']),
      ln(246, [80, 160, '- Lưu: VT.']),
      ln(180, [350, 470, 'Phan Đình Huy']),
    ];
    const header = [ln(800, [95, 215, 'ỦY BAN NHÂN DÂN'], [300, 520, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']), ln(786, [120, 190, 'XÃ TÂN LẬP'], [330, 490, 'Độc lập - Tự do - Hạnh phúc'])];
    const blocks = layoutBlocks([page(1, closing), page(2, header)]);
    expect(blocks.map((b) => b.type === 'table' && cells(b))).toEqual([
      [[['Nơi nhận:', '- Sở Y tế;', '- Lưu: VT.'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phan Đình Huy']]],
      [[['ỦY BAN NHÂN DÂN', 'XÃ TÂN LẬP'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']]],
    ]);
  });

  it('do not go on into a page that starts with body text', () => {
    const blocks = layoutBlocks([
      page(1, [ln(270, [80, 140, 'Nơi nhận:'], [360, 460, 'KT. CHỦ TỊCH']), ln(258, [80, 200, '- Sở Y tế;'], [355, 465, 'PHÓ CHỦ TỊCH'])]),
      page(2, [body(800, 'PHỤ LỤC: Danh mục các hoạt động của Tháng hành động vì trẻ em năm 2025 trên địa bàn')]),
    ]);
    expect(blocks.map((b) => b.type)).toEqual(['table', 'paragraph']);
  });
});

describe('bordered tables', () => {
  // A 3-column grid at x = 80 | 130 | 330 | 500; rows between y = 700, 680, 640, 600.
  const grid = (top: number, rows: number[], merged: { groupRow?: number } = {}): Ruling[] => {
    const ys = [top, ...rows];
    const xs = [80, 130, 330, 500];
    const h = ys.map((y) => ({ x0: 80, x1: 500, y0: y, y1: y }));
    const v: Ruling[] = [];
    for (let r = 0; r + 1 < ys.length; r++) {
      for (const [i, x] of xs.entries()) {
        // A group row: no inner border after its first column.
        if (merged.groupRow === r && i === 2) continue;
        v.push({ x0: x, x1: x, y0: ys[r + 1] as number, y1: ys[r] as number });
      }
    }
    return [...h, ...v];
  };

  it('place text by position, merged cells to their first cell, wrapped cells whole', () => {
    const blocks = layoutBlocks([
      page(
        1,
        [
          ln(688, [95, 115, 'STT'], [180, 280, 'Nội dung'], [370, 460, 'Chủ trì']),
          ln(668, [100, 108, 'I'], [135, 300, 'Công tác truyền thông']),
          // Tight cells: the agency starts 4 pt after the task.
          ln(628, [100, 108, '1'], [135, 326, 'Tuyên truyền Luật Trẻ'], [334, 496, 'Phòng Văn hóa - Xã']),
          ln(614, [135, 200, 'em 2016'], [405, 425, 'hội']),
        ],
        grid(700, [680, 640, 600], { groupRow: 1 }),
      ),
    ]);
    expect(blocks).toHaveLength(1);
    expect(cells(blocks[0] as RawTable)).toEqual([
      [['STT'], ['Nội dung'], ['Chủ trì']],
      [['I'], ['Công tác truyền thông'], []],
      [['1'], ['Tuyên truyền Luật Trẻ em 2016'], ['Phòng Văn hóa - Xã hội']],
    ]);
  });

  it('go on over a page: the repeated header row dropped, the split row joined', () => {
    const blocks = layoutBlocks([
      page(1, [ln(688, [95, 115, 'STT'], [180, 280, 'Nội dung'], [370, 460, 'Chủ trì']), ln(668, [100, 108, '1'], [135, 300, 'Lễ phát động'], [370, 460, 'Văn phòng']), ln(628, [100, 108, '2'], [135, 326, 'Tuyên truyền trên hệ'], [340, 490, 'Đoàn Thanh'])], grid(700, [680, 640, 600])),
      page(2, [ln(688, [95, 115, 'STT'], [180, 280, 'Nội dung'], [370, 460, 'Chủ trì']), ln(668, [135, 300, 'thống loa truyền thanh'], [370, 460, 'niên xã']), ln(628, [100, 108, '3'], [135, 300, 'Thăm hỏi'], [370, 460, 'Trạm Y tế'])], grid(700, [680, 640, 600])),
    ]);
    expect(blocks).toHaveLength(1);
    expect(cells(blocks[0] as RawTable)).toEqual([
      [['STT'], ['Nội dung'], ['Chủ trì']],
      [['1'], ['Lễ phát động'], ['Văn phòng']],
      [['2'], ['Tuyên truyền trên hệ thống loa truyền thanh'], ['Đoàn Thanh niên xã']],
      [['3'], ['Thăm hỏi'], ['Trạm Y tế']],
    ]);
  });

  it('leave a single box around text as text', () => {
    const box = [{ x0: 80, x1: 500, y0: 700, y1: 700 }, { x0: 80, x1: 500, y0: 650, y1: 650 }, { x0: 80, x1: 80, y0: 650, y1: 700 }, { x0: 500, x1: 500, y0: 650, y1: 700 }];
    const blocks = layoutBlocks([page(1, [ln(680, [90, 480, 'Ghi chú: các đơn vị gửi báo cáo trước ngày 10/7/2025.'])], box)]);
    expect(texts(blocks)).toEqual(['Ghi chú: các đơn vị gửi báo cáo trước ngày 10/7/2025.']);
  });
});
