/**
 * Domain terms and statuses as each language writes them: what a report prints instead of
 * an internal key (`health` → "Y tế", `invalid` → "Chưa đạt"). Each language's catalogue
 * gives a full `Terms`; TypeScript checks that no key is missing.
 */
import type { ChainRole } from '../diff/schema.js';
import type { CitationRole, DeadlineAction, FunctionKey, Level, PlanKind, Role, TimingKind } from '../schema.js';
import type { ErrorCode } from '../errors.js';
import type { Severity } from '../model.js';
import type { RuleId } from '../rule-ids.js';

/** The fields a finding or a report row can name: the extraction's fields, `spelling` and `document`. */
export type TermField =
  | 'document' | 'documentNumber' | 'issuer' | 'issuedOn' | 'place' | 'title' | 'year' | 'kind' | 'implements' | 'theme'
  | 'period' | 'slogans' | 'targets' | 'activities' | 'deadlines' | 'responsibilities' | 'budget' | 'signer' | 'recipients'
  | 'references' | 'spelling';

/** The statuses of a diff's sections and rows. */
export type DiffStatus = 'match' | 'changed' | 'missing' | 'mismatch' | 'not-applicable' | 'matched' | 'covered' | 'uncovered' | 'extra' | 'conflict' | 'no-conflict';

export interface Terms {
  severity: Record<Severity, string>;
  /** A file's status in a validation report. */
  status: Record<'valid' | 'invalid' | 'unreadable', string>;
  kind: Record<PlanKind, string>;
  field: Record<TermField, string>;
  /** Function keys of agencies, as a reader names the function. */
  function: Record<FunctionKey, string>;
  role: Record<Role, string>;
  /** What a citation of the opening does for the plan: carried out ("Thực hiện") or its legal basis ("Căn cứ"). */
  citation: Record<CitationRole, string>;
  /** Where a lower deadline sits in the reporting chain: collected from the plan's units, or sent up. */
  chain: Record<ChainRole, string>;
  action: Record<DeadlineAction, string>;
  /** How a timing is stated: by a date, on a day, over a range… */
  timing: Record<TimingKind, string>;
  level: Record<Level, string>;
  diff: Record<DiffStatus, string>;
  /** One line per rule id: what it checks (README, HTML, SARIF). */
  rule: Record<RuleId, string>;
  /** One line per error code: what it means. */
  error: Record<ErrorCode, string>;
}
