/**
 * The public contract of `extract`, as zod schemas with their inferred types.
 * Names here are the JSON contract: add fields freely, rename none.
 * `schema/plan.schema.json` is generated from `PlanExtraction` (scripts/gen-schema.mjs).
 */
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

/** `[start, end)` UTF-16 offsets into `text`, and the page (PDF) or null. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive().nullable(),
});
export type Span = z.infer<typeof Span>;

/** ISO date `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
/** A date that may be partial, as drafts leave day or month blank: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const Level = z.enum(['national', 'province', 'district', 'commune']);
export type Level = z.infer<typeof Level>;

/** Function keys: what lets a district's "Phòng Tư pháp" answer for a province's "Sở Tư pháp". */
export const FunctionKey = z.enum([
  'people-committee', 'office', 'health', 'education', 'culture', 'police', 'justice', 'finance',
  'home-affairs', 'labour', 'information', 'media', 'construction', 'economy', 'agriculture',
  'social-insurance', 'military', 'front', 'youth', 'women', 'veterans', 'farmers', 'red-cross',
  'party', 'council', 'court', 'procuracy', 'residential', 'schools', 'all-agencies',
]);
export type FunctionKey = z.infer<typeof FunctionKey>;

export const Agency = z.object({
  /** As printed. */
  name: z.string(),
  key: FunctionKey.nullable(),
  level: Level.nullable(),
});
export type Agency = z.infer<typeof Agency>;

export const TimingKind = z.enum(['by', 'on', 'range', 'within', 'quarters', 'recurring', 'continuous']);
export type TimingKind = z.infer<typeof TimingKind>;

/** When something happens. Which of date/start/end/quarters are set depends on `kind`. */
export const Timing = z.object({
  kind: TimingKind,
  text: z.string(),
  date: IsoDate.nullable(),
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  /** e.g. `["2025-Q2", "2025-Q4"]`. */
  quarters: z.array(z.string().regex(/^\d{4}-Q[1-4]$/)),
  /** For `recurring`: the period, e.g. `"P6M"` (every six months), or null. */
  every: z.string().nullable().optional(),
});
export type Timing = z.infer<typeof Timing>;

export const DeadlineAction = z.enum(['plan', 'report', 'event', 'other']);
export type DeadlineAction = z.infer<typeof DeadlineAction>;

/** A dated obligation: submit a plan, submit a report, hold an event. */
export const Deadline = Timing.extend({
  action: DeadlineAction,
  /** Who must act, as printed (or null). */
  actor: z.string().nullable(),
  /** To whom it is sent, as printed (or null). */
  recipient: z.string().nullable(),
  span: Span,
});
export type Deadline = z.infer<typeof Deadline>;

export const Grounded = z.object({ text: z.string(), span: Span });
export type Grounded = z.infer<typeof Grounded>;

export const Issuer = z.object({
  name: z.string(),
  level: Level.nullable(),
  locality: z.string().nullable(),
  span: Span.nullable().optional(),
});
export type Issuer = z.infer<typeof Issuer>;

/** A plan or document this plan implements ("Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của UBND tỉnh Cao Bằng"). */
export const UpstreamRef = z.object({
  documentNumber: z.string().nullable(),
  issuedOn: PartialDate.nullable(),
  issuer: z.string().nullable(),
  level: Level.nullable(),
  locality: z.string().nullable(),
  text: z.string().optional(),
  span: Span,
});
export type UpstreamRef = z.infer<typeof UpstreamRef>;

export const Period = z.object({ start: IsoDate, end: IsoDate, text: z.string(), span: Span });
export type Period = z.infer<typeof Period>;

export const Target = z.object({
  text: z.string(),
  /** The percentages stated, as numbers (95 for "95%"). */
  percents: z.array(z.number()),
  span: Span,
});
export type Target = z.infer<typeof Target>;

export const Activity = z.object({
  /** The printed number path, e.g. "IV.1.a", unique within the plan. */
  id: z.string(),
  text: z.string(),
  lead: z.array(Agency),
  support: z.array(Agency),
  timing: Timing.nullable(),
  span: Span,
});
export type Activity = z.infer<typeof Activity>;

export const Role = z.enum(['lead', 'assigned', 'requested']);
export type Role = z.infer<typeof Role>;

export const Responsibility = z.object({
  agency: Agency,
  role: Role,
  duties: z.array(Grounded),
  span: Span,
});
export type Responsibility = z.infer<typeof Responsibility>;

export const Budget = z.object({ text: z.string(), sources: z.array(z.string()), span: Span });
export type Budget = z.infer<typeof Budget>;

export const Signer = z.object({
  /** `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`..., or null when signed in one's own name. */
  authority: z.string().nullable(),
  title: z.string().nullable(),
  name: z.string().nullable(),
  span: Span,
});
export type Signer = z.infer<typeof Signer>;

export const ReferenceKind = z.enum(['law', 'decree', 'circular', 'directive', 'decision', 'plan', 'resolution', 'other']);
export const Reference = z.object({
  kind: ReferenceKind,
  /** e.g. "56/2017/NĐ-CP", or null for a law cited by name. */
  number: z.string().nullable(),
  issuedOn: PartialDate.nullable(),
  text: z.string(),
  span: Span,
});
export type Reference = z.infer<typeof Reference>;

export const Diagnostic = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  field: z.string(),
  message: z.string(),
  span: Span.nullable().optional(),
  actual: z.string().optional(),
  expected: z.string().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const PlanKind = z.enum(['action-month', 'annual', 'other']);
export type PlanKind = z.infer<typeof PlanKind>;

/** A PDF page read by OCR (a scan): how well it read, and what had to be done to it. */
export const OcrPage = z.object({
  page: z.number().int().positive(),
  /** Mean word confidence, 0–100 (tesseract's); 0 when OCR found no words. */
  confidence: z.number().min(0).max(100),
  words: z.number().int().nonnegative(),
  /** Degrees clockwise the page was turned to stand upright: it was scanned sideways (90, 270) or upside down (180). */
  rotation: z.union([z.literal(0), z.literal(90), z.literal(180), z.literal(270)]),
  /** Degrees the page was levelled by: it lay crooked on the scanner. */
  skew: z.number(),
  /** Words read with low confidence, as spans of `text`: an error resting on one is reported as a warning (see `read/ocr-low-confidence`). */
  lowConfidence: z.array(Span),
});
export type OcrPage = z.infer<typeof OcrPage>;

export const Source = z.object({
  path: z.string().nullable(),
  format: z.enum(['pdf', 'docx', 'text']),
  pages: z.number().int().nullable(),
  sha256: z.string(),
  /** Whether pages were read by OCR (a scanned PDF). Always written by `extract`; older extractions lack it. */
  ocr: z.boolean().optional(),
  /** The pages read by OCR, when `ocr`. */
  ocrPages: z.array(OcrPage).optional(),
});

export const PlanExtraction = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: Source,
  /** The normalized full text that every span points into. */
  text: z.string(),
  kind: PlanKind,
  /** "1420/KH-UBND"; null when blank (drafts) or absent. */
  documentNumber: z.string().nullable(),
  /** The symbol after the number ("KH-UBND"), kept even when a draft leaves the number blank. */
  documentSymbol: Grounded.nullable().optional(),
  issuer: Issuer.nullable(),
  place: z.string().nullable(),
  issuedOn: PartialDate.nullable(),
  title: z.string().nullable(),
  year: z.number().int().nullable(),
  implements: z.array(UpstreamRef),
  theme: Grounded.nullable(),
  period: Period.nullable(),
  slogans: z.array(Grounded),
  targets: z.array(Target),
  activities: z.array(Activity),
  responsibilities: z.array(Responsibility),
  deadlines: z.array(Deadline),
  budget: Budget.nullable(),
  recipients: z.array(Grounded),
  signer: Signer.nullable(),
  references: z.array(Reference),
  diagnostics: z.array(Diagnostic),
});
export type PlanExtraction = z.infer<typeof PlanExtraction>;
