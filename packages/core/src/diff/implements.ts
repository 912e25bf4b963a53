/**
 * implements: does the lower plan cite the upper plan by the upper plan's own number and date?
 * A number off by a typo, a wrong date and no citation at all are different findings.
 */
import { compareKey } from '../normalize/index.js';
import type { PlanExtraction, UpstreamRef } from '../schema.js';
import type { CheckResult, DiffFinding, ImplementsDiff } from './schema.js';
import { numberKey } from '../citations/numbers.js';
import { editDistance } from './similarity.js';
import { DEFAULT_LANG, msg, type Lang } from '../messages/index.js';
import { describePlan, describeRef, diffFinding, text } from './format.js';

/** Edit distance (a swap of two neighbours counts 1) up to which a cited number is read as a typo of the upper plan's number. */
export const NUMBER_TYPO_DISTANCE = 1;

/** Whether two possibly partial ISO dates agree where both are stated; null when either is absent. */
export function datesAgree(a: string | null, b: string | null): boolean | null {
  if (a === null || b === null) return null;
  return a.startsWith(b) || b.startsWith(a);
}

/** Whether a citation names the upper plan's issuer (by level and locality); null when it cannot tell. */
function issuerAgrees(upper: PlanExtraction, ref: UpstreamRef): boolean | null {
  const issuer = upper.issuer;
  if (issuer === null) return null;
  if (issuer.level !== null && ref.level !== null && issuer.level !== ref.level) return false;
  if (issuer.locality !== null && ref.locality !== null) return compareKey(issuer.locality) === compareKey(ref.locality);
  return null;
}

interface Candidate {
  ref: UpstreamRef;
  /** How surely the citation names the upper plan: 3 its number, 2 a typo of it (or a draft's date and issuer), 1 its date and issuer. */
  rank: number;
  /** Among citations of one rank, which one looks most like the upper plan: its issuer, its date, a plan it implements. */
  score: number;
  distance: number | null;
  date: boolean | null;
  issuer: boolean | null;
}

/** The type code of a number: "1420/KH-UBND" → "KH", "28-CT/TW" → "CT". */
function typeCode(documentNumber: string | null): string | null {
  return documentNumber ? (/^\d*(?:\/\d{4})?[/-]([^/-]+)/u.exec(numberKey(documentNumber))?.[1] ?? null) : null;
}

function rate(upper: PlanExtraction, ref: UpstreamRef): Candidate {
  const date = datesAgree(upper.issuedOn, ref.issuedOn);
  const issuer = issuerAgrees(upper, ref);
  const distance = upper.documentNumber !== null && ref.documentNumber !== null
    ? editDistance(numberKey(upper.documentNumber), numberKey(ref.documentNumber), NUMBER_TYPO_DISTANCE)
    : null;
  let rank = 0;
  if (distance === 0) rank = 3;
  else if (distance !== null && distance <= NUMBER_TYPO_DISTANCE && issuer !== false) rank = 2;
  // A draft upper plan has no number: date and issuer are all there is to go on.
  else if (upper.documentNumber === null && date !== false && issuer !== false && (date === true || issuer === true)) rank = 2;
  // Same date and same issuer but another number: the right plan cited with a wrong number.
  else if (date === true && issuer === true) rank = 1;
  const sameType = typeCode(upper.documentNumber) !== null && typeCode(upper.documentNumber) === typeCode(ref.documentNumber);
  const score = (issuer === true ? 4 : issuer === false ? -4 : 0) + (date === true ? 2 : date === false ? -2 : 0)
    + (ref.role === 'implements' ? 1 : 0) + (sameType || ref.type === 'Kế hoạch' ? 1 : 0);
  return { ref, rank, score, distance, date, issuer };
}

/**
 * The citation that names the upper plan: by its number first, then its issuer and date, never by its
 * place in the list (the opening may cite the law and a decree before the plan it carries out).
 * Ties keep the order of the opening.
 */
function bestCandidate(upper: PlanExtraction, refs: readonly UpstreamRef[]): Candidate | null {
  let best: Candidate | null = null;
  for (const ref of refs) {
    const c = rate(upper, ref);
    if (best === null || c.rank > best.rank || (c.rank === best.rank && c.score > best.score)) best = c;
  }
  return best;
}

/** Whether the two extractions are the same document (a plan diffed against itself). */
export function sameDocument(upper: PlanExtraction, lower: PlanExtraction): boolean {
  return upper.source.sha256 === lower.source.sha256 || upper.text === lower.text;
}

/** Compare the lower plan's opening citations (`implements`, every role) with the upper plan's own header. */
export function checkImplements(upper: PlanExtraction, lower: PlanExtraction, lang: Lang = DEFAULT_LANG): CheckResult<ImplementsDiff> {
  const findings: DiffFinding[] = [];
  const expected = describePlan(upper, lang);
  if (sameDocument(upper, lower)) {
    return { value: { status: 'match', message: text(msg('diff/implements-same'), lang), cited: null, citedSpan: null }, findings };
  }
  if (upper.documentNumber === null) {
    findings.push(diffFinding(lang, 'diff/upper-draft', 'info', 'implements', msg('diff/upper-draft')));
  }
  const best = bestCandidate(upper, lower.implements);

  if (best === null || best.rank === 0) {
    // What the plan says it carries out says most; its legal basis only when it names nothing else.
    const carried = lower.implements.filter((ref) => ref.role === 'implements');
    const others = (carried.length > 0 ? carried : lower.implements).map((ref) => describeRef(ref, lang));
    const ref = others.length === 0 ? msg('diff/implements-missing', { expected }) : msg('diff/implements-missing#other', { expected, cited: others });
    // The citation that comes closest, for a report to point at.
    const closest = best?.ref ?? null;
    const finding = diffFinding(lang, 'diff/implements-missing', 'error', 'implements', ref, { expected, span: (closest ?? lower.implements[0])?.span });
    findings.push(finding);
    return { value: { status: 'missing', message: finding.message, cited: closest ? describeRef(closest, lang) : null, citedSpan: closest?.span ?? null }, findings };
  }

  const cited = describeRef(best.ref, lang);
  const problems: string[] = [];
  const span = best.ref.span;
  if (upper.documentNumber !== null && best.distance !== null && best.distance > 0) {
    const typo = best.distance <= NUMBER_TYPO_DISTANCE ? best.distance : null;
    const finding = diffFinding(lang, 'diff/implements-number', 'error', 'implements', msg('diff/implements-number', { cited: best.ref.documentNumber ?? '', number: upper.documentNumber, distance: typo }), {
      actual: best.ref.documentNumber ?? '',
      expected: upper.documentNumber,
      span,
    });
    problems.push(finding.message);
    findings.push(finding);
  }
  if (best.date === false) {
    const finding = diffFinding(lang, 'diff/implements-date', 'error', 'implements', msg('diff/implements-date', { cited: best.ref.issuedOn, issued: upper.issuedOn }), {
      actual: best.ref.issuedOn ?? '',
      expected: upper.issuedOn ?? '',
      span,
    });
    problems.push(finding.message);
    findings.push(finding);
  }
  if (best.issuer === false) {
    const finding = diffFinding(lang, 'diff/implements-issuer', 'warning', 'implements', msg('diff/implements-issuer', { cited: best.ref.issuer ?? best.ref.locality, issuer: upper.issuer?.name ?? null }), {
      ...(best.ref.issuer ? { actual: best.ref.issuer } : {}),
      ...(upper.issuer ? { expected: upper.issuer.name } : {}),
      span,
    });
    problems.push(finding.message);
    findings.push(finding);
  }
  const agrees = upper.documentNumber === null ? msg('diff/implements-agrees#draft', { cited }) : msg('diff/implements-agrees', { expected });
  const message = problems.length > 0 ? problems.join(' ') : text(agrees, lang);
  return { value: { status: problems.length > 0 ? 'mismatch' : 'match', message, cited, citedSpan: best.ref.span }, findings };
}
