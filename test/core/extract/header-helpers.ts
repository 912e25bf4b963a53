import { createContext, readDocument, type ExtractContext } from '@plan-extract/core';

/** An extraction context over a plan given as text (one paragraph per line). */
export async function contextOf(lines: string[], year: number | null = null): Promise<ExtractContext> {
  const { value: doc } = await readDocument({ text: lines.join('\n') });
  const ctx = createContext(doc);
  ctx.year = year;
  return ctx;
}

/** The spanned text, for checking that a value is grounded where it says. */
export function at(ctx: ExtractContext, span: { start: number; end: number }): string {
  return ctx.doc.text.slice(span.start, span.end);
}
