/**
 * Task tables: plans (annual plans above all, often in an annex, `PHỤ LỤC`) give their tasks as a
 * table instead of numbered sections:
 *
 *   STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Kinh phí
 *   I   | CÔNG TÁC TRUYỀN THÔNG                                         (a group row)
 *   1   | Tuyên truyền Luật Trẻ em ... | Sở Văn hóa, Thể thao và Du lịch | Báo ...; Đài ... | Thường xuyên trong năm | Ngân sách tỉnh
 *   2   | Tổ chức Diễn đàn trẻ em ...  | Sở Y tế                         | Tỉnh đoàn         | Trong tháng 5/2025     | (merged)
 *
 * A table is a task table when a header row (one of its first rows) names a task column (`Nội
 * dung`, `Nhiệm vụ`, `Hoạt động`, `Giải pháp`) and any of a lead (`chủ trì`), partner (`phối hợp`),
 * timing (`Thời gian`, `Thời hạn`) or budget (`Kinh phí`) column. Each row under it is one task,
 * read as the section form reads `Cơ quan chủ trì:`, `Cơ quan phối hợp:`, `Thời gian thực hiện:`:
 * - merged cells: rows are grids (a cell spanning columns leaves the others empty); a cell merged
 *   down (`mergedAbove`), or a ditto mark (`nt`, `-nt-`, `như trên`, `〃`), holds the value of the
 *   cell above;
 * - a header row printed again (a table over two pages, copied out) and a row of column numbers
 *   (`(1) | (2) | ...`) are no tasks;
 * - a row with no number whose task text does not open with a capital (or is empty) continues the
 *   task above (a row broken over a page: "trẻ em tại các huyện" | "Đào tạo" | "2025"): its
 *   agencies and timing are read with the parts above;
 * - a row numbered `I`, `II` ... (or `A`, `B`), or one whose number cell holds "I. CÔNG TÁC ..." with
 *   the rest of the row empty, is a group: an activity of its own (as a `1.` heading over `1.1.`
 *   tasks is), numbering the tasks under it `I.1`.
 * Found once per plan and shared by activities, responsibilities and deadlines.
 */
import type { Agency, Timing } from '../schema.js';
import type { TableBlock, TableCell, TextBlock } from '../model.js';
import { compareKey } from '../normalize/index.js';
import type { ExtractContext } from './context.js';
import { agencyContext, findAgencies } from './agencies.js';
import { findTimings } from './dates/index.js';

const COLUMN = {
  number: /^(?:s\.?\s*tt|tt|số\s*tt|số thứ tự)\.?$/iu,
  what: /nội dung|nhiệm vụ|hoạt động|giải pháp/iu,
  lead: /chủ trì/iu,
  support: /phối hợp/iu,
  when: /thời gian|thời hạn|tiến độ/iu,
  budget: /kinh phí|nguồn vốn|dự toán/iu,
  /** "Đơn vị thực hiện": the doers, read as partners when no lead is named (as the section form does). */
  performers: /(?:cơ quan|đơn vị)[^|]{0,12}thực hiện/iu,
};
/** A header is looked for in the first rows only: a title row may come first. */
const HEADER_ROWS = 3;
// "nt", "-nt-", "Như trên", "〃", '"': the same as the cell above.
const DITTO = /^(?:-?\s*nt\s*-?|như trên|〃|["“”])\.?$/iu;
const COLUMN_NUMBER = /^\(?\d{1,2}\)?$/u;
const GROUP_NUMBER = /^(?:[IVXLC]+|[A-Z])$/u;
// A group printed as one cell across the row: "I. CÔNG TÁC TRUYỀN THÔNG", "A - TRUYỀN THÔNG".
const GROUP_HEADING = /^([IVXLC]+|[A-Z])\s*[.\-–:)]\s+/u;
// The marker a task's text may open with in its cell ("1.", "a)", "-").
const MARKER = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•])\s+/u;

export interface TaskRow {
  /** The printed number path ("I", "I.1", "II.3"), or the row's position when the table prints none. */
  id: string;
  /** A group row ("I | CÔNG TÁC TRUYỀN THÔNG"): a heading over the tasks after it. */
  group: boolean;
  /** The task's paragraphs: its own cell. */
  content: TextBlock[];
  /**
   * The task's paragraphs in rows that continue it (a row broken over a page). Kept apart: the
   * other cells of the row lie between them and the task's cell, and a value is grounded in one
   * stretch of the text, so the task's text and duty are its own cell's.
   */
  continued: TextBlock[];
  /** Where the text of the task starts in its first paragraph: after a printed marker. */
  labelStart: number;
  /** The cell the lead was read from (the one above, for a cell merged down), or null. */
  leadCell: TableCell | null;
  lead: Agency[];
  support: Agency[];
  timing: Timing | null;
}

export interface TaskTable {
  table: TableBlock;
  rows: TaskRow[];
  /** Paragraphs of the timing column: a task's timing, never a deadline. */
  timingBlocks: Set<TextBlock>;
  /** The row whose task a paragraph of the table belongs to. */
  rowOf: Map<TextBlock, TaskRow>;
}

const textOf = (cell: TableCell | null | undefined): string => (cell?.blocks ?? []).map((b) => b.text).join('\n').trim();

interface Columns {
  number: number;
  what: number;
  lead: number;
  support: number;
  when: number;
  performers: number;
}

/** The header row's index and its columns, or null when the table is no task table. */
function headerOf(rows: readonly TableCell[][]): { at: number; columns: Columns; key: string } | null {
  for (let at = 0; at < Math.min(HEADER_ROWS, rows.length); at++) {
    const texts = rows[at]!.map(textOf);
    const taken: number[] = [];
    const col = (re: RegExp): number => {
      const i = texts.findIndex((t, k) => re.test(t) && !taken.includes(k));
      if (i >= 0) taken.push(i);
      return i;
    };
    const lead = col(COLUMN.lead);
    const support = col(COLUMN.support);
    const when = col(COLUMN.when);
    const budget = col(COLUMN.budget);
    const performers = col(COLUMN.performers);
    const what = col(COLUMN.what);
    const number = col(COLUMN.number);
    if (what < 0 || (lead < 0 && support < 0 && when < 0 && budget < 0)) continue;
    return { at, columns: { number, what, lead, support, when, performers }, key: texts.map(compareKey).join('|') };
  }
  return null;
}

/** Whether every cell of a row is empty or a column number: the "(1) | (2) | (3)" row under a header. */
function isNumberingRow(row: readonly TableCell[]): boolean {
  const texts = row.map(textOf).filter((t) => t !== '');
  return texts.length >= 2 && texts.every((t) => COLUMN_NUMBER.test(t));
}

/** A cell that goes on from the row above: it does not open with a capital ("trẻ em tại ...", "2025"). */
const goesOn = (text: string): boolean => !/^\p{Lu}/u.test(text);

/** The tasks of one table, or null when it is no task table. */
function readTable(ctx: ExtractContext, table: TableBlock): TaskTable | null {
  const header = headerOf(table.rows);
  if (!header) return null;
  const { columns } = header;
  const where = agencyContext(ctx);
  const rows: TaskRow[] = [];
  const timingBlocks = new Set<TextBlock>();
  const rowOf = new Map<TextBlock, TaskRow>();
  // The value last printed in each column, for cells merged down or marked as ditto.
  const above = new Map<number, TableCell>();
  // The text of the current task's lead, partner and timing cells, over the rows that continue it.
  let parts: { lead: string[]; support: string[]; when: string[]; performers: string[] } | null = null;
  let group: string | null = null;
  let position = 0;

  const finish = () => {
    const task = rows[rows.length - 1];
    if (!task || !parts || task.group) return;
    const agencies = (texts: string[]) => findAgencies(texts.join(' '), where).map((m) => m.agency);
    task.lead = agencies(parts.lead);
    task.support = agencies(parts.support);
    const performers = agencies(parts.performers);
    if (task.lead.length === 0) task.support = performers.concat(task.support);
    task.timing = parts.when.length === 0 ? null : findTimings(parts.when.join(' '), { year: ctx.year })[0]?.timing ?? null;
  };

  for (const row of table.rows.slice(header.at + 1)) {
    position++;
    const texts = row.map(textOf);
    if (texts.map(compareKey).join('|') === header.key || isNumberingRow(row)) continue;
    /** The cell that holds the value of a column in this row: itself, or the one above when merged or a ditto. */
    const valueAt = (c: number): TableCell | null => {
      if (c < 0) return null;
      const cell = row[c];
      if (!cell) return null;
      if (cell.mergedAbove || DITTO.test(textOf(cell))) return above.get(c) ?? null;
      above.set(c, cell);
      return cell;
    };
    const numberCell = columns.number >= 0 ? row[columns.number] ?? null : null;
    const whatCell = row[columns.what] ?? null;
    const printed = textOf(numberCell).replace(/[.)]$/u, '');

    // A group: "I | CÔNG TÁC ...", or "I. CÔNG TÁC ..." in the first cell of a row merged across.
    const across = numberCell !== null && texts.every((t, c) => c === columns.number || t === '') ? GROUP_HEADING.exec(textOf(numberCell)) : null;
    if (GROUP_NUMBER.test(printed) || across) {
      finish();
      parts = null;
      group = across ? (across[1] as string) : printed;
      const cell = across ? numberCell : whatCell;
      if (!cell?.blocks[0]) continue;
      const task: TaskRow = { id: group, group: true, content: cell.blocks, continued: [], labelStart: across ? across[0].length : 0, leadCell: null, lead: [], support: [], timing: null };
      rows.push(task);
      for (const b of cell.blocks) rowOf.set(b, task);
      continue;
    }

    for (const b of (columns.when >= 0 ? row[columns.when]?.blocks : undefined) ?? []) timingBlocks.add(b);
    const content = whatCell?.blocks ?? [];
    const own = (c: number) => (c >= 0 && row[c] && !row[c]!.mergedAbove ? textOf(row[c]) : '');

    // A row broken over a page: no number, and the task's text goes on without a capital (or only
    // the other cells go on: "Đào tạo" under "Sở Giáo dục và").
    const last = rows[rows.length - 1];
    const continues = printed === '' && last !== undefined && !last.group && parts !== null
      && (content.length === 0 || goesOn(textOf(whatCell)));
    if (continues && last && parts) {
      last.continued = last.continued.concat(content);
      for (const b of content) rowOf.set(b, last);
      if (own(columns.lead)) parts.lead.push(own(columns.lead));
      if (own(columns.support)) parts.support.push(own(columns.support));
      if (own(columns.when)) parts.when.push(own(columns.when));
      if (own(columns.performers)) parts.performers.push(own(columns.performers));
      continue;
    }
    if (content.length === 0) continue;
    // Read after the continuation check: a cell continued from the row above is no value to repeat below.
    const leadCell = valueAt(columns.lead);
    const supportCell = valueAt(columns.support);
    const whenCell = valueAt(columns.when);
    const performersCell = valueAt(columns.performers);
    finish();
    const id = printed === '' ? `${position}` : group && printed !== group ? `${group}.${printed}` : printed;
    const labelStart = MARKER.exec(content[0]!.text)?.[0].length ?? 0;
    const task: TaskRow = { id, group: false, content, continued: [], labelStart, leadCell, lead: [], support: [], timing: null };
    rows.push(task);
    for (const b of content) rowOf.set(b, task);
    parts = {
      lead: leadCell ? [textOf(leadCell)] : [],
      support: supportCell ? [textOf(supportCell)] : [],
      when: whenCell ? [textOf(whenCell)] : [],
      performers: performersCell ? [textOf(performersCell)] : [],
    };
  }
  finish();
  return { table, rows, timingBlocks, rowOf };
}

const computed = new WeakMap<ExtractContext, TaskTable[]>();

/** The task tables of the plan, body and annexes alike, in document order (found once per plan). */
export function taskTables(ctx: ExtractContext): TaskTable[] {
  let found = computed.get(ctx);
  if (!found) {
    found = [];
    for (const block of ctx.doc.blocks) {
      if (block.type !== 'table') continue;
      const read = readTable(ctx, block);
      if (read) found.push(read);
    }
    computed.set(ctx, found);
  }
  return found;
}
