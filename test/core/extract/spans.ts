/** Checks that every grounded value holds its text at its span (shared by the expected-value tests). */

export interface SpanProblem {
  path: string;
  problem: string;
}

/**
 * Every `{ text, span }` must have `text` at `span` (a line break in the source reads as one
 * space in the value: a value wrapped over two printed lines); every other span must lie in the text.
 */
export function spanProblems(value: unknown, text: string, path = '$'): SpanProblem[] {
  const out: SpanProblem[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => out.push(...spanProblems(v, text, `${path}[${i}]`)));
    return out;
  }
  if (!value || typeof value !== 'object') return out;
  const record = value as Record<string, unknown>;
  const span = record.span as { start: number; end: number } | null | undefined;
  if (span) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= text.length)) {
      out.push({ path, problem: `span [${span.start}, ${span.end}) outside the text (${text.length})` });
    } else if (typeof record.text === 'string') {
      const slice = text.slice(span.start, span.end);
      const flat = slice.replace(/[ \t]*\n[ \t]*/g, ' ');
      if (slice !== record.text && flat !== record.text) out.push({ path, problem: `span holds ${JSON.stringify(slice)}, value is ${JSON.stringify(record.text)}` });
    } else if (typeof record.name === 'string' && record.name !== '' && path.endsWith('signer')) {
      if (!text.slice(span.start, span.end).includes(record.name)) out.push({ path, problem: `signer span does not hold the name ${record.name}` });
    }
  }
  for (const [k, v] of Object.entries(record)) if (k !== 'span' && k !== 'text') out.push(...spanProblems(v, text, `${path}.${k}`));
  return out;
}

