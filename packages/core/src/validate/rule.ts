import type { Message, Severity } from '../model.js';
import type { PlanExtraction, Span } from '../schema.js';
import type { ValidateConfig } from './config.js';
import type { Speller } from './spelling.js';

/** The fields a finding can concern: the extraction contract's, plus `spelling` and `document`. */
export type Field =
  | 'document' | 'documentNumber' | 'issuer' | 'issuedOn' | 'title' | 'year' | 'implements' | 'theme'
  | 'period' | 'slogans' | 'deadlines' | 'responsibilities' | 'signer' | 'recipients' | 'references' | 'spelling';

/** What a rule reads: the plan, the upper plan when validating `--against` one, the configuration. */
export interface RuleContext {
  plan: PlanExtraction;
  upper: PlanExtraction | null;
  config: ValidateConfig;
  speller: Speller;
  /** A span over `[start, end)` of `plan.text`, its page looked up (PDF). */
  span(start: number, end: number): Span;
}

/** A rule's raw finding; the validator adds rule id, field and the configured severity. */
export interface RuleHit {
  message: string;
  span?: Span | null;
  actual?: string;
  expected?: string;
  /** Overrides the rule's field for this hit (rules spanning two fields, e.g. year consistency). */
  field?: Field;
}

/** A check with a stable id, its default severity and the field it concerns (textlint/vfile style). */
export interface Rule {
  id: string;
  field: Field;
  severity: Severity;
  /** One line: what the rule checks. */
  description: string;
  check(ctx: RuleContext): Iterable<RuleHit>;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type Finding = Message;
