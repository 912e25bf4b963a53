/** Shared by the body extractors' tests: a context from lines of text or from a corpus plan. */
import { classifyParagraph, readDocument, type PlanDocument, type TableCell, type TextBlock } from '@plan-extract/core';
import { createContext, type ExtractContext } from '../../../packages/core/src/extract/context.js';

export async function contextOf(lines: string[], year: number | null = 2025): Promise<ExtractContext> {
  const { value: doc } = await readDocument({ text: lines.join('\n') });
  const ctx = createContext(doc);
  ctx.year = year;
  return ctx;
}

export async function corpusContext(name: string, year: number): Promise<ExtractContext> {
  const { value: doc } = await readDocument(new URL(`../../../fixtures/corpus/${name}.txt`, import.meta.url));
  const ctx = createContext(doc);
  ctx.year = year;
  return ctx;
}

/** Every `{ text, span }` in `value` holds its text (line breaks read as spaces). */
export function spansHold(ctx: ExtractContext, value: unknown): string[] {
  const bad: string[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (!v || typeof v !== 'object') return;
    const r = v as { text?: unknown; span?: { start: number; end: number } };
    if (r.span && typeof r.text === 'string') {
      const slice = ctx.doc.text.slice(r.span.start, r.span.end).replace(/[ \t]*\n[ \t]*/g, ' ');
      if (slice !== r.text) bad.push(`${JSON.stringify(r.text)} ≠ ${JSON.stringify(slice)}`);
    }
    for (const [k, x] of Object.entries(r)) if (k !== 'span') visit(x);
  };
  visit(value);
  return bad;
}

/** A document with one paragraph and then a table whose cells hold one paragraph each, laid out as assembly does. */
export function docWithTable(intro: string, rows: string[][]): PlanDocument {
  let text = intro;
  const block = (t: string, start: number): TextBlock => ({ ...classifyParagraph(t), text: t, span: { start, end: start + t.length, page: null } });
  const first = block(intro, 0);
  const tableRows: TableCell[][] = rows.map((row) =>
    row.map((cell) => {
      text += '\n';
      const b = block(cell, text.length);
      text += cell;
      return { blocks: [b], span: b.span };
    }),
  );
  return {
    type: 'document',
    source: { path: null, format: 'docx', pages: null, sha256: '', bytes: 0, encoding: null },
    text,
    blocks: [first, { type: 'table', rows: tableRows, span: { start: intro.length + 1, end: text.length, page: null } }],
    furniture: [],
    pageStarts: [],
  };
}

const brief = (a: { lead: Array<{ name: string; key: string | null }>; support: Array<{ name: string; key: string | null }> }) => ({
  lead: a.lead.map((x) => x.key),
  support: a.support.map((x) => x.key),
});
