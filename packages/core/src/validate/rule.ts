import type { Message, Severity } from '../model.js';
import type { Lang, MessageRef } from '../messages/index.js';
import type { RuleId } from '../rule-ids.js';
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
  /** The language findings are written in. */
  lang: Lang;
  /** A span over `[start, end)` of `plan.text`, its page looked up (PDF). */
  span(start: number, end: number): Span;
}

/** A rule's raw finding; the validator adds rule id, field and the configured severity. */
export interface RuleHit {
  /**
   * What to tell the reader: a catalogue message (`msg('theme/missing')`), rendered in the
   * validator's language. A plain string is shown as it is, in every language.
   */
  message: MessageRef | string;
  span?: Span | null;
  /** What the plan says, as printed. */
  actual?: string;
  /** What was expected instead: a value, or a catalogue message for words around it ("on or before 10/7/2025"). */
  expected?: string | MessageRef;
  /** Overrides the rule's field for this hit (rules spanning two fields, e.g. year consistency). */
  field?: Field;
}

/**
 * A check with a stable id, its default severity and the field it concerns (textlint/vfile style).
 * What it checks, in words, lives in the catalogue (`terms(lang).rule[id]`), next to its messages.
 */
export interface Rule {
  id: RuleId;
  field: Field;
  severity: Severity;
  check(ctx: RuleContext): Iterable<RuleHit>;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}

export type Finding = Message;
