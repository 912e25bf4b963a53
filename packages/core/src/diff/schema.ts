/**
 * The JSON contract of `diff` (`plan-extract diff --format json`), as zod schemas.
 * Names here are public: add fields freely, rename none.
 */
import { z } from 'zod';
import { Deadline, Level, PartialDate, FunctionKey, Span } from '../schema.js';

export const DIFF_SCHEMA_VERSION = 1 as const;

/** Which document a side of the diff is. */
export const PlanSide = z.object({
  source: z.string().nullable(),
  documentNumber: z.string().nullable(),
  issuedOn: PartialDate.nullable(),
  issuer: z.string().nullable(),
  level: Level.nullable().optional(),
});
export type PlanSide = z.infer<typeof PlanSide>;

export const DiffSeverity = z.enum(['error', 'warning', 'info']);
export type DiffSeverity = z.infer<typeof DiffSeverity>;

/** A finding, read like a vfile message: a stable rule id, a severity, the field it is about. */
export const DiffFinding = z.object({
  ruleId: z.string(),
  severity: DiffSeverity,
  field: z.string(),
  /** In the language the diff was made in. */
  message: z.string(),
  /** The catalogue message and its parameters, to render `message` in another language. */
  messageId: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])).optional(),
  /** Where in the lower plan's text, when the finding points at its words. */
  span: Span.optional(),
  actual: z.string().optional(),
  expected: z.string().optional(),
});
export type DiffFinding = z.infer<typeof DiffFinding>;

export const ImplementsStatus = z.enum(['match', 'mismatch', 'missing']);
export const ImplementsDiff = z.object({
  status: ImplementsStatus,
  message: z.string(),
  /** The lower plan's citation that was compared (as printed), or null. */
  cited: z.string().nullable().optional(),
  /** Where that citation is in the lower plan's text, or null. */
  citedSpan: Span.nullable().optional(),
});
export type ImplementsDiff = z.infer<typeof ImplementsDiff>;

export const FieldStatus = z.enum(['match', 'changed', 'missing', 'not-applicable']);
export type FieldStatus = z.infer<typeof FieldStatus>;
/** One piece of a word-level redline: text both share, text only the upper has, text only the lower has. */
export const RedlinePart = z.object({ op: z.enum(['equal', 'delete', 'insert']), text: z.string() });
export type RedlinePart = z.infer<typeof RedlinePart>;

export const FieldDiff = z.object({
  status: FieldStatus,
  upper: z.string().nullable(),
  lower: z.string().nullable(),
  /** For a changed theme: the word-level redline from upper to lower. */
  redline: z.array(RedlinePart).optional(),
});
export type FieldDiff = z.infer<typeof FieldDiff>;

export const SloganDiff = z.object({
  matched: z.array(z.object({ upper: z.string(), lower: z.string() })),
  changed: z.array(z.object({
    upper: z.string(),
    lower: z.string(),
    /** Dice coefficient over syllables of `compareKey`, 0..1, rounded to 2 places. */
    similarity: z.number().min(0).max(1),
    redline: z.array(RedlinePart),
  })),
  missing: z.array(z.string()),
  extra: z.array(z.string()),
});
export type SloganDiff = z.infer<typeof SloganDiff>;

/** Where a lower deadline sits in the chain: the lower plan collects it from its units, or sends it up. */
export const ChainRole = z.enum(['collect', 'send']);
export type ChainRole = z.infer<typeof ChainRole>;
/** A lower deadline and the binding upper deadline it was checked against. */
export const DeadlinePair = z.object({
  role: ChainRole,
  upper: Deadline,
  lower: Deadline,
  /** Days from the lower deadline to the upper one: the time left to compile (collect) or to spare (send); negative when late. */
  margin: z.number().int(),
});
export type DeadlinePair = z.infer<typeof DeadlinePair>;
export const DeadlineConflict = DeadlinePair.extend({ message: z.string() });
export type DeadlineConflict = z.infer<typeof DeadlineConflict>;
export const DeadlineDiff = z.object({
  /** The pairs the lower plan cannot meet: collected on or after the date it must send up, or sent up late. */
  conflicts: z.array(DeadlineConflict),
  /** Every pair checked, conflicting or not. */
  pairs: z.array(DeadlinePair),
});
export type DeadlineDiff = z.infer<typeof DeadlineDiff>;

export const ResponsibilityDiff = z.object({
  covered: z.array(z.object({ key: FunctionKey, upper: z.string(), lower: z.string() })),
  uncovered: z.array(z.object({ key: FunctionKey, upper: z.string() })),
  extra: z.array(z.object({ key: FunctionKey, lower: z.string() })),
  /** The function that leads the work in each plan, compared by function key. */
  lead: z.object({
    status: FieldStatus,
    upper: z.string().nullable(),
    lower: z.string().nullable(),
    upperKey: FunctionKey.nullable(),
    lowerKey: FunctionKey.nullable(),
  }),
});
export type ResponsibilityDiff = z.infer<typeof ResponsibilityDiff>;

export const PlanDiff = z.object({
  schemaVersion: z.literal(DIFF_SCHEMA_VERSION),
  upper: PlanSide,
  lower: PlanSide,
  implements: ImplementsDiff,
  theme: FieldDiff,
  period: FieldDiff,
  slogans: SloganDiff,
  deadlines: DeadlineDiff,
  responsibilities: ResponsibilityDiff,
  findings: z.array(DiffFinding),
});
export type PlanDiff = z.infer<typeof PlanDiff>;

/** What one check returns: its section of the diff and the findings it raised. */
export interface CheckResult<T> {
  value: T;
  findings: DiffFinding[];
}
