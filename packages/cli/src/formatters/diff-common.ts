/** What the diff formatters share: a one-line description of a side, the status of each section, counts. */
import { displayDay, t, terms, type Deadline, type DeadlinePair, type DiffFinding, type Lang, type PlanDiff, type PlanSide, type Severity } from '@plan-extract/core';

/** "Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng". */
export function describeSide(side: PlanSide, lang: Lang): string {
  return t(lang, 'diff/plan', { number: side.documentNumber, date: side.issuedOn, issuer: side.issuer });
}

export function severityCounts(diff: PlanDiff): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of diff.findings) counts[f.severity] += 1;
  return counts;
}

/** The sections of a diff, each with its heading, anchor, findings' fields and worst severity. */
export type SectionKey = 'implements' | 'theme' | 'period' | 'slogans' | 'deadlines' | 'responsibilities';
export const SECTIONS: readonly SectionKey[] = ['implements', 'theme', 'period', 'slogans', 'deadlines', 'responsibilities'];

/** The findings a section shows: by field, except that a period leaving the upper one is a deadline matter too. */
export function sectionFindings(diff: PlanDiff, section: SectionKey): DiffFinding[] {
  return diff.findings.filter((f) => f.field === section);
}

/** A section's state: the worst severity of its findings, or `ok`. */
export function sectionSeverity(diff: PlanDiff, section: SectionKey): Severity | 'ok' {
  const found = sectionFindings(diff, section);
  if (found.some((f) => f.severity === 'error')) return 'error';
  if (found.some((f) => f.severity === 'warning')) return 'warning';
  if (found.some((f) => f.severity === 'info')) return 'info';
  return 'ok';
}

/** A section's heading in `lang` ("Chủ đề", "Khẩu hiệu"…). */
export function sectionTitle(section: SectionKey, lang: Lang): string {
  return terms(lang).field[section];
}

/** One line per section saying how it stands ("2 giữ nguyên, 1 khác, 0 thiếu, 1 thêm"). */
export function sectionStatus(diff: PlanDiff, section: SectionKey, lang: Lang): string {
  const d = terms(lang).diff;
  const s = diff.slogans;
  const r = diff.responsibilities;
  switch (section) {
    case 'implements':
      return d[diff.implements.status];
    case 'theme':
      return d[diff.theme.status];
    case 'period':
      return d[diff.period.status];
    case 'slogans':
      return `${s.matched.length} ${d.matched}, ${s.changed.length} ${d.changed}, ${s.missing.length} ${d.missing}, ${s.extra.length} ${d.extra}`;
    case 'deadlines':
      return t(lang, 'report:deadline-tally', { pairs: diff.deadlines.pairs.length, conflicts: diff.deadlines.conflicts.length });
    case 'responsibilities':
      return t(lang, 'report:responsibility-tally', { covered: r.covered.length, uncovered: r.uncovered.length, extra: r.extra.length, lead: d[r.lead.status] });
  }
}

/** A function key as a reader names it ("Y tế"), or the key itself when unknown. */
export function functionName(key: string | null, lang: Lang): string {
  if (key === null) return '—';
  return (terms(lang).function as Record<string, string>)[key] ?? key;
}

/** A checked pair of deadlines as the reports show it: the severity of its finding (`ok` when it leaves time) and the time it leaves, in words. */
export interface DeadlineRow {
  pair: DeadlinePair;
  severity: Severity | 'ok';
  /** "các đơn vị gửi về" / "gửi lên cấp trên". */
  chain: string;
  /** "còn 8 ngày tổng hợp", "chậm 4 ngày", "đúng hạn". */
  margin: string;
}

/** Every pair the diff checked, in the lower plan's order, each with the finding it raised (matched by the lower deadline's place in the text). */
export function deadlineRows(diff: PlanDiff, lang: Lang): DeadlineRow[] {
  return diff.deadlines.pairs.map((pair) => {
    const finding = diff.findings.find((f) => f.field === 'deadlines' && f.ruleId.startsWith('diff/deadline-') && f.span?.start === pair.lower.span.start);
    return { pair, severity: finding?.severity ?? 'ok', chain: terms(lang).chain[pair.role], margin: t(lang, 'report:margin', { role: pair.role, margin: pair.margin }) };
  });
}

/** Who owes a deadline to whom, as the plan prints them: "UBND các xã, thị trấn → Phòng Y tế"; null when it names neither. */
export function deadlineParties(d: Deadline): string | null {
  if (d.actor === null && d.recipient === null) return null;
  return `${d.actor ?? '…'} → ${d.recipient ?? '…'}`;
}

/** A deadline as printed, with its due date when the words do not show it: "trong 10 ngày (hạn 15/7/2025)", "trước ngày 05/7/2025". */
export function deadlineDue(d: Deadline, lang: Lang): string {
  const due = d.date ?? d.end;
  if (!due) return d.text;
  const shown = displayDay(due, lang);
  const dayMonth = shown.split('/').slice(0, 2).join('/');
  return d.text.replace(/(?<!\d)0(\d)/g, '$1').includes(dayMonth) ? d.text : `${d.text} (${t(lang, 'report:due', { date: shown })})`;
}
