/** What the text and Markdown summaries of an extraction share, in the reader's language. */
import { count, displayDay, t, terms, type Deadline, type Lang, type Message, type PlanExtraction, type Responsibility, type Timing, type UpstreamRef } from '@plan-extract/core';

/** "1/6/2025 – 30/6/2025", "2025-Q2, 2025-Q4", "10/7/2025", or "" when the timing has no date. */
export function when(timing: { date?: string | null; start?: string | null; end?: string | null; quarters?: string[] }, lang: Lang): string {
  if (timing.date) return displayDay(timing.date, lang);
  if (timing.start || timing.end) return `${timing.start ? displayDay(timing.start, lang) : '…'} – ${timing.end ? displayDay(timing.end, lang) : '…'}`;
  if (timing.quarters && timing.quarters.length > 0) return timing.quarters.join(', ');
  return '';
}

/** An activity's timing: the words for standing or repeated work ("Thường xuyên trong năm"), else its dates. */
export function timingLine(timing: Timing, lang: Lang): string {
  if (timing.kind === 'continuous' || timing.kind === 'recurring') return timing.text;
  return when(timing, lang) || timing.text;
}

/** The number line: "1420/KH-UBND", or "(chưa điền số)/KH-UBND" for a draft, or null. */
export function numberLine(x: PlanExtraction, lang: Lang): string | null {
  if (x.documentNumber) return x.documentNumber;
  if (x.documentSymbol) return `${t(lang, 'report:number-blank')}/${x.documentSymbol.text}`;
  return null;
}

/** "Ủy ban nhân dân huyện Hạ Lang (huyện)". */
export function issuerLine(x: PlanExtraction, lang: Lang): string | null {
  if (!x.issuer) return null;
  return x.issuer.level ? `${x.issuer.name} (${terms(lang).level[x.issuer.level]})` : x.issuer.name;
}

/** "Hạ Lang, 5/2025" / "5/2025" / "Hạ Lang". */
export function issuedLine(x: PlanExtraction, lang: Lang): string | null {
  const parts = [x.place, x.issuedOn ? displayDay(x.issuedOn, lang) : null].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * The opening's citations of one role, as printed: what the plan carries out (`implements`,
 * "Thực hiện") apart from its legal basis (`basis`, "Căn cứ"), so a reader sees at once which
 * plan it implements.
 */
export function citations(x: PlanExtraction, role: UpstreamRef['role']): string[] {
  return x.implements.filter((r) => r.role === role).map((r) => r.text ?? r.name ?? r.documentNumber ?? '?');
}

/** Responsibilities counted by role: "2 chủ trì, 7 được giao, 1 đề nghị phối hợp". */
export function roleCounts(items: Responsibility[], lang: Lang): string {
  const counts = { lead: 0, assigned: 0, requested: 0 };
  for (const r of items) counts[r.role] += 1;
  return (Object.entries(counts) as Array<[Responsibility['role'], number]>)
    .filter(([, n]) => n > 0)
    .map(([role, n]) => `${n} ${terms(lang).role[role]}`)
    .join(', ');
}

/** "KT. CHỦ TỊCH · PHÓ CHỦ TỊCH · Hoàng Thanh Sơn". */
export function signerLine(x: PlanExtraction): string | null {
  if (!x.signer) return null;
  const parts = [x.signer.authority, x.signer.title, x.signer.name].filter((p): p is string => p !== null && p !== '');
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** "trước ngày 10/7/2025 · báo cáo". */
export function deadlineLine(d: Deadline, lang: Lang): string {
  const words = terms(lang);
  const date = when(d, lang);
  return [words.timing[d.kind], date].filter(Boolean).join(' ') + (d.action !== 'other' ? ` · ${words.action[d.action]}` : '');
}

/** "3 nhiệm vụ" / "3 duties". */
export function dutyCount(n: number, lang: Lang): string {
  return count(n, lang, 'nhiệm vụ', 'duty', 'duties');
}

/** The notes an extraction's summary lists: the extractors' own, and what the reader noticed only when it is a note (its warnings go to stderr). */
export function summaryNotes(x: PlanExtraction): Message[] {
  return (x.diagnostics as Message[]).filter((d) => !d.ruleId.startsWith('read/') || d.severity === 'info');
}
