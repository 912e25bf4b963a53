/**
 * implements: does the lower plan cite the upper plan by the upper plan's own number and date?
 * A number off by a typo, a wrong date and no citation at all are different findings.
 */
import { compareKey } from '../normalize/index.js';
import type { PlanExtraction, UpstreamRef } from '../schema.js';
import type { CheckResult, DiffFinding, ImplementsDiff } from './schema.js';
import { numberKey } from '../citations/numbers.js';
import { editDistance } from './similarity.js';
import { describePlan, describeRef, displayDate } from './format.js';

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
    ? editDistance(numberKey(upper.documentNumber), numberKey(ref.documentNumber))
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
export function checkImplements(upper: PlanExtraction, lower: PlanExtraction): CheckResult<ImplementsDiff> {
  const findings: DiffFinding[] = [];
  const expected = describePlan(upper);
  if (sameDocument(upper, lower)) {
    return { value: { status: 'match', message: 'Both inputs are the same document.', cited: null, citedSpan: null }, findings };
  }
  if (upper.documentNumber === null) {
    findings.push({
      ruleId: 'diff/upper-draft',
      severity: 'info',
      field: 'implements',
      message: 'The upper plan has no number yet (a draft): the citation is checked on its date and issuer only.',
    });
  }
  const best = bestCandidate(upper, lower.implements);

  if (best === null || best.rank === 0) {
    // What the plan says it carries out says most; its legal basis only when it names nothing else.
    const carried = lower.implements.filter((ref) => ref.role === 'implements');
    const others = (carried.length > 0 ? carried : lower.implements).map(describeRef);
    const message = others.length === 0
      ? `The lower plan cites no plan it implements; expected ${expected}.`
      : `The lower plan does not cite ${expected}; it cites ${others.join('; ')}.`;
    findings.push({ ruleId: 'diff/implements-missing', severity: 'error', field: 'implements', message, expected });
    // The citation that comes closest, for a report to point at.
    const closest = best?.ref ?? null;
    return { value: { status: 'missing', message, cited: closest ? describeRef(closest) : null, citedSpan: closest?.span ?? null }, findings };
  }

  const cited = describeRef(best.ref);
  const problems: string[] = [];
  if (upper.documentNumber !== null && best.distance !== null && best.distance > 0) {
    const typo = best.distance <= NUMBER_TYPO_DISTANCE ? ` (edit distance ${best.distance}: a typo?)` : '';
    const message = `The lower plan cites number ${best.ref.documentNumber} for the upper plan ${upper.documentNumber}${typo}.`;
    problems.push(message);
    findings.push({
      ruleId: 'diff/implements-number',
      severity: 'error',
      field: 'implements',
      message,
      actual: best.ref.documentNumber ?? '',
      expected: upper.documentNumber,
    });
  }
  if (best.date === false) {
    const message = `The lower plan dates the upper plan ${displayDate(best.ref.issuedOn)}; it was issued on ${displayDate(upper.issuedOn)}.`;
    problems.push(message);
    findings.push({
      ruleId: 'diff/implements-date',
      severity: 'error',
      field: 'implements',
      message,
      actual: best.ref.issuedOn ?? '',
      expected: upper.issuedOn ?? '',
    });
  }
  if (best.issuer === false) {
    const message = `The lower plan attributes the upper plan to ${best.ref.issuer ?? best.ref.locality ?? 'another issuer'}; it was issued by ${upper.issuer?.name ?? 'another issuer'}.`;
    problems.push(message);
    findings.push({ ruleId: 'diff/implements-issuer', severity: 'warning', field: 'implements', message });
  }
  const agrees = upper.documentNumber === null
    ? `The lower plan's citation “${cited}” agrees with the upper plan's date and issuer (the upper plan has no number yet).`
    : `The lower plan cites ${expected}.`;
  const message = problems.length > 0 ? problems.join(' ') : agrees;
  return { value: { status: problems.length > 0 ? 'mismatch' : 'match', message, cited, citedSpan: best.ref.span }, findings };
}
