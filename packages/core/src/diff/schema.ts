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

export const DeadlineConflict = z.object({ upper: Deadline, lower: Deadline, message: z.string() });
export type DeadlineConflict = z.infer<typeof DeadlineConflict>;
export const DeadlineDiff = z.object({ conflicts: z.array(DeadlineConflict) });
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
