/**
 * Activities and tasks: the numbered items of `Nhiệm vụ, giải pháp`, `Nội dung`,
 * `Các hoạt động chính`. Each numbered section there is one activity (a parent such as
 * "IV.1" as well as its "IV.1.a", "IV.1.b"), with:
 * - `id`: the printed number path ("II.1", "IV.1.a");
 * - `text`: the heading's label — the words before a colon when they are a short label
 *   ("b) Hoạt động tập huấn: Cử cán bộ ..." → "Hoạt động tập huấn"), else its first sentence;
 * - `lead`: agencies after `Cơ quan chủ trì:` / `Đơn vị chủ trì ...:`;
 * - `support`: agencies after `Cơ quan, đơn vị phối hợp thực hiện:` / `Đơn vị phối hợp:`, and
 *   after `Đơn vị thực hiện:` when the activity names no lead (the plan then names only doers);
 * - `timing`: from `Thời gian thực hiện:` (or `Thời gian; địa điểm tổ chức:`), else a date range
 *   printed in the heading ("Tổ chức Tháng hành động vì trẻ em (từ ngày 01/6 đến ngày 30/6)").
 *
 * Annual plans also lay tasks out as a table (`STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
 * Thời gian thực hiện | Kinh phí`, often in an annex): each task row is an activity too, read by
 * `./task-tables.ts` the way the section form is read, numbered by its `STT` cell under the group
 * row above it ("I", "I.1").
 */
import type { Activity, Agency, Timing } from '../schema.js';
import type { TextBlock } from '../model.js';
import type { Section } from '../segment/sections.js';
import type { ExtractContext, Extractor } from './context.js';
import { findAgencies, agencyContext, type AgencyContext } from './agencies.js';
import { findTimings } from './dates/index.js';
import { groundRange } from './items.js';
import { taskTables } from './task-tables.js';

const ACTIVITIES = /^(?:các\s+)?(?:nhiệm vụ|nội dung|hoạt động)/iu;

//   "- Cơ quan chủ trì: Phòng Nội vụ."   "- Đơn vị chủ trì tham mưu, thực hiện: Phòng Văn hóa – Xã hội."
const LEAD = /^(?:[-+•]\s*)?(?:cơ quan|đơn vị)[^:]{0,12}?\s+chủ trì[^:]{0,40}:/iu;
//   "- Cơ quan, đơn vị phối hợp thực hiện: ..."   "- Đơn vị phối hợp: ..."
const SUPPORT = /^(?:[-+•]\s*)?(?:cơ quan|đơn vị)[^:]{0,12}?\s+phối hợp[^:]{0,40}:/iu;
//   "- Đơn vị thực hiện: Phòng Văn hóa - Xã hội; Đoàn Thanh niên ..."
const PERFORMERS = /^(?:[-+•]\s*)?(?:cơ quan|đơn vị)[^:]{0,12}?\s+thực hiện\s*:/iu;
//   "- Thời gian thực hiện: Thường xuyên trong năm."   "- Thời gian; địa điểm tổ chức: Dự kiến ..."
const TIMING = /^(?:[-+•]\s*)?thời gian(?:\s+thực hiện)?(?:\s*[;,]\s*địa điểm[^:]{0,30})?\s*:/iu;

/** The top-level sections that hold activities (under a `Phần` if the plan has parts). */
export function activitySections(root: Section): Section[] {
  const out: Section[] = [];
  for (const s of root.children) {
    if (ACTIVITIES.test(s.title)) out.push(s);
    else if (s.marker?.kind === 'part') for (const c of s.children) if (ACTIVITIES.test(c.title)) out.push(c);
  }
  return out;
}

/** `[start, end)` of a heading's label inside its text (after the marker). */
function labelRange(text: string, from: number): [number, number] {
  const body = text.slice(from);
  const colon = body.indexOf(':');
  if (colon > 0) {
    const before = body.slice(0, colon);
    // A heading that ends in a colon, or a short label before one ("Hoạt động tập huấn: Cử cán bộ ...");
    // not a colon inside a long sentence.
    const last = body.slice(colon + 1).trim() === '';
    if (last || (before.trim().split(/\s+/u).length <= 20 && !/[“"(]/u.test(before))) return [from, from + colon];
  }
  const sentence = /[.!?](?=\s+\p{Lu})/u.exec(body);
  return [from, sentence ? from + sentence.index : text.length];
}

function agenciesAfter(block: TextBlock, prefix: RegExp, where: AgencyContext): Agency[] {
  const m = prefix.exec(block.text);
  if (!m) return [];
  return findAgencies(block.text.slice(m[0].length), where).map((x) => x.agency);
}

/** Every activity of the plan, in document order. */
export const extractActivities: Extractor<Activity[]> = (ctx: ExtractContext) => {
  const where = agencyContext(ctx);
  const out: Activity[] = [];
  const visit = (s: Section) => {
    const heading = s.heading;
    if (heading && s.marker && s.marker.kind !== 'bullet') {
      const from = s.marker.text.length + (heading.text.slice(s.marker.text.length).length - heading.text.slice(s.marker.text.length).trimStart().length);
      const [a, b] = labelRange(heading.text, from);
      const text = groundRange(ctx, heading.span.start + a, heading.span.start + b);
      if (text) {
        let lead: Agency[] = [];
        let support: Agency[] = [];
        let performers: Agency[] = [];
        let timing: Timing | null = null;
        for (const block of s.blocks) {
          if (LEAD.test(block.text)) lead = lead.concat(agenciesAfter(block, LEAD, where));
          else if (SUPPORT.test(block.text)) support = support.concat(agenciesAfter(block, SUPPORT, where));
          else if (PERFORMERS.test(block.text)) performers = performers.concat(agenciesAfter(block, PERFORMERS, where));
          else if (timing === null && TIMING.test(block.text)) {
            const value = block.text.replace(TIMING, '');
            timing = findTimings(value, { year: ctx.year })[0]?.timing ?? null;
          }
        }
        if (lead.length === 0) support = performers.concat(support);
        timing ??= findTimings(heading.text, { year: ctx.year }).find((m) => m.timing.kind === 'range')?.timing ?? null;
        out.push({ id: s.path.join('.'), text: text.text, lead, support, timing, span: text.span });
      }
    }
    for (const child of s.children) visit(child);
  };
  for (const section of activitySections(ctx.root)) for (const child of section.children) visit(child);
  out.push(...tableActivities(ctx, out));
  return out;
};

/** The rows of the plan's task tables as activities, numbered by the table (`I`, `I.1`), ids kept unique. */
function tableActivities(ctx: ExtractContext, before: readonly Activity[]): Activity[] {
  const taken = new Set(before.map((a) => a.id));
  const out: Activity[] = [];
  for (const { rows } of taskTables(ctx)) {
    for (const row of rows) {
      const first = row.content[0];
      if (!first) continue;
      const [a, b] = labelRange(first.text, row.labelStart);
      const text = groundRange(ctx, first.span.start + a, first.span.start + b);
      if (!text) continue;
      let id = row.id;
      while (taken.has(id)) id = `${id}'`;
      taken.add(id);
      out.push({ id, text: text.text, lead: row.lead, support: row.support, timing: row.timing, span: text.span });
    }
  }
  return out;
}
