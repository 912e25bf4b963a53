/**
 * deadlines: the reporting chain across levels, and a lower period that leaves the upper period.
 *
 * An upper deadline is an obligation of its actor: "UBND các huyện, thành phố báo cáo ... về Sở Y tế
 * trước ngày 05/7" binds every district committee; "Sở Y tế tổng hợp, báo cáo UBND tỉnh và Bộ Y tế
 * trước ngày 20/7" binds the province's own department and nobody below. The lower plan's issuer
 * is bound by the upper deadlines whose actor covers its level and kind (`bindingDeadlines`).
 *
 * The lower plan's own deadlines fall in two kinds (`chainRole`): those it *collects* — its units,
 * communes or office report or send plans to it ("... về UBND huyện (qua Phòng Y tế)", "Phòng Y tế
 * tổng hợp, báo cáo UBND huyện trước ngày 22/12") — and those it *sends* up to the upper level.
 * Each is paired with the binding upper deadline of the same action nearest in time (a six-month
 * report feeds the six-month report; on a tie, the earlier, which is the one it must meet):
 * - collecting after the date it must send up is a conflict (`diff/deadline-conflict`, error), on
 *   that very day leaves no time to compile (`diff/deadline-no-margin`, warning);
 * - sending up after the upper deadline is late (`diff/deadline-send-late`, error).
 * Every pair checked is reported with the compile time it leaves (`margin`, days).
 */
import type { Agency, Deadline, DeadlineAction, Level, PlanExtraction } from '../schema.js';
import { findAgencies, recognizeAgency, type AgencyContext } from '../extract/agencies.js';
import { compareKey } from '../normalize/index.js';
import type { ChainRole, CheckResult, DeadlineConflict, DeadlineDiff, DeadlinePair, DiffFinding } from './schema.js';
import { DEFAULT_LANG, msg, type Lang, type MessageRef } from '../messages/index.js';
import { diffFinding, text } from './format.js';
import { periodWithin } from './period.js';
import { sameDocument } from './implements.js';

/** Actions whose deadlines chain from level to level: a lower body must collect before it sends up. */
const CHAINED: readonly DeadlineAction[] = ['plan', 'report'];

const RANK: Record<Level, number> = { commune: 0, district: 1, province: 2, national: 3 };

// A name that stands for many bodies of a level ("UBND các huyện", "UBND cấp xã"), not one of them.
const COLLECTIVE = /(?<!\p{L})(?:các|cấp)(?!\p{L})/iu;
// The locality a name is tied to: "UBND huyện Hạ Lang" → "Hạ Lang".
const LOCALITY = /(?<!\p{L})(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu)\s+((?:\p{Lu}[\p{L}\p{M}]*\s?)+)/u;

const DAY_MS = 86_400_000;

/** The date by which a deadline falls due, or null for recurring, continuous or quarter timings. */
export function dueDate(deadline: Deadline): string | null {
  switch (deadline.kind) {
    case 'by':
    case 'on':
      return deadline.date;
    case 'range':
    case 'within':
      return deadline.end ?? deadline.date;
    default:
      return null;
  }
}

function days(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/** The agencies a deadline's actor or recipient names, read where the plan reads its names. */
function agenciesIn(printed: string | null, where: AgencyContext): Agency[] {
  return printed === null ? [] : findAgencies(printed, where).map((m) => m.agency);
}

function contextOf(plan: PlanExtraction): AgencyContext {
  return { level: plan.issuer?.level ?? null, year: plan.year };
}

/** The issuer of a plan as the upper plan's actors are compared with it: its function, level and locality. */
export interface Bound {
  key: Agency['key'];
  level: Level | null;
  locality: string | null;
}

function boundOf(plan: PlanExtraction): Bound {
  const issuer = plan.issuer;
  const key = issuer ? recognizeAgency(issuer.name, contextOf(plan))?.key ?? 'people-committee' : 'people-committee';
  return { key, level: issuer?.level ?? null, locality: issuer?.locality ?? null };
}

/**
 * Whether an actor of the upper plan covers the lower issuer: the same kind of body (a People's
 * Committee for "UBND các huyện", "các xã, phường, thị trấn"; a department for "Phòng Y tế các
 * huyện") at the issuer's level, either many of them or the issuer's own locality.
 */
export function covers(actor: Agency, issuer: Bound, upperLevel: Level | null): boolean {
  if (actor.key !== issuer.key) return false;
  if (issuer.level !== null ? actor.level !== issuer.level : actor.level === null || upperLevel === null || RANK[actor.level] >= RANK[upperLevel]) return false;
  if (COLLECTIVE.test(actor.name)) return true;
  const named = LOCALITY.exec(actor.name)?.[1];
  return named === undefined || issuer.locality === null || compareKey(named) === compareKey(issuer.locality);
}

/** The upper deadlines the lower plan's issuer must meet: chained, dated, their actor covering it, none sent to a ministry. */
export function bindingDeadlines(upper: PlanExtraction, lower: PlanExtraction): Deadline[] {
  const issuer = boundOf(lower);
  const where = contextOf(upper);
  const upperLevel = upper.issuer?.level ?? null;
  return upper.deadlines.filter((d) => {
    if (!CHAINED.includes(d.action) || dueDate(d) === null) return false;
    if (agenciesIn(d.recipient, where).some((a) => a.level === 'national')) return false;
    return agenciesIn(d.actor, where).some((a) => covers(a, issuer, upperLevel));
  });
}

/**
 * A lower deadline's place in the chain: `send` when it goes above the plan's level ("báo cáo UBND
 * tỉnh (qua Sở Y tế)", or no recipient and the issuing committee itself acts), else `collect`:
 * units, communes or an office report to the committee or to that office, and a deadline naming
 * no recipient is one the plan sets for those it addresses.
 */
export function chainRole(deadline: Deadline, plan: PlanExtraction): ChainRole {
  const where = contextOf(plan);
  const level = plan.issuer?.level ?? null;
  const recipients = agenciesIn(deadline.recipient, where);
  if (level !== null && recipients.some((a) => a.level !== null && RANK[a.level] > RANK[level])) return 'send';
  if (recipients.length > 0) return 'collect';
  const issuer = boundOf(plan);
  const actors = agenciesIn(deadline.actor, where);
  if (actors.some((a) => a.key === issuer.key && a.level === level && !COLLECTIVE.test(a.name))) return 'send';
  return 'collect';
}

/** The binding upper deadline of the same action nearest in time; on a tie, the earlier. */
function pairOf(lower: Deadline, due: string, binding: readonly Deadline[]): { upper: Deadline; due: string } | null {
  let best: { upper: Deadline; due: string } | null = null;
  let bestGap = Infinity;
  for (const u of binding) {
    const uDue = dueDate(u);
    if (u.action !== lower.action || uDue === null) continue;
    const gap = Math.abs(days(uDue) - days(due));
    if (gap < bestGap || (gap === bestGap && best !== null && uDue < best.due)) {
      best = { upper: u, due: uDue };
      bestGap = gap;
    }
  }
  return best;
}

/**
 * The finding for one pair, or null when the lower deadline leaves time: collecting after the upper
 * date (a conflict) or on it (no margin), sending up after it (late). The message names who it
 * collects from or whom it sends to and the days late; `actual` quotes the plan's own words.
 */
function chainFinding(l: Deadline, role: ChainRole, date: string, upperDate: string, margin: number, lang: Lang): DiffFinding | null {
  const extra = (expected: MessageRef) => ({ actual: l.text, expected: text(expected, lang), span: l.span });
  if (role === 'collect' && margin < 0) {
    const ref = msg('diff/deadline-conflict', { action: l.action, from: l.actor, date, upperDate, late: -margin });
    return diffFinding(lang, 'diff/deadline-conflict', 'error', 'deadlines', ref, extra(msg('value:before', { date: upperDate })));
  }
  if (role === 'collect' && margin === 0) {
    const ref = msg('diff/deadline-no-margin', { action: l.action, from: l.actor, date });
    return diffFinding(lang, 'diff/deadline-no-margin', 'warning', 'deadlines', ref, extra(msg('value:before', { date: upperDate })));
  }
  if (role === 'send' && margin < 0) {
    const ref = msg('diff/deadline-send-late', { action: l.action, to: l.recipient, date, upperDate, late: -margin });
    return diffFinding(lang, 'diff/deadline-send-late', 'error', 'deadlines', ref, extra(msg('value:on-or-before', { date: upperDate })));
  }
  return null;
}

/** Check the lower plan's reporting chain against the upper plan's binding deadlines. */
export function checkDeadlines(upper: PlanExtraction, lower: PlanExtraction, lang: Lang = DEFAULT_LANG): CheckResult<DeadlineDiff> {
  const findings: DiffFinding[] = [];
  const conflicts: DeadlineConflict[] = [];
  const pairs: DeadlinePair[] = [];
  // A plan's deadlines trivially coincide with themselves; there is no chain to check.
  if (sameDocument(upper, lower)) return { value: { conflicts, pairs }, findings };
  const binding = bindingDeadlines(upper, lower);
  for (const l of lower.deadlines) {
    const lDue = dueDate(l);
    if (lDue === null || !CHAINED.includes(l.action)) continue;
    const role = chainRole(l, lower);
    const pair = pairOf(l, lDue, binding);
    if (pair === null) continue;
    const margin = days(pair.due) - days(lDue);
    pairs.push({ role, upper: pair.upper, lower: l, margin });
    const found = chainFinding(l, role, lDue, pair.due, margin, lang);
    if (found === null) continue;
    conflicts.push({ role, upper: pair.upper, lower: l, margin, message: found.message });
    findings.push(found);
  }
  if (upper.period !== null && lower.period !== null && !periodWithin(lower.period, upper.period)) {
    const ref = msg('diff/period-outside', { start: lower.period.start, end: lower.period.end, upperStart: upper.period.start, upperEnd: upper.period.end });
    findings.push(
      diffFinding(lang, 'diff/period-outside', 'error', 'period', ref, {
        actual: text(msg('value:range', { start: lower.period.start, end: lower.period.end }), lang),
        expected: text(msg('value:within', { start: upper.period.start, end: upper.period.end }), lang),
        span: lower.period.span,
      }),
    );
  }
  return { value: { conflicts, pairs }, findings };
}
