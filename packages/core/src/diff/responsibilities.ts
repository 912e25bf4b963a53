/**
 * responsibilities: for every function the upper plan assigns, does the lower plan assign a
 * body of the same function at its own level (Sở Y tế → Phòng Y tế / Trạm Y tế)?
 *
 * Decisions, since the upper plan also assigns work to the lower committees themselves:
 * - An upper responsibility of `people-committee` at a level below the upper issuer
 *   ("UBND các huyện, thành phố", "UBND các xã, phường") is addressed to the lower plan's
 *   issuer: the lower plan itself is its counterpart, so it is `covered` by the lower issuer.
 * - A lower responsibility of `people-committee` is the lower issuer itself ("1. UBND phường"
 *   with its officers nested below) or its own lower committees ("UBND các xã, thị trấn" in a
 *   district plan, passing the duty one level further down): the same chain, never `extra`.
 * - An upper responsibility of `people-committee` at the upper issuer's own level ("UBND tỉnh")
 *   is the upper committee itself, which the lower plan has no reason to mirror: skipped.
 * - `all-agencies` ("Các sở, ban, ngành", "Các cơ quan, đơn vị") names no function, and
 *   responsibilities whose function is unknown (`key: null`) cannot be paired: both are skipped.
 * - A few functions have a different body below a level: schools stand in for an education
 *   office in a commune; culture, information and media offices merge at district and
 *   commune level (`COUNTERPARTS`).
 */
import type { FunctionKey, Level, PlanExtraction, Responsibility } from '../schema.js';
import type { CheckResult, DiffFinding, ResponsibilityDiff } from './schema.js';
import { DEFAULT_LANG, msg, terms, type Lang } from '../messages/index.js';
import { diffFinding } from './format.js';

const RANK: Record<Level, number> = { national: 0, province: 1, district: 2, commune: 3 };

/** Lower-level keys accepted as the counterpart of an upper key, besides the key itself. */
export const COUNTERPARTS: Partial<Record<FunctionKey, readonly FunctionKey[]>> = {
  education: ['schools'],
  culture: ['information', 'media'],
  information: ['culture', 'media'],
  media: ['information', 'culture'],
};

function below(level: Level | null, than: Level | null): boolean {
  return level !== null && than !== null && RANK[level] > RANK[than];
}

/** Printed names per function key, in order of first appearance. */
function byKey(items: Responsibility[]): Map<FunctionKey, string[]> {
  const map = new Map<FunctionKey, string[]>();
  for (const r of items) {
    const key = r.agency.key;
    if (key === null || key === 'all-agencies') continue;
    const names = map.get(key) ?? [];
    if (!names.includes(r.agency.name)) names.push(r.agency.name);
    map.set(key, names);
  }
  return map;
}

/** The body that leads the work: role `lead`, else the first whose duties open with "Chủ trì". */
export function leadOf(plan: PlanExtraction): Responsibility | null {
  return plan.responsibilities.find((r) => r.role === 'lead')
    ?? plan.responsibilities.find((r) => /^[-+–\s]*Chủ trì/u.test(r.duties[0]?.text ?? ''))
    ?? null;
}

/** Pair the plans' responsibilities by function key. */
export function checkResponsibilities(upper: PlanExtraction, lower: PlanExtraction, lang: Lang = DEFAULT_LANG): CheckResult<ResponsibilityDiff> {
  const findings: DiffFinding[] = [];
  const upperLevel = upper.issuer?.level ?? null;
  const lowerName = lower.issuer?.name ?? (lang === 'vi' ? 'kế hoạch cấp dưới' : 'the lower plan');

  const committee = (r: Responsibility): boolean => r.agency.key === 'people-committee';
  const addressedToLower = upper.responsibilities.filter(
    (r) => committee(r) && (below(r.agency.level, upperLevel) || (r.agency.level === null && /(?<!\p{L})các(?!\p{L})/iu.test(r.agency.name))),
  );
  const upperKeys = byKey(upper.responsibilities.filter((r) => !committee(r)));
  const lowerKeys = byKey(lower.responsibilities.filter((r) => !committee(r)));

  const value: ResponsibilityDiff = {
    covered: [],
    uncovered: [],
    extra: [],
    lead: { status: 'not-applicable', upper: null, lower: null, upperKey: null, lowerKey: null },
  };
  const used = new Set<FunctionKey>();
  if (addressedToLower.length > 0) {
    value.covered.push({ key: 'people-committee', upper: addressedToLower.map((r) => r.agency.name).join('; '), lower: lowerName });
  }
  for (const [key, names] of upperKeys) {
    // The same function first; a counterpart function only when the lower plan has none of the same.
    const found = lowerKeys.has(key) ? [key] : (COUNTERPARTS[key] ?? []).filter((k) => lowerKeys.has(k));
    if (found.length > 0) {
      found.forEach((k) => used.add(k));
      value.covered.push({ key, upper: names.join('; '), lower: found.flatMap((k) => lowerKeys.get(k) ?? []).join('; ') });
      continue;
    }
    value.uncovered.push({ key, upper: names.join('; ') });
    findings.push(diffFinding(lang, 'diff/responsibility-uncovered', 'warning', 'responsibilities', msg('diff/responsibility-uncovered', { names, key }), { expected: terms(lang).function[key] }));
  }
  for (const [key, names] of lowerKeys) {
    if (upperKeys.has(key) || used.has(key)) continue;
    value.extra.push({ key, lower: names.join('; ') });
    findings.push(diffFinding(lang, 'diff/responsibility-extra', 'info', 'responsibilities', msg('diff/responsibility-extra', { names, key }), { actual: names.join('; ') }));
  }

  const upperLead = leadOf(upper);
  const lowerLead = leadOf(lower);
  value.lead = {
    status: upperLead === null ? 'not-applicable' : lowerLead === null ? 'missing' : upperLead.agency.key === lowerLead.agency.key ? 'match' : 'changed',
    upper: upperLead?.agency.name ?? null,
    lower: lowerLead?.agency.name ?? null,
    upperKey: upperLead?.agency.key ?? null,
    lowerKey: lowerLead?.agency.key ?? null,
  };
  if (value.lead.status === 'changed') {
    // Who leads child work legitimately varies by district (office, health or home affairs): a note, not a fault.
    const ref = msg('diff/lead-changed', { upper: value.lead.upper, upperKey: value.lead.upperKey, lower: value.lead.lower, lowerKey: value.lead.lowerKey });
    const fn = (key: FunctionKey | null) => (key === null ? '' : terms(lang).function[key]);
    findings.push(diffFinding(lang, 'diff/lead-changed', 'info', 'responsibilities', ref, { actual: `${value.lead.lower ?? ''} (${fn(value.lead.lowerKey)})`, expected: `${value.lead.upper ?? ''} (${fn(value.lead.upperKey)})` }));
  }
  return { value, findings };
}
