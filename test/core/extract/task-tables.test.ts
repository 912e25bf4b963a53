import { describe, expect, it } from 'vitest';
import { classifyParagraph, type PlanDocument, type TableCell, type TextBlock } from '@plan-extract/core';
import { extractActivities } from '../../../packages/core/src/extract/activities.js';
import { extractDeadlines } from '../../../packages/core/src/extract/deadlines.js';
import { extractResponsibilities } from '../../../packages/core/src/extract/responsibilities.js';
import { createContext, type ExtractContext } from '../../../packages/core/src/extract/context.js';
import { spansHold } from './body-helpers.js';

/** A cell: its text ("\n" between paragraphs), or `^^` for a cell merged into the one above. */
type Cell = string;

/** A province plan's type name, title, opening and first heading, then a table laid out as assembly lays one out. */
function planWithTable(rows: Cell[][]): ExtractContext {
  const front = [
    'KẾ HOẠCH',
    'Thực hiện công tác trẻ em năm 2025',
    'Ủy ban nhân dân tỉnh Tuyên Quang ban hành Kế hoạch thực hiện công tác trẻ em trên địa bàn tỉnh Tuyên Quang năm 2025 như sau:',
    'I. NHIỆM VỤ, GIẢI PHÁP',
  ];
  const intro = front[0]!;
  let text = intro;
  const block = (t: string): TextBlock => {
    text += '\n';
    const start = text.length;
    text += t;
    return { ...classifyParagraph(t), text: t, span: { start, end: start + t.length, page: null } };
  };
  const first: TextBlock = { ...classifyParagraph(intro), text: intro, span: { start: 0, end: intro.length, page: null } };
  const opening = front.slice(1).map(block);
  const tableStart = text.length + 1;
  const tableRows: TableCell[][] = rows.map((row) =>
    row.map((t) => {
      if (t === '^^') return { blocks: [], span: { start: text.length, end: text.length, page: null }, mergedAbove: true };
      const blocks = t === '' ? [] : t.split('\n').map(block);
      const span = blocks.length > 0 ? { start: blocks[0]!.span.start, end: blocks[blocks.length - 1]!.span.end, page: null } : { start: text.length, end: text.length, page: null };
      return { blocks, span };
    }),
  );
  const doc: PlanDocument = {
    type: 'document',
    source: { path: null, format: 'docx', pages: null, sha256: '', bytes: 0, encoding: null },
    text,
    blocks: [first, ...opening, { type: 'table', rows: tableRows, span: { start: tableStart, end: text.length, page: null } }],
    furniture: [],
    pageStarts: [],
  };
  const ctx = createContext(doc);
  ctx.year = 2025;
  return ctx;
}

const HEADER = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Kinh phí'];
const brief = (ctx: ExtractContext) =>
  extractActivities(ctx).map((a) => [a.id, a.text, a.lead.map((x) => x.name), a.support.map((x) => x.name), a.timing?.text ?? null]);

describe('task tables', () => {
  it('reads a cell merged down, and a group row spanning the table, as the section form would', () => {
    const ctx = planWithTable([
      HEADER,
      ['I', 'CÔNG TÁC TRUYỀN THÔNG', '', '', '', ''],
      ['1', 'Tuyên truyền Luật Trẻ em trên báo, đài.', 'Sở Y tế', 'Báo Tuyên Quang', 'Thường xuyên trong năm', 'Ngân sách tỉnh'],
      ['2', 'Tổ chức Diễn đàn trẻ em.', '^^', 'Tỉnh đoàn', 'Trong tháng 5/2025', '^^'],
    ]);
    expect(brief(ctx)).toEqual([
      ['I', 'CÔNG TÁC TRUYỀN THÔNG', [], [], null],
      ['I.1', 'Tuyên truyền Luật Trẻ em trên báo, đài', ['Sở Y tế'], ['Báo Tuyên Quang'], 'Thường xuyên trong năm'],
      ['I.2', 'Tổ chức Diễn đàn trẻ em', ['Sở Y tế'], ['Tỉnh đoàn'], 'Trong tháng 5/2025'],
    ]);
    expect(spansHold(ctx, extractActivities(ctx))).toEqual([]);
  });

  it('gives each leading body a responsibility whose duties are the tasks it leads', () => {
    const ctx = planWithTable([
      HEADER,
      ['1', 'Tuyên truyền Luật Trẻ em.', 'Sở Y tế', 'Sở Tư pháp', 'Quý II năm 2025', ''],
      ['2', 'Dạy bơi cho trẻ em.', 'Sở Văn hóa, Thể thao và Du lịch', 'Tỉnh đoàn', 'Quý III năm 2025', ''],
      ['3', 'Kiểm tra, giám sát.', 'Sở Y tế', 'Công an tỉnh', 'Quý IV năm 2025', ''],
    ]);
    const responsibilities = extractResponsibilities(ctx);
    expect(responsibilities.map((r) => [r.agency.name, r.agency.key, r.role, r.duties.map((d) => d.text)])).toEqual([
      ['Sở Y tế', 'health', 'assigned', ['Tuyên truyền Luật Trẻ em', 'Kiểm tra, giám sát']],
      ['Sở Văn hóa, Thể thao và Du lịch', 'culture', 'assigned', ['Dạy bơi cho trẻ em']],
    ]);
    expect(spansHold(ctx, responsibilities)).toEqual([]);
  });

  it('reads a group printed in one cell merged across the row', () => {
    const ctx = planWithTable([HEADER, ['II. BẢO VỆ TRẺ EM', '', '', '', '', ''], ['1', 'Tổ chức Tháng hành động.', 'Sở Y tế', '', 'Quý II năm 2025', '']]);
    expect(brief(ctx).map((a) => a.slice(0, 2))).toEqual([['II', 'BẢO VỆ TRẺ EM'], ['II.1', 'Tổ chức Tháng hành động']]);
  });

  it('skips a repeated header row and a row of column numbers, and reads ditto marks', () => {
    const ctx = planWithTable([
      HEADER,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['1', 'Tuyên truyền Luật Trẻ em.', 'Sở Y tế', 'Sở Tư pháp', 'Quý II năm 2025', ''],
      HEADER,
      ['2', 'Kiểm tra, giám sát.', 'nt', '-nt-', 'Quý IV năm 2025', ''],
    ]);
    expect(brief(ctx)).toEqual([
      ['1', 'Tuyên truyền Luật Trẻ em', ['Sở Y tế'], ['Sở Tư pháp'], 'Quý II năm 2025'],
      ['2', 'Kiểm tra, giám sát', ['Sở Y tế'], ['Sở Tư pháp'], 'Quý IV năm 2025'],
    ]);
  });

  it('joins a row broken over a page to the task above', () => {
    const ctx = planWithTable([
      HEADER,
      ['1', 'Kiểm tra việc thực hiện chính sách, pháp luật về', 'Sở Giáo dục và', 'Sở Tư pháp; Công an', 'Quý III, IV năm', 'Ngân sách tỉnh'],
      ['', 'trẻ em tại các huyện, thành phố.', 'Đào tạo', 'tỉnh', '2025', ''],
      ['2', 'Tổng hợp, báo cáo kết quả.', 'Sở Y tế', '', 'Tháng 12/2025', ''],
    ]);
    const activities = extractActivities(ctx);
    expect(brief(ctx)).toEqual([
      ['1', 'Kiểm tra việc thực hiện chính sách, pháp luật về', ['Sở Giáo dục và Đào tạo'], ['Sở Tư pháp', 'Công an tỉnh'], 'Quý III, IV năm 2025'],
      ['2', 'Tổng hợp, báo cáo kết quả', ['Sở Y tế'], [], 'Tháng 12/2025'],
    ]);
    expect(activities[0]?.timing).toMatchObject({ kind: 'quarters', quarters: ['2025-Q3', '2025-Q4'] });
    // Its duty is the part in its own cell: the other cells of the row lie between the two parts.
    expect(extractResponsibilities(ctx)[0]?.duties.map((d) => d.text)).toEqual(['Kiểm tra việc thực hiện chính sách, pháp luật về']);
    expect(spansHold(ctx, extractResponsibilities(ctx))).toEqual([]);
  });

  it('is a task table with a timing or budget column and no lead, and not without one', () => {
    expect(brief(planWithTable([['TT', 'Nhiệm vụ', 'Thời hạn'], ['1', 'Rà soát trẻ em có hoàn cảnh đặc biệt.', 'Quý II năm 2025']]))).toEqual([
      ['1', 'Rà soát trẻ em có hoàn cảnh đặc biệt', [], [], 'Quý II năm 2025'],
    ]);
    expect(brief(planWithTable([['TT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Năm 2025'], ['1', 'Tỷ lệ trẻ em được khai sinh', '%', '98']]))).toEqual([]);
  });

  it('reads the timing column as a task\'s timing, not a deadline; a date in the task has its lead as actor', () => {
    const ctx = planWithTable([
      HEADER,
      ['1', 'Báo cáo kết quả về UBND tỉnh trước ngày 15/12/2025.', 'Sở Y tế', '', 'Trước ngày 15/12/2025', ''],
    ]);
    expect(extractDeadlines(ctx).map((d) => [d.date, d.actor, d.recipient])).toEqual([['2025-12-15', 'Sở Y tế', 'UBND tỉnh']]);
    expect(extractDeadlines(ctx)).toHaveLength(1);
  });
});
