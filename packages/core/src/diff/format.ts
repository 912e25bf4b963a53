/** Small display helpers shared by the checks' messages, and how a check writes a finding. */
import { DEFAULT_LANG, msg, render, type Lang, type MessageRef } from '../messages/index.js';
import type { PlanExtraction, Span, UpstreamRef } from '../schema.js';
import type { DiffFinding } from './schema.js';

/** ISO (possibly partial) date as Vietnamese officials write it: "2025-05-16" → "16/5/2025". */
export function displayDate(iso: string | null): string {
  if (iso === null) return '(no date)';
  const [year, month, day] = iso.split('-');
  if (day !== undefined && month !== undefined) return `${Number(day)}/${Number(month)}/${year}`;
  if (month !== undefined) return `${Number(month)}/${year}`;
  return year ?? iso;
}

/** "Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng", from a plan's own header. */
export function describePlan(plan: PlanExtraction, lang: Lang = DEFAULT_LANG): string {
  return text(msg('diff/plan', { number: plan.documentNumber, date: plan.issuedOn, issuer: plan.issuer?.name ?? null }), lang);
}

/** A citation as printed, or rebuilt from its parts. */
export function describeRef(ref: UpstreamRef, lang: Lang = DEFAULT_LANG): string {
  if (ref.text) return ref.text;
  return text(msg('diff/plan', { number: ref.documentNumber, date: ref.issuedOn, issuer: ref.issuer }), lang);
}

/** A catalogue message as text. */
export function text(ref: MessageRef, lang: Lang): string {
  return render(ref, lang) ?? ref.id;
}

/** A diff finding from a catalogue message, rendered in `lang`, with the message id kept for rendering again. */
export function diffFinding(
  lang: Lang,
  ruleId: DiffFinding['ruleId'],
  severity: DiffFinding['severity'],
  field: string,
  ref: MessageRef,
  extra: { actual?: string; expected?: string; span?: Span | undefined } = {},
): DiffFinding {
  const finding: DiffFinding = { ruleId, severity, field, message: text(ref, lang), messageId: ref.id, params: { ...ref.params } as DiffFinding['params'] & object };
  if (extra.span) finding.span = extra.span;
  if (extra.actual !== undefined) finding.actual = extra.actual;
  if (extra.expected !== undefined) finding.expected = extra.expected;
  return finding;
}
