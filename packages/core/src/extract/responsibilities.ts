/**
 * Who does what: the `Tổ chức thực hiện` section. Each numbered heading names an agency (or a
 * list of them), followed by its duties: dash items, unmarked paragraphs, or text inline after
 * a colon ("4. Phòng Kinh tế - Hạ tầng và Đô thị: Chỉ đạo ..."). Nested headings
 * ("1. UBND phường" / "1.1. Công chức VH - XH (phụ trách ...)") give one responsibility each;
 * a parent with no duties of its own gives none. Headings that name no agency
 * ("13. Chế độ thông tin báo cáo", "Kinh phí") are not responsibilities.
 *
 * Decisions:
 * - A heading naming several agencies ("Các phòng, đơn vị: Giáo dục và Đào tạo; Tư pháp; ...")
 *   gives one responsibility per agency, all sharing the duties, so each can be paired by
 *   function with the upper plan. A collective ("Các cơ quan, ban, ngành, đoàn thể huyện")
 *   is one responsibility with key `all-agencies`.
 * - A duty continued after a paragraph or page break is one duty whose span runs from the start
 *   of its first part to the end of its last; its `text` is exactly that slice, the break kept
 *   as the "\n" of `doc.text` (fold whitespace for display).
 * - A table `Cơ quan, đơn vị | Nhiệm vụ` (a layout some plans use instead of headings) gives one
 *   responsibility per row, each paragraph of the duty cell a duty; a task table (`./task-tables.ts`)
 *   one per leading body, its duties the tasks it leads.
 * - Role: `requested` when the heading says "Đề nghị" or the body is the Front or a party board
 *   (a People's Committee can only request those); `lead` for the first agency whose first duty
 *   is to chair ("Chủ trì ...") — or, when no one chairs, the first told to draw up the plan
 *   ("Xây dựng kế hoạch triển khai ..."); `assigned` for the rest.
 */
import type { Grounded, Responsibility, Role } from '../schema.js';
import type { TableBlock, TableCell } from '../model.js';
import type { Section } from '../segment/sections.js';
import type { ExtractContext, Extractor } from './context.js';
import { spanIn } from './context.js';
import { agencyContext, type AgencyContext, splitAgencyList } from './agencies.js';
import { bodyEnd, groundRange, groupItems, within } from './items.js';
import { textBlocks } from '../model.js';
import { compareKey } from '../normalize/index.js';
import { taskTables } from './task-tables.js';

const ORGANISATION = /^tổ chức thực hiện/iu;
const REQUEST = /^\s*đề nghị(?=\s)/iu;
const CHAIRS = /^chủ trì/iu;
const DRAFTS_PLAN = /^(?:tham mưu\s+)?xây dựng kế hoạch\s+(?:triển khai|thực hiện)/iu;

/** The `Tổ chức thực hiện` section: a top-level one (under a `Phần` if the plan has parts). */
export function organisationSection(root: Section): Section | null {
  for (const s of root.children) {
    if (ORGANISATION.test(s.title)) return s;
    if (s.marker?.kind === 'part') for (const c of s.children) if (ORGANISATION.test(c.title)) return c;
  }
  return null;
}

// Deadlines read the responsibilities too (for the actor of a sentence): compute them once per plan.
const computed = new WeakMap<ExtractContext, Responsibility[]>();

/** Every responsibility of the plan, in document order. */
export const extractResponsibilities: Extractor<Responsibility[]> = (ctx) => {
  let found = computed.get(ctx);
  if (!found) {
    found = responsibilitiesOf(ctx);
    computed.set(ctx, found);
  }
  return found;
};

function responsibilitiesOf(ctx: ExtractContext): Responsibility[] {
  const section = organisationSection(ctx.root);
  const where = agencyContext(ctx);
  const tables: Responsibility[] = [];
  for (const block of ctx.doc.blocks) if (block.type === 'table') tables.push(...tableResponsibilities(ctx, block, where));
  tables.push(...taskTableResponsibilities(ctx));
  if (!section) {
    tables.sort((a, b) => a.span.start - b.span.start);
    markLead(tables);
    return tables;
  }
  const end = bodyEnd([...textBlocks(ctx.doc.blocks)], ctx.doc.text.length);
  const out: Responsibility[] = [];

  const visit = (s: Section): void => {
    const heading = s.heading;
    if (!heading || !s.marker || heading.span.start >= end) return;
    const bodyStart = s.marker.text.length;
    const body = heading.text.slice(bodyStart);
    const list = splitAgencyList(body, where);
    const duties: Grounded[] = [];
    if (list) {
      // Text after the list is a duty stated inline, after a colon or straight on ("... căn cứ chức năng").
      const rest = body.slice(list.end);
      const colon = /^\s*:/u.exec(rest);
      const inlineStart = heading.span.start + bodyStart + list.end + (colon ? colon[0].length : 0);
      const inline = groundRange(ctx, inlineStart, heading.span.end);
      if (inline && /\p{L}/u.test(inline.text)) duties.push(inline);
    }
    for (const item of groupItems(within(s.blocks, end))) {
      const duty = groundRange(ctx, item.start, item.end);
      if (duty) duties.push(duty);
    }
    if (list && (duties.length > 0 || s.children.length === 0)) {
      const requested = REQUEST.test(body);
      const last = Math.max(heading.span.end, ...duties.map((d) => d.span.end));
      for (const m of list.agencies) {
        const role: Role = requested || m.agency.key === 'front' || m.agency.key === 'party' ? 'requested' : 'assigned';
        out.push({ agency: m.agency, role, duties, span: spanIn(ctx, heading.span.start, last) });
      }
    }
    for (const child of s.children) visit(child);
  };
  for (const child of section.children) visit(child);

  out.push(...tables);
  out.sort((a, b) => a.span.start - b.span.start);
  markLead(out);
  return out;
}

const cellText = (cell: TableCell | undefined): string => (cell?.blocks ?? []).map((b) => b.text).join('\n').trim();

/** Rows of a `Cơ quan, đơn vị | Nhiệm vụ` table as responsibilities; [] for any other table. */
function tableResponsibilities(ctx: ExtractContext, table: TableBlock, where: AgencyContext): Responsibility[] {
  const headerAt = table.rows.findIndex((row) => {
    const texts = row.map(cellText);
    return texts.some((t) => /^(?:cơ quan|đơn vị)/iu.test(t)) && texts.some((t) => /^(?:nhiệm vụ|trách nhiệm)/iu.test(t)) && !texts.some((t) => /chủ trì/iu.test(t));
  });
  if (headerAt < 0) return [];
  const header = (table.rows[headerAt] as TableCell[]).map(cellText);
  const who = header.findIndex((t) => /^(?:cơ quan|đơn vị)/iu.test(t));
  const what = header.findIndex((t) => /^(?:nhiệm vụ|trách nhiệm)/iu.test(t));
  const out: Responsibility[] = [];
  for (const cells of table.rows.slice(headerAt + 1)) {
    const agencyCell = cells[who];
    const first = agencyCell?.blocks[0];
    if (!agencyCell || !first) continue;
    const list = splitAgencyList(first.text, where);
    if (!list) continue;
    const duties: Grounded[] = [];
    for (const item of groupItems(cells[what]?.blocks ?? [])) {
      const duty = groundRange(ctx, item.start, item.end);
      if (duty) duties.push(duty);
    }
    const last = Math.max(first.span.end, ...duties.map((d) => d.span.end));
    const requested = REQUEST.test(first.text);
    for (const m of list.agencies) {
      const role: Role = requested || m.agency.key === 'front' || m.agency.key === 'party' ? 'requested' : 'assigned';
      out.push({ agency: m.agency, role, duties, span: spanIn(ctx, first.span.start, last) });
    }
  }
  return out;
}

/**
 * A task table's leads as responsibilities: one per body named in a lead column, its duties the
 * tasks it leads, in the order it first leads one ("Sở Y tế" over six rows is one responsibility
 * with six duties), as a `Tổ chức thực hiện` heading with one dash per task gives it. Partners get
 * none: the table only says they help, and they are the activities' `support`.
 */
function taskTableResponsibilities(ctx: ExtractContext): Responsibility[] {
  const out: Responsibility[] = [];
  for (const { rows } of taskTables(ctx)) {
    const byName = new Map<string, Responsibility>();
    for (const row of rows) {
      const first = row.content[0];
      const last = row.content[row.content.length - 1];
      if (row.group || !first || !last) continue;
      const duty = groundRange(ctx, first.span.start + row.labelStart, last.span.end);
      if (!duty) continue;
      const start = Math.min(row.leadCell?.span.start ?? first.span.start, first.span.start);
      for (const agency of row.lead) {
        const key = compareKey(agency.name);
        const known = byName.get(key);
        if (known) {
          known.duties.push(duty);
          known.span = spanIn(ctx, known.span.start, Math.max(known.span.end, duty.span.end));
          continue;
        }
        const role: Role = agency.key === 'front' || agency.key === 'party' ? 'requested' : 'assigned';
        const responsibility: Responsibility = { agency, role, duties: [duty], span: spanIn(ctx, start, duty.span.end) };
        byName.set(key, responsibility);
        out.push(responsibility);
      }
    }
  }
  return out;
}

function markLead(responsibilities: Responsibility[]): void {
  const candidates = responsibilities.filter((r) => r.role !== 'requested');
  const chair = candidates.find((r) => CHAIRS.test(r.duties[0]?.text ?? ''))
    ?? candidates.find((r) => r.duties.some((d) => DRAFTS_PLAN.test(d.text)));
  if (chair) chair.role = 'lead';
}

/**
 * A lookup of the responsibility whose heading or duties contain an offset, for extractors that
 * need the actor of a sentence. Sorted once; each lookup is a binary search.
 */
export function responsibilityFinder(responsibilities: readonly Responsibility[]): (offset: number) => Responsibility | null {
  const sorted = [...responsibilities].sort((a, b) => a.span.start - b.span.start);
  return (offset) => {
    // The last one starting at or before `offset`, then back over those sharing its start
    // (one heading naming several agencies): the first of them answers, as printed.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as Responsibility).span.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    let i = lo - 1;
    while (i > 0 && (sorted[i - 1] as Responsibility).span.start === (sorted[i] as Responsibility).span.start) i--;
    const r = sorted[i];
    return r && r.span.start <= offset && offset < r.span.end ? r : null;
  };
}

