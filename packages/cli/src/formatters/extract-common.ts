/** What the text and Markdown summaries of an extraction share. */
import type { Deadline, PlanExtraction, Responsibility, Timing } from '@plan-extract/core';

/** "2025-06-01 – 2025-06-30", "2025-Q2, 2025-Q4", "2025-07-10", or "" when the timing has no date. */
export function when(t: Pick<Timing, 'date' | 'start' | 'end' | 'quarters'>): string {
  if (t.date) return t.date;
  if (t.start || t.end) return `${t.start ?? '…'} – ${t.end ?? '…'}`;
  if (t.quarters.length > 0) return t.quarters.join(', ');
  return '';
}

/** An activity's timing: the words for standing or repeated work ("Thường xuyên trong năm"), else its dates. */
export function timingLine(t: Timing): string {
  if (t.kind === 'continuous' || t.kind === 'recurring') return t.text;
  return when(t) || t.text;
}

/** The number line: "1420/KH-UBND", or "(blank)/KH-UBND" for a draft, or null. */
export function numberLine(x: PlanExtraction): string | null {
  if (x.documentNumber) return x.documentNumber;
  if (x.documentSymbol) return `(number blank)/${x.documentSymbol.text}`;
  return null;
}

/** "Ủy ban nhân dân huyện Hạ Lang (district)". */
export function issuerLine(x: PlanExtraction): string | null {
  if (!x.issuer) return null;
  return x.issuer.level ? `${x.issuer.name} (${x.issuer.level})` : x.issuer.name;
}

/** "Hạ Lang, 2025-05" / "2025-05" / "Hạ Lang". */
export function issuedLine(x: PlanExtraction): string | null {
  const parts = [x.place, x.issuedOn].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** Responsibilities counted by role: "2 lead, 7 assigned, 1 requested". */
export function roleCounts(items: Responsibility[]): string {
  const counts = { lead: 0, assigned: 0, requested: 0 };
  for (const r of items) counts[r.role] += 1;
  return (Object.entries(counts) as Array<[string, number]>)
    .filter(([, n]) => n > 0)
    .map(([role, n]) => `${n} ${role}`)
    .join(', ');
}

/** "KT. CHỦ TỊCH · PHÓ CHỦ TỊCH · Hoàng Thanh Sơn". */
export function signerLine(x: PlanExtraction): string | null {
  if (!x.signer) return null;
  const parts = [x.signer.authority, x.signer.title, x.signer.name].filter((p): p is string => p !== null && p !== '');
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** "by 2025-07-10 · report". */
export function deadlineLine(d: Deadline): string {
  const date = when(d);
  return [d.kind, date].filter(Boolean).join(' ') + (d.action !== 'other' ? ` · ${d.action}` : '');
}

/** "1 duty", "3 duties". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
