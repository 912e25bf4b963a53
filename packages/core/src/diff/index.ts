/**
 * Diff a lower plan against the upper (province or district) plan it implements.
 * Pure: works on two extractions, knows nothing of files or terminals.
 */
import type { PlanExtraction } from '../schema.js';
import { DEFAULT_LANG, type Lang } from '../messages/index.js';
import { DIFF_SCHEMA_VERSION, type DiffFinding, type PlanDiff, type PlanSide } from './schema.js';
import { checkImplements } from './implements.js';
import { checkTheme } from './theme.js';
import { checkPeriod } from './period.js';
import { checkSlogans, type SloganOptions } from './slogans.js';
import { checkDeadlines } from './deadlines.js';
import { checkResponsibilities } from './responsibilities.js';

export interface DiffOptions {
  /** Slogan similarity (0..1) from which a reworded slogan is `changed`; default 0.5. */
  sloganThreshold?: number;
  /** The language of messages; default Vietnamese. */
  lang?: Lang;
}

function side(plan: PlanExtraction): PlanSide {
  return {
    source: plan.source.path,
    documentNumber: plan.documentNumber,
    issuedOn: plan.issuedOn,
    issuer: plan.issuer?.name ?? null,
    level: plan.issuer?.level ?? null,
  };
}

/** Compare `lower` with the `upper` plan it implements; findings in check order. */
export function diffPlans(upper: PlanExtraction, lower: PlanExtraction, options: DiffOptions = {}): PlanDiff {
  const sloganOptions: SloganOptions = options.sloganThreshold === undefined ? {} : { threshold: options.sloganThreshold };
  const lang = options.lang ?? DEFAULT_LANG;
  const implementsResult = checkImplements(upper, lower, lang);
  const theme = checkTheme(upper, lower, lang);
  const period = checkPeriod(upper, lower, lang);
  const slogans = checkSlogans(upper, lower, sloganOptions, lang);
  const deadlines = checkDeadlines(upper, lower, lang);
  const responsibilities = checkResponsibilities(upper, lower, lang);
  const findings: DiffFinding[] = [
    ...implementsResult.findings,
    ...theme.findings,
    ...period.findings,
    ...slogans.findings,
    ...deadlines.findings,
    ...responsibilities.findings,
  ];
  return {
    schemaVersion: DIFF_SCHEMA_VERSION,
    upper: side(upper),
    lower: side(lower),
    implements: implementsResult.value,
    theme: theme.value,
    period: period.value,
    slogans: slogans.value,
    deadlines: deadlines.value,
    responsibilities: responsibilities.value,
    findings,
  };
}

/** Count of findings per severity. */
export function countFindings(diff: PlanDiff): Record<'error' | 'warning' | 'info', number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of diff.findings) counts[f.severity] += 1;
  return counts;
}

export * from './schema.js';
export { checkImplements, sameDocument, datesAgree, NUMBER_TYPO_DISTANCE } from './implements.js';
export { checkTheme } from './theme.js';
export { checkPeriod, periodWithin } from './period.js';
export { checkSlogans, redline, SLOGAN_THRESHOLD, type SloganOptions } from './slogans.js';
export { checkDeadlines, dueDate, bindingDeadlines, chainRole, covers } from './deadlines.js';
export { checkResponsibilities, leadOf, COUNTERPARTS } from './responsibilities.js';
export { syllableDice, editDistance, numberKey } from './similarity.js';
