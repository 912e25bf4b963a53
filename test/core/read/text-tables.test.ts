import { describe, expect, it } from 'vitest';
import { createLocator, readDocument, type TableBlock } from '@plan-extract/core';

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

  it('places every cell paragraph at its line and column of the file, after merged cells, breaks and emphasis', async () => {
    const lines = [
      'PHỤ LỤC',
      '',
      '| STT | Nội dung | Cơ quan chủ trì |',
      '|:---:|---|---|',
      '|  1 | **Tuyên truyền** Luật Trẻ em | Sở Y tế |',
      '| 2 | Tổ chức Diễn đàn trẻ em<br>Trao giải | ^^ |',
      'Trên đây là Phụ lục.',
    ];
    const doc = await read(lines);
    const locator = createLocator(doc);
    const table = doc.blocks.find((b): b is TableBlock => b.type === 'table')!;
    const where = (text: string) => {
      const block = table.rows.flat().flatMap((c) => c.blocks).find((b) => b.text === text)!;
      const { line, column } = locator.locate(block.span);
      return { line, column, there: lines[line! - 1]!.slice(column! - 1) };
    };
    expect(where('Nội dung')).toMatchObject({ line: 3, column: 9 });
    expect(where('1')).toMatchObject({ line: 5, column: 4 });
    // The emphasis asterisks are in the file, not in the text: the cell begins at them.
    expect(where('Tuyên truyền Luật Trẻ em').line).toBe(5);
    expect(where('Tuyên truyền Luật Trẻ em').there).toMatch(/^(\*\*)?Tuyên truyền/);
    expect(where('Trao giải')).toMatchObject({ line: 6, there: 'Trao giải | ^^ |' });
    const after = doc.blocks.at(-1)!;
    expect(locator.locate(after.span)).toMatchObject({ line: 7, column: 1 });
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
