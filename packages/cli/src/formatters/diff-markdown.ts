/** `diff --format markdown`: a report to paste into an issue or a wiki, tables side by side. */
import { displayDate, type PlanDiff, type RedlinePart } from '@plan-extract/core';
import { describeCounts, describeSide, sectionTallies, severityCounts } from './diff-common.js';

/** Markdown-safe table cell text: pipes, emphasis and line breaks would break the table. */
function cell(text: string | null): string {
  if (text === null || text === '') return '—';
  return text.replace(/\\/g, '\\\\').replace(/([|*_`~[\]<>])/g, '\\$1').replace(/\r?\n/g, ' ');
}

function redline(parts: RedlinePart[], side: 'upper' | 'lower'): string {
  return parts
    .filter((p) => p.op === 'equal' || (side === 'upper' ? p.op === 'delete' : p.op === 'insert'))
    .map((p) => {
      if (p.op === 'equal' || p.text.trim() === '') return cell(p.text);
      return side === 'upper' ? `~~${cell(p.text.trim())}~~${p.text.endsWith(' ') ? ' ' : ''}` : `**${cell(p.text.trim())}**${p.text.endsWith(' ') ? ' ' : ''}`;
    })
    .join('');
}

export function formatDiffMarkdown(diff: PlanDiff): string {
  const out: string[] = [];
  const counts = severityCounts(diff);
  out.push('# Plan diff', '');
  out.push(`- **Upper plan:** ${cell(describeSide(diff.upper))}${diff.upper.source ? ` (\`${diff.upper.source}\`)` : ''}`);
  out.push(`- **Lower plan:** ${cell(describeSide(diff.lower))}${diff.lower.source ? ` (\`${diff.lower.source}\`)` : ''}`);
  out.push(`- **Findings:** ${describeCounts(counts)}`, '');
  out.push('| Section | Status |', '| --- | --- |');
  for (const t of sectionTallies(diff)) out.push(`| ${t.section} | ${t.status} |`);
  out.push('');

  out.push('## Implements', '', `**${diff.implements.status}**: ${cell(diff.implements.message)}`, '');
  for (const [name, field] of [['Theme', diff.theme], ['Period', diff.period]] as const) {
    out.push(`## ${name}`, '', `Status: **${field.status}**`, '', '| Upper plan | Lower plan |', '| --- | --- |');
    const upper = field.redline ? redline(field.redline, 'upper') : cell(field.upper);
    const lower = field.redline ? redline(field.redline, 'lower') : cell(field.lower);
    out.push(`| ${upper} | ${lower} |`, '');
  }

  const s = diff.slogans;
  out.push('## Slogans', '', '| Status | Upper plan | Lower plan |', '| --- | --- | --- |');
  for (const m of s.matched) out.push(`| matched | ${cell(m.upper)} | ${cell(m.lower)} |`);
  for (const c of s.changed) out.push(`| changed (${c.similarity.toFixed(2)}) | ${redline(c.redline, 'upper')} | ${redline(c.redline, 'lower')} |`);
  for (const m of s.missing) out.push(`| missing | ${cell(m)} | — |`);
  for (const e of s.extra) out.push(`| extra | — | ${cell(e)} |`);
  out.push('');

  out.push('## Deadlines', '');
  if (diff.deadlines.conflicts.length === 0) out.push('No conflicts.', '');
  else {
    out.push('| Upper plan | Lower plan | Conflict |', '| --- | --- | --- |');
    for (const c of diff.deadlines.conflicts) {
      out.push(`| ${cell(c.upper.text)} (${displayDate(c.upper.date ?? c.upper.end)}) | ${cell(c.lower.text)} (${displayDate(c.lower.date ?? c.lower.end)}) | ${cell(c.message)} |`);
    }
    out.push('');
  }

  const r = diff.responsibilities;
  out.push('## Responsibilities', '', '| Function | Upper plan | Lower plan |', '| --- | --- | --- |');
  for (const x of r.covered) out.push(`| ${x.key} | ${cell(x.upper)} | ${cell(x.lower)} |`);
  for (const x of r.uncovered) out.push(`| ${x.key} | ${cell(x.upper)} | **no counterpart** |`);
  for (const x of r.extra) out.push(`| ${x.key} | — | ${cell(x.lower)} |`);
  out.push(`| lead (${r.lead.status}) | ${cell(r.lead.upper)} | ${cell(r.lead.lower)} |`, '');

  out.push('## Findings', '');
  if (diff.findings.length === 0) out.push('None.');
  else {
    out.push('| Severity | Rule | Field | Message |', '| --- | --- | --- | --- |');
    for (const f of diff.findings) out.push(`| ${f.severity} | \`${f.ruleId}\` | ${f.field} | ${cell(f.message)} |`);
  }
  return `${out.join('\n')}\n`;
}
