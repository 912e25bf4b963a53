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
  /** The parent body printed above the issuer ("Ủy Ban Nhân Dân Tỉnh Cao Bằng" above "SỞ Y TẾ"); absent when none is printed. */
  parent: z.string().optional(),
  span: Span.nullable().optional(),
});
export type Issuer = z.infer<typeof Issuer>;

/**
 * What a citation of the opening does for the plan: `implements` — the plan carries it out
 * ("Thực hiện", "Triển khai", "Thi hành"); `basis` — its legal basis ("Căn cứ", "Trên cơ sở", "Theo").
 */
export const CitationRole = z.enum(['implements', 'basis']);
export type CitationRole = z.infer<typeof CitationRole>;

/**
 * A document the opening cites ("Thực hiện Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của UBND tỉnh Cao Bằng",
 * "Căn cứ Luật Trẻ em năm 2016"), in order, each document once.
 */
export const UpstreamRef = z.object({
  /** Extractions saved before roles were read listed only "Thực hiện ..." citations: they read as `implements`. */
  role: CitationRole.default('implements'),
  /** The document type as a citation names it: "Kế hoạch", "Quyết định", "Luật"...; null in extractions saved before types were read. */
  type: z.string().nullable().default(null),
  /** "1420/KH-UBND" (stray spaces removed); null for a law cited by name. */
  documentNumber: z.string().nullable(),
  /** A law (or plan) cited by name: "Luật Trẻ em"; null for documents cited by number. */
  name: z.string().nullable().default(null),
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

/** A position in the file as its reader opens it (see `Location` in the model): which fields are set depends on the format. */
const positive = z.number().int().positive();

export const Diagnostic = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  field: z.string(),
  /** In the language asked for (Vietnamese by default). */
  message: z.string(),
  /** The catalogue message and its parameters, to render `message` in another language. */
  messageId: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])).optional(),
  span: Span.nullable().optional(),
  /** Text files: 1-based line and column of the span (blank lines counted), and just after its end. */
  line: positive.optional(),
  column: positive.optional(),
  endLine: positive.optional(),
  endColumn: positive.optional(),
  /** PDF page, or the DOCX page as Word last laid it out. */
  page: positive.optional(),
  /** DOCX: the 1-based paragraph of the body. */
  paragraph: positive.optional(),
  /** The numbered section around the span: "III.2". */
  section: z.string().optional(),
  actual: z.string().optional(),
  expected: z.string().optional(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

export const YearSpan = z.object({ start: z.number().int(), end: z.number().int() });
export type YearSpan = z.infer<typeof YearSpan>;

/**
 * A zone of the document (Nghị định 30/2020, Appendix I): where it lies, and its pieces when other
 * text sits inside that span (a header copied as table rows, "ỦY BAN NHÂN DÂN | CỘNG HÒA … |" /
 * "XÃ XUÂN TÍN | Độc lập … |", puts the motto between the two lines of the issuing body).
 */
export const Zone = z.object({ span: Span, pieces: z.array(Span) });
export type Zone = z.infer<typeof Zone>;

/** The header block: issuing body (and the parent body above it), national motto, number and symbol, place and date. */
export const HeaderZones = z.object({
  span: Span,
  /** "UBND TỈNH CAO BẰNG" above "SỞ Y TẾ"; null when the issuing body has no parent printed. */
  parent: Zone.nullable(),
  /** "ỦY BAN NHÂN DÂN / HUYỆN HẠ LANG". */
  issuer: Zone.nullable(),
  /** "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc" (or "ĐẢNG CỘNG SẢN VIỆT NAM"). */
  motto: Zone.nullable(),
  /** "Số: 1420/KH-UBND". */
  number: Zone.nullable(),
  /** "Cao Bằng, ngày 16 tháng 5 năm 2025". */
  placeDate: Zone.nullable(),
});
export type HeaderZones = z.infer<typeof HeaderZones>;

/** The closing: signature block and recipients ("Nơi nhận:"). */
export const ClosingZones = z.object({ span: Span, signature: Zone.nullable(), recipients: Zone.nullable() });
export type ClosingZones = z.infer<typeof ClosingZones>;

/**
 * The document's anatomy, found once from the text itself (segment stage) and read by every
 * extractor. A zone the document does not have is null, never guessed.
 */
export const Anatomy = z.object({
  header: HeaderZones.nullable(),
  /** The type name: "KẾ HOẠCH" (or "QUYẾT ĐỊNH" when a decision carries the plan). */
  typeName: Zone.nullable(),
  /** The summary line(s) under the type name. */
  title: Zone.nullable(),
  /** The introduction that cites what the plan implements and its legal basis, up to the plan's own "... ban hành Kế hoạch ... như sau:". */
  opening: Zone.nullable(),
  body: Zone.nullable(),
  closing: ClosingZones.nullable(),
});
export type Anatomy = z.infer<typeof Anatomy>;

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
  /** The one year the plan is for; null for a programme over several years (see `years`). */
  year: z.number().int().nullable(),
  /** The span of a multi-year programme ("giai đoạn 2021-2025" → 2021–2025); null for a plan of one year. */
  years: YearSpan.nullable().default(null),
  /** Every document the opening cites, in order, once each, with its role (see `CitationRole`). */
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
  /** Where the zones of the document lie (header, type name, title, opening, body, closing); all null in extractions saved before it was read. */
  anatomy: Anatomy.default({ header: null, typeName: null, title: null, opening: null, body: null, closing: null }),
});
export type PlanExtraction = z.infer<typeof PlanExtraction>;
