/**
 * Stage 4: every field of a plan as typed, source-grounded data (the JSON contract in `schema.ts`).
 * One extractor per field, run in a fixed order: title and date of issue first, then the year and
 * the kind (later extractors read `ctx.year` to complete dates and `ctx.kind`), then the rest.
 * Extractors of the header, title, opening and closing read their zone from `ctx.anatomy` (segment
 * stage), found once per document; none of them looks for its zone on its own.
 */
import { PlanError } from '../errors.js';
import { locateMessages } from '../locate.js';
import { DEFAULT_LANG, localize, type Lang } from '../messages/index.js';
import type { PlanDocument, Result } from '../model.js';
import { readDocument, type ReadInput, type ReadOptions } from '../read/index.js';
import { resolveLimits, timeBudget } from '../read/options.js';
import { PlanExtraction, SCHEMA_VERSION } from '../schema.js';
import { extractActivities } from './activities.js';
import { extractBudget } from './budget.js';
import { createContext } from './context.js';
import { extractDeadlines } from './deadlines.js';
import { extractDocumentNumber } from './document-number.js';
import { extractImplements } from './implements.js';
import { extractIssued } from './issued.js';
import { extractIssuer } from './issuer.js';
import { extractKind } from './kind.js';
import { extractPeriod } from './period.js';
import { extractRecipients } from './recipients.js';
import { extractReferences } from './references.js';
import { extractResponsibilities } from './responsibilities.js';
import { extractSigner } from './signer.js';
import { extractSlogans } from './slogans.js';
import { extractTargets } from './targets.js';
import { extractTheme } from './theme.js';
import { extractTitle } from './title.js';
import { extractYear, referenceYear } from './year.js';

export { createContext, spanIn, groundIn, type ExtractContext, type Extractor } from './context.js';

/** Options of `extract`. */
export interface ExtractOptions {
  /** The path to report in `source.path` (defaults to the document's own). */
  path?: string;
  /** Check the result against the zod contract before returning it (default false). Cheap (about 0.2 ms a plan against 4 ms of
   *  extraction, measured on chi-lang) but it throws on a contract bug, so it is for tests and `--debug`. */
  validate?: boolean;
  /** The language of diagnostics' messages; default Vietnamese. */
  lang?: Lang;
}

/** Extract every field of a plan from its document model. Never throws on odd text: absent fields are null / []. */
export function extract(doc: PlanDocument, options: ExtractOptions = {}): Result<PlanExtraction> {
  const ctx = createContext(doc);
  const title = extractTitle(ctx);
  const issued = extractIssued(ctx);
  const number = extractDocumentNumber(ctx);
  const years = extractYear(ctx, { title, issuedOn: issued.issuedOn });
  ctx.year = referenceYear(years, issued.issuedOn);
  ctx.kind = extractKind(ctx, { title });
  const upstream = extractImplements(ctx);

  const value: PlanExtraction = {
    schemaVersion: SCHEMA_VERSION,
    source: {
      path: options.path ?? doc.source.path,
      format: doc.source.format,
      pages: doc.source.pages,
      sha256: doc.source.sha256,
      ocr: doc.source.ocr === true,
      ...(doc.source.ocrPages ? { ocrPages: doc.source.ocrPages } : {}),
    },
    text: doc.text,
    kind: ctx.kind,
    documentNumber: number.value,
    documentSymbol: number.symbol,
    issuer: extractIssuer(ctx),
    place: issued.place?.text ?? null,
    issuedOn: issued.issuedOn,
    title: title?.text ?? null,
    year: years.year,
    years: years.years,
    implements: upstream,
    theme: extractTheme(ctx),
    period: extractPeriod(ctx),
    slogans: extractSlogans(ctx),
    targets: extractTargets(ctx),
    activities: extractActivities(ctx),
    responsibilities: extractResponsibilities(ctx),
    deadlines: extractDeadlines(ctx),
    budget: extractBudget(ctx),
    recipients: extractRecipients(ctx),
    signer: extractSigner(ctx),
    references: extractReferences(ctx, { implements: upstream }),
    diagnostics: [],
    anatomy: ctx.anatomy,
  };
  const diagnostics = locateMessages(options.lang ? localize(ctx.diagnostics, options.lang) : ctx.diagnostics, doc, ctx.root);
  value.diagnostics = diagnostics;
  return { value: options.validate ? PlanExtraction.parse(value) : value, messages: [...diagnostics] };
}

/**
 * Read a plan (PDF, DOCX or text) and extract it. Unreadable input rejects with a `PlanError`,
 * and so does a plan whose reading and extraction together ran over `limits.timeoutMs` (E_TIMEOUT).
 * The reader's messages (a legacy encoding converted, a page whose text was not read) come first in
 * `diagnostics`, before the extractors', each with its location.
 * With `isolate: true` the work runs in a worker thread that is ended when the time budget runs
 * out: the only way to stop pdf.js inside one page (see `isolate/index.ts`).
 */
export async function extractFile(input: ReadInput, options: ExtractOptions & ReadOptions & { isolate?: boolean } = {}): Promise<Result<PlanExtraction>> {
  if (options.isolate) {
    const { extractFileIsolated } = await import('../isolate/index.js');
    const { isolate: _, validate: __, ...rest } = options;
    return extractFileIsolated(input, rest);
  }
  const started = performance.now();
  const read = await readDocument(input, options);
  const result = extract(read.value, options);
  const timeoutMs = timeBudget(resolveLimits(options.limits), read.value.source.ocrPages?.length ?? 0);
  if (performance.now() - started > timeoutMs) {
    throw new PlanError('E_TIMEOUT', `reading and extraction took longer than ${timeoutMs} ms`, read.value.source.path);
  }
  // What reading could not do (a page whose text was not read) belongs in the extraction's notes too.
  const readMessages = locateMessages(localize(read.messages, options.lang ?? DEFAULT_LANG), read.value);
  const messages = [...readMessages, ...result.messages];
  return { value: { ...result.value, diagnostics: messages }, messages };
}
