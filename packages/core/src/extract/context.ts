import type { Message, PlanDocument, Span } from '../model.js';
import { spanOf } from '../model.js';
import type { Anatomy, PlanKind } from '../schema.js';
import { readAnatomy } from '../segment/anatomy/index.js';
import type { Line } from '../segment/lines.js';
import { segment, type Section } from '../segment/sections.js';

/** What every extractor reads: the document, its section tree and anatomy, and what earlier extractors settled. */
export interface ExtractContext {
  doc: PlanDocument;
  root: Section;
  /** The zones of the document (header, type name, title, opening, body, closing), found once. */
  anatomy: Anatomy;
  /** Printed lines: every text block split at its soft line breaks, in reading order. */
  lines: Line[];
  /** The year that fills years the text leaves out: the plan's own year, else its span's first year, else the year of issue. */
  year: number | null;
  kind: PlanKind;
  /** Warnings extractors raise (ambiguous or malformed values), in the shape of `Message`. */
  diagnostics: Message[];
}

/** An extractor has one concern: it reads the context and returns its field's value (or null / []). */
export type Extractor<T> = (ctx: ExtractContext) => T;

export function createContext(doc: PlanDocument): ExtractContext {
  const { anatomy, lines } = readAnatomy(doc);
  return { doc, root: segment(doc), anatomy, lines, year: null, kind: 'other', diagnostics: [] };
}

/** A span for `[start, end)` of the document text, page looked up. */
export function spanIn(ctx: ExtractContext, start: number, end: number): Span {
  return spanOf(ctx.doc, start, end);
}

/**
 * The span of `value` inside the block or region starting at `regionStart`, trimmed:
 * extractors find a value with a regex on a block's text and ground it with this.
 */
export function groundIn(ctx: ExtractContext, regionStart: number, localStart: number, value: string): { text: string; span: Span } {
  const lead = value.length - value.trimStart().length;
  const text = value.trim();
  const start = regionStart + localStart + lead;
  return { text, span: spanIn(ctx, start, start + text.length) };
}
