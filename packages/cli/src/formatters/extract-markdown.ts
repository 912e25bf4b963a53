/** `extract --format markdown`: the same summary as `text`, as Markdown. */
import type { PlanExtraction } from '@plan-extract/core';
import { deadlineLine, issuedLine, issuerLine, numberLine, plural, roleCounts, signerLine, timingLine } from './extract-common.js';

/** Escape what Markdown would read as markup; line breaks read as spaces. */
export function md(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/([\\`*_{}[\]<>#|!])/g, '\\$1');
}

export function formatExtractMarkdown(x: PlanExtraction): string {
  const out: string[] = [];
  const none = '_(none)_';
  out.push(`# ${md(x.title ?? '(untitled plan)')}`);
  out.push('');
  out.push('| Field | Value |');
  out.push('| --- | --- |');
  const row = (label: string, value: string | null) => out.push(`| ${label} | ${value === null ? none : md(value)} |`);
  if (x.source.path) row('Source', `${x.source.path} (${x.source.format})`);
  row('Number', numberLine(x));
  row('Kind', `${x.kind}${x.year !== null ? `, ${x.year}` : ''}`);
  row('Issuer', issuerLine(x));
  row('Issued', issuedLine(x));
  row('Implements', x.implements.length > 0 ? x.implements.map((r) => r.text ?? r.documentNumber ?? '?').join('; ') : null);
  row('Theme', x.theme?.text ?? null);
  row('Period', x.period ? `${x.period.start} – ${x.period.end}` : null);
  row('Budget', x.budget ? (x.budget.sources.length > 0 ? x.budget.sources.join(', ') : 'stated') : null);
  row('Signer', signerLine(x));
  row('Recipients', String(x.recipients.length));

  out.push('', `## Slogans (${x.slogans.length})`, '');
  x.slogans.forEach((s, i) => out.push(`${i + 1}. ${md(s.text)}`));
  if (x.slogans.length === 0) out.push(none);

  out.push('', `## Targets (${x.targets.length})`, '');
  for (const t of x.targets) out.push(`- ${md(t.text)}${t.percents.length > 0 ? ` (${t.percents.map((p) => `${p}%`).join(', ')})` : ''}`);
  if (x.targets.length === 0) out.push(none);

  out.push('', `## Activities (${x.activities.length})`, '');
  for (const a of x.activities) {
    const lead = a.lead.map((g) => g.name).join(', ');
    const timing = a.timing ? timingLine(a.timing) : '';
    const notes = [lead && `lead: ${lead}`, timing && `when: ${timing}`].filter(Boolean).join('; ');
    out.push(`- **${md(a.id)}** ${md(a.text)}${notes ? ` _(${md(notes)})_` : ''}`);
  }
  if (x.activities.length === 0) out.push(none);

  out.push('', `## Responsibilities (${x.responsibilities.length}${x.responsibilities.length > 0 ? `: ${roleCounts(x.responsibilities)}` : ''})`, '');
  for (const r of x.responsibilities) out.push(`- **${md(r.agency.name)}**, ${r.role}, ${plural(r.duties.length, 'duty', 'duties')}`);
  if (x.responsibilities.length === 0) out.push(none);

  out.push('', `## Deadlines (${x.deadlines.length})`, '');
  for (const d of x.deadlines) out.push(`- ${md(deadlineLine(d))}: ${md(d.text)}`);
  if (x.deadlines.length === 0) out.push(none);

  out.push('', `## References (${x.references.length})`, '');
  for (const r of x.references) out.push(`- ${md(r.text)}`);
  if (x.references.length === 0) out.push(none);

  if (x.diagnostics.length > 0) {
    out.push('', `## Notes (${x.diagnostics.length})`, '');
    for (const d of x.diagnostics) out.push(`- ${d.severity}: ${md(d.message)} (\`${d.ruleId}\`)`);
  }
  return `${out.join('\n')}\n`;
}
