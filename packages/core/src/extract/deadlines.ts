/**
 * Deadlines: dated obligations stated anywhere in the body (the anatomy's body zone, and an annex
 * after the signature) — submit a plan, a report, hold an event — written as a "by" timing
 * ("trước ngày 10/7/2025"):
 *
 *   "Các Phòng, Ban ngành, đoàn thể huyện, UBND các xã, thị trấn xây dựng Kế hoạch ... *trước ngày
 *    21/5/2025* và báo cáo kết quả ... *trước ngày 10/7/2025* (qua Văn Phòng HĐND-UBND huyện)"
 *     → a plan deadline and a report deadline, same actor and recipient.
 *   "Định kỳ báo cáo 06 tháng (trước ngày 15/5/2025), báo cáo năm (trước ngày 15/11/2025)"
 *   "định kỳ trước ngày 10/5/2025 và trước ngày 10/11/2025 báo cáo UBND huyện (qua Phòng Nội vụ)"
 *
 * Not deadlines: an activity's own timing (`Thời gian thực hiện: ...`, or the timing column of a
 * task table) and the month's period (`Thời gian: Từ ngày 01/6 đến ngày 30/6`). The span (and `text`) is the timing expression.
 *
 * Each date is read in its clause (`./clauses.ts`): "Các sở, ngành, UBND các huyện báo cáo ... về
 * Sở Y tế trước ngày 20/12; Sở Y tế tổng hợp, báo cáo UBND tỉnh và Bộ Y tế trước ngày 28/12" is
 * two deadlines with two actors and two recipients.
 * - `action`: the nearest "kế hoạch" (plan) or "báo cáo" (report) before the date in its clause,
 *   else after it ("trước ngày 10/11/2025 báo cáo ..."); "tổ chức" (event); else "other".
 * - `actor`: the agencies the clause opens with (after "đề nghị" if the issuer requests); for a
 *   clause without them, those of an earlier clause of the sentence ("...; đồng thời báo cáo ...");
 *   for a sentence without them, the agency of the responsibility it is a duty of (the heading it
 *   sits under); null if none. A subject named in the clause always wins over the heading.
 * - `recipient`: the body in "(qua X)" — the office that actually receives — else the one after
 *   "gửi về" / "báo cáo" / "về"; looked for in the clause, then its sentence, then in the rest of
 *   its section ("Báo cáo gửi về UBND huyện (qua Phòng Y tế huyện)"); null if none.
 * A date is one deadline, however many ways it could be read.
 */
import type { Deadline, DeadlineAction } from '../schema.js';
import type { TextBlock } from '../model.js';
import { textBlocks } from '../model.js';
import type { Section } from '../segment/sections.js';
import type { ExtractContext, Extractor } from './context.js';
import { spanIn } from './context.js';
import { agencyContext, type AgencyContext, splitAgencyList } from './agencies.js';
import { findTimings } from './dates/index.js';
import { splitClauses, type Clause } from './clauses.js';
import { taskTables } from './task-tables.js';
import { inContent } from './body.js';
import { extractResponsibilities, responsibilityFinder } from './responsibilities.js';

// An activity's timing or the period: `Thời gian thực hiện: ...`, `Thời gian: Từ ngày ...`,
// `Thời gian; địa điểm tổ chức: ...` — but not `Thời gian gửi báo cáo: trước ngày ...`.
const TIMING_FIELD = /^(?:[-+•]\s*|\d+\.\s*)?thời gian(?:\s+(?:thực hiện|tổ chức|triển khai))?(?:\s*[;,]\s*địa điểm[^:]{0,30})?\s*:/iu;
// The words that make a date a deadline (as the dates' deadline refiner reads them): paragraphs
// without one hold no deadline and are not handed to the date parser at all.
const DEADLINE_WORD = /trước|chậm\s+nhất|không\s+(?:quá|muộn)|hạn\s+chót/iu;

const PLAN = /kế hoạch/giu;
// "Tổng hợp kết quả gửi về ..." reports results without saying "báo cáo".
const REPORT = /báo cáo|kết quả/giu;
// Not global: `test` on a global regex starts where the last match ended, so the answer depended on
// the document read before (the fuzz tests' "same input, same output" failed).
const EVENT = /tổ chức/iu;

/** The last match of `re` in `text`, as an index, or -1. */
function lastIndex(re: RegExp, text: string): number {
  let at = -1;
  for (const m of text.matchAll(re)) at = m.index;
  return at;
}

function actionOf(before: string, after: string): DeadlineAction {
  const plan = lastIndex(PLAN, before);
  const report = lastIndex(REPORT, before);
  if (plan >= 0 || report >= 0) return report > plan ? 'report' : 'plan';
  const planAfter = after.search(PLAN);
  const reportAfter = after.search(REPORT);
  if (planAfter >= 0 || reportAfter >= 0) {
    if (planAfter < 0) return 'report';
    if (reportAfter < 0) return 'plan';
    return reportAfter < planAfter ? 'report' : 'plan';
  }
  return EVENT.test(before) || EVENT.test(after) ? 'event' : 'other';
}

function recipientIn(text: string, where: AgencyContext): string | null {
  // The recipients as printed, all of them: "báo cáo UBND tỉnh và Bộ Y tế trước ngày ...".
  const listAt = (rest: string): string | null => {
    // A list of recipients is short: look no further than a window, so a long paragraph stays linear.
    const from = rest.slice(0, 240);
    const list = splitAgencyList(from, where);
    const first = list?.agencies[0];
    return list && first && first.index === list.start ? from.slice(first.index, list.end).trim() : null;
  };
  for (const m of text.matchAll(/\(\s*qua\s+([^)]*)\)/giu)) {
    const found = listAt(m[1] ?? '');
    if (found) return found;
  }
  for (const m of text.matchAll(/(?:gửi về|gửi|báo cáo về|báo cáo|về)\s+/giu)) {
    const found = listAt(text.slice(m.index + m[0].length));
    if (found) return found;
  }
  return null;
}

/** The deepest section holding `offset`: one descent of the tree, not a walk of every section. */
function sectionOf(root: Section, offset: number): Section | null {
  let found: Section | null = null;
  let children = root.children;
  for (;;) {
    const next = children.find((s) => s.span.start <= offset && offset < s.span.end);
    if (!next) return found;
    found = next;
    children = next.children;
  }
}

/** Every deadline of the plan, in document order; each once. */
export const extractDeadlines: Extractor<Deadline[]> = (ctx: ExtractContext) => {
  const where = agencyContext(ctx);
  const responsibilityAt = responsibilityFinder(extractResponsibilities(ctx));
  const out: Deadline[] = [];
  const seen = new Set<number>();
  const blocks = [...textBlocks(ctx.doc.blocks)];
  const recipients = sectionRecipients(ctx, blocks, where);
  const tasks = taskTables(ctx);
  // In a task table, the timing column is a task's timing; a task's own words have its lead as actor.
  const taskTiming = (block: TextBlock) => tasks.some((t) => t.timingBlocks.has(block));
  const taskLead = (block: TextBlock) => {
    for (const t of tasks) {
      const row = t.rowOf.get(block);
      if (row) return row.lead.map((a) => a.name).join(', ') || null;
    }
    return null;
  };
  const content = inContent(ctx);
  for (const block of blocks) {
    if (!content(block.span.start)) continue;
    if (TIMING_FIELD.test(block.text) || !DEADLINE_WORD.test(block.text) || taskTiming(block)) continue;
    const timings = findTimings(block.text, { year: ctx.year }).filter((m) => m.timing.kind === 'by');
    if (timings.length === 0) continue;
    const clauses = splitClauses(block.text, where);
    // A clause without a subject of its own goes on with the last subject of its sentence.
    const subjects: Array<Clause['subject']> = [];
    clauses.forEach((c, k) => {
      const before = clauses[k - 1];
      subjects.push(c.subject ?? (before && before.sentence === c.sentence ? subjects[k - 1] ?? null : null));
    });
    let k = 0;
    for (let i = 0; i < timings.length; i++) {
      const m = timings[i]!;
      while (k < clauses.length - 1 && clauses[k]!.end <= m.index) k++;
      const clause = clauses[k];
      if (!clause) continue;
      // The words of this date: since the previous date of its clause, up to the next one.
      const prev = timings[i - 1];
      const before = block.text.slice(prev && prev.end > clause.start ? prev.end : clause.start, m.index);
      // Dates joined by "và" share the predicate after the last of them ("trước ngày X và trước ngày Y báo cáo ...").
      let j = i;
      while (j + 1 < timings.length && timings[j + 1]!.index < clause.end && /^[\s,]*(?:và)?[\s,]*$/u.test(block.text.slice(timings[j]!.end, timings[j + 1]!.index))) j++;
      const nextStart = Math.min(clause.end, timings[j + 1]?.index ?? clause.end);
      const after = block.text.slice(timings[j]!.end, nextStart);
      const action = actionOf(before, after);

      const offset = block.span.start + m.index;
      if (seen.has(offset)) continue;
      seen.add(offset);
      // A sentence without a subject is a duty of the agency it is listed under (its heading).
      const subject = subjects[k] ?? null;
      const actor = subject ? block.text.slice(subject.start, subject.end).trim() : taskLead(block) ?? responsibilityAt(offset)?.agency.name ?? null;
      const recipient = recipientIn(block.text.slice(clause.start, clause.end), where)
        ?? recipientIn(block.text.slice(clause.sentence.start, clause.sentence.end), where)
        ?? recipients(block);
      const span = spanIn(ctx, offset, block.span.start + m.end);
      out.push({ ...m.timing, text: ctx.doc.text.slice(span.start, span.end), action, actor, recipient, span });
    }
  }
  return out;
};

/**
 * The recipient stated elsewhere in the section of a block ("Báo cáo gửi về UBND huyện (qua Phòng Y tế
 * huyện)"). Each section's candidates are found once, from its own blocks only, so a plan with many
 * deadlines stays linear.
 */
function sectionRecipients(ctx: ExtractContext, blocks: readonly TextBlock[], where: AgencyContext): (block: TextBlock) => string | null {
  const bySection = new Map<Section, Array<{ block: TextBlock; recipient: string }>>();
  const candidates = (section: Section) => {
    let found = bySection.get(section);
    if (found) return found;
    found = [];
    // Blocks are in document order: start at the section's first block.
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((blocks[mid] as TextBlock).span.start < section.span.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < blocks.length && (blocks[i] as TextBlock).span.start < section.span.end; i++) {
      const other = blocks[i] as TextBlock;
      if (!/gửi về|\(\s*qua\s/iu.test(other.text)) continue;
      const recipient = recipientIn(other.text, where);
      if (recipient) found.push({ block: other, recipient });
    }
    bySection.set(section, found);
    return found;
  };
  return (block) => {
    const section = sectionOf(ctx.root, block.span.start);
    if (!section) return null;
    return candidates(section).find((c) => c.block !== block)?.recipient ?? null;
  };
}
