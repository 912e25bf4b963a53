/** `diff --format text`: for a terminal; colour only when asked (TTY and no NO_COLOR). */
import pc from 'picocolors';
import { displayDate, type DiffFinding, type PlanDiff, type RedlinePart } from '@plan-extract/core';
import { describeCounts, describeSide, severityCounts } from './diff-common.js';

export interface TextOptions {
  /** Use ANSI colours; default false. */
  color?: boolean;
}

export function formatDiffText(diff: PlanDiff, options: TextOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const status = (s: string): string => {
    if (s === 'match') return c.green(s);
    if (s === 'not-applicable') return c.dim(s);
    return s === 'missing' || s === 'mismatch' ? c.red(s) : c.yellow(s);
  };
  const severity = (f: DiffFinding): string =>
    f.severity === 'error' ? c.red('error  ') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info   ');
  const redline = (parts: RedlinePart[]): string =>
    parts.map((p) => (p.op === 'equal' ? p.text : p.op === 'delete' ? c.red(`[-${p.text}-]`) : c.green(`{+${p.text}+}`))).join('');

  const out: string[] = [];
  out.push(c.bold('Diff of a lower plan against the plan it implements'));
  out.push(`  upper: ${describeSide(diff.upper)}${diff.upper.source ? c.dim(`  (${diff.upper.source})`) : ''}`);
  out.push(`  lower: ${describeSide(diff.lower)}${diff.lower.source ? c.dim(`  (${diff.lower.source})`) : ''}`);
  out.push('');
  out.push(`${c.bold('Implements')}  ${status(diff.implements.status)}  ${diff.implements.message}`);
  for (const [name, field] of [['Theme', diff.theme], ['Period', diff.period]] as const) {
    out.push(`${c.bold(name)}  ${status(field.status)}`);
    if (field.redline) {
      out.push(`  ${redline(field.redline)}`);
    } else if (field.status !== 'match') {
      out.push(`  upper: ${field.upper ?? c.dim('(none)')}`);
      out.push(`  lower: ${field.lower ?? c.dim('(none)')}`);
    } else {
      out.push(`  ${field.upper}`);
    }
  }

  const s = diff.slogans;
  out.push(`${c.bold('Slogans')}  ${s.matched.length} matched, ${s.changed.length} changed, ${s.missing.length} missing, ${s.extra.length} extra`);
  for (const m of s.matched) out.push(`  ${c.green('=')} ${m.lower}`);
  for (const ch of s.changed) out.push(`  ${c.yellow('~')} ${ch.similarity.toFixed(2)} ${redline(ch.redline)}`);
  for (const m of s.missing) out.push(`  ${c.red('-')} ${m}`);
  for (const e of s.extra) out.push(`  ${c.cyan('+')} ${e}`);

  const conflicts = diff.deadlines.conflicts;
  out.push(`${c.bold('Deadlines')}  ${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}`);
  for (const conflict of conflicts) {
    out.push(`  ${c.red('!')} upper: ${conflict.upper.text} (${displayDate(conflict.upper.date ?? conflict.upper.end)})`);
    out.push(`    lower: ${conflict.lower.text} (${displayDate(conflict.lower.date ?? conflict.lower.end)})`);
  }

  const r = diff.responsibilities;
  out.push(`${c.bold('Responsibilities')}  ${r.covered.length} covered, ${r.uncovered.length} uncovered, ${r.extra.length} extra`);
  for (const x of r.covered) out.push(`  ${c.green('=')} ${x.key}: ${x.upper} → ${x.lower}`);
  for (const x of r.uncovered) out.push(`  ${c.red('-')} ${x.key}: ${x.upper} → ${c.dim('(no counterpart)')}`);
  for (const x of r.extra) out.push(`  ${c.cyan('+')} ${x.key}: ${x.lower}`);
  out.push(`  lead: ${status(r.lead.status)}  ${r.lead.upper ?? '(none)'} → ${r.lead.lower ?? '(none)'}`);

  out.push('');
  const counts = severityCounts(diff);
  out.push(c.bold(`Findings: ${describeCounts(counts)}`));
  for (const f of diff.findings) out.push(`  ${severity(f)}  ${c.dim(f.ruleId)}  ${f.message}`);
  return `${out.join('\n')}\n`;
}
