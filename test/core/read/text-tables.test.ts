import { describe, expect, it } from 'vitest';
import { readDocument, type TableBlock } from '@plan-extract/core';

const read = async (lines: string[]) => (await readDocument({ text: lines.join('\n') })).value;
const cells = (table: TableBlock) => table.rows.map((row) => row.map((c) => (c.mergedAbove ? '^^' : c.blocks.map((b) => b.text).join('/'))));

describe('pipe tables in text plans', () => {
  it('reads a table under its delimiter row: cells, merged cells, paragraphs, escaped bars', async () => {
    const doc = await read([
      'PHỤ LỤC',
      '| STT | Nội dung | Cơ quan chủ trì |',
      '|:---:|---|---|',
      '| 1 | Tuyên truyền Luật Trẻ em | Sở Y tế |',
      '| 2 | Tổ chức Diễn đàn trẻ em<br>Trao giải | ^^ |',
      '| 3 | Hội thi A \\| B | Tỉnh đoàn |',
      'Trên đây là Phụ lục.',
    ]);
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'table', 'paragraph']);
    const table = doc.blocks[1] as TableBlock;
    expect(cells(table)).toEqual([
      ['STT', 'Nội dung', 'Cơ quan chủ trì'],
      ['1', 'Tuyên truyền Luật Trẻ em', 'Sở Y tế'],
      ['2', 'Tổ chức Diễn đàn trẻ em/Trao giải', '^^'],
      ['3', 'Hội thi A | B', 'Tỉnh đoàn'],
    ]);
    for (const row of table.rows) for (const cell of row) for (const b of cell.blocks) expect(doc.text.slice(b.span.start, b.span.end)).toBe(b.text);
  });

  it('leaves rows without a delimiter row as lines: web headers joined by " | ", dashes under a header', async () => {
    const doc = await read([
      '| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | ',
      '| Số: 99/KH-UBND | Ninh Bình, ngày 09 tháng 10 năm 2025 | ',
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '-------',
      'KẾ HOẠCH',
    ]);
    expect(doc.blocks.every((b) => b.type !== 'table')).toBe(true);
    expect(doc.blocks).toHaveLength(5);
  });
});
