/** `extract --format text`: a summary for a person at a terminal; colour only when asked. */
import pc from 'picocolors';
import type { PlanExtraction } from '@plan-extract/core';
import { deadlineLine, issuedLine, issuerLine, numberLine, plural, roleCounts, signerLine, timingLine } from './extract-common.js';

export interface TextOptions {
  /** Use ANSI colours; default false. */
  color?: boolean;
}

export function formatExtractText(x: PlanExtraction, options: TextOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const none = c.dim('(none)');
  const out: string[] = [];
  const row = (label: string, value: string | null) => out.push(`${c.bold(label.padEnd(11))} ${value ?? none}`);

  out.push(c.bold(x.title ?? '(untitled plan)'));
  if (x.source.path) out.push(c.dim(`${x.source.path} · ${x.source.format}${x.source.pages !== null ? ` · ${plural(x.source.pages, 'page')}` : ''}`));
  out.push('');
  row('Number', numberLine(x));
  row('Kind', `${x.kind}${x.year !== null ? ` · ${x.year}` : ''}`);
  row('Issuer', issuerLine(x));
  row('Issued', issuedLine(x));
  row('Implements', x.implements.length > 0 ? x.implements.map((r) => r.text ?? r.documentNumber ?? '?').join('; ') : null);
  row('Theme', x.theme?.text ?? null);
  row('Period', x.period ? `${x.period.start} – ${x.period.end}` : null);

  out.push('');
  out.push(`${c.bold('Slogans')} ${c.dim(`(${x.slogans.length})`)}`);
  x.slogans.forEach((s, i) => out.push(`  ${String(i + 1).padStart(2)}. ${s.text}`));

  out.push('');
  out.push(`${c.bold('Targets')} ${c.dim(`(${x.targets.length})`)}`);
  for (const t of x.targets) out.push(`  - ${t.text}${t.percents.length > 0 ? c.cyan(` [${t.percents.map((p) => `${p}%`).join(', ')}]`) : ''}`);

  out.push('');
  out.push(`${c.bold('Activities')} ${c.dim(`(${x.activities.length})`)}`);
  for (const a of x.activities) {
    const lead = a.lead.map((g) => g.name).join(', ');
    const timing = a.timing ? timingLine(a.timing) : '';
    out.push(`  ${c.cyan(a.id.padEnd(8))} ${a.text.length > 90 ? `${a.text.slice(0, 89)}…` : a.text}`);
    if (lead || timing) out.push(`           ${c.dim([lead && `lead: ${lead}`, timing && `when: ${timing}`].filter(Boolean).join(' · '))}`);
  }

  out.push('');
  out.push(`${c.bold('Responsibilities')} ${c.dim(`(${x.responsibilities.length}${x.responsibilities.length > 0 ? `: ${roleCounts(x.responsibilities)}` : ''})`)}`);
  for (const r of x.responsibilities) {
    const role = r.role === 'lead' ? c.green(r.role) : r.role === 'requested' ? c.yellow(r.role) : r.role;
    out.push(`  - ${r.agency.name} ${c.dim('·')} ${role} ${c.dim(`· ${plural(r.duties.length, 'duty', 'duties')}`)}`);
  }

  out.push('');
  out.push(`${c.bold('Deadlines')} ${c.dim(`(${x.deadlines.length})`)}`);
  for (const d of x.deadlines) out.push(`  - ${c.yellow(deadlineLine(d))}: ${d.text}`);

  out.push('');
  row('Budget', x.budget ? (x.budget.sources.length > 0 ? x.budget.sources.join(', ') : 'stated') : null);
  row('Signer', signerLine(x));
  row('Recipients', String(x.recipients.length));
  row('References', x.references.length > 0 ? x.references.map((r) => r.number ?? r.text).join('; ') : null);
  if (x.diagnostics.length > 0) {
    out.push('');
    out.push(`${c.bold('Notes')} ${c.dim(`(${x.diagnostics.length})`)}`);
    for (const d of x.diagnostics) {
      const sev = d.severity === 'error' ? c.red(d.severity) : d.severity === 'warning' ? c.yellow(d.severity) : c.blue(d.severity);
      out.push(`  ${sev} ${d.message} ${c.dim(d.ruleId)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
