/** `diff --format text`: for a terminal; colour only when asked (TTY and no NO_COLOR). */
import pc from 'picocolors';
import { t, terms, type DiffFinding, type Lang, type PlanDiff, type RedlinePart } from '@plan-extract/core';
import { findingsByAttention, place, severityCounts as countLine, severityLabel } from './common.js';
import { deadlineDue, deadlineParties, deadlineRows, describeSide, functionName, sectionSeverity, sectionStatus, sectionTitle, severityCounts } from './diff-common.js';
import { terminalLine } from './escape.js';

export interface TextOptions {
  /** Use ANSI colours; default false. */
  color?: boolean;
  /** The language; default Vietnamese. */
  lang?: Lang;
}

/**
 * What to fix first (the findings, errors first), then each section. Every text from a plan goes
 * through `terminalLine`, so a control sequence hidden in a plan never reaches the terminal.
 */
export function formatDiffText(diff: PlanDiff, options: TextOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const c = pc.createColors(options.color ?? false);
  const s = (text: string | null | undefined) => (text === null || text === undefined ? c.dim(t(lang, 'report:none')) : terminalLine(text));
  const tone = (severity: ReturnType<typeof sectionSeverity>, text: string) =>
    severity === 'error' ? c.red(text) : severity === 'warning' ? c.yellow(text) : severity === 'info' ? c.blue(text) : c.green(text);
  const severity = (f: DiffFinding) => tone(f.severity, severityLabel(f.severity, lang).padEnd(9));
  const redline = (parts: RedlinePart[]) =>
    parts.map((p) => (p.op === 'equal' ? terminalLine(p.text) : p.op === 'delete' ? c.red(`[-${terminalLine(p.text)}-]`) : c.green(`{+${terminalLine(p.text)}+}`))).join('');
  const d = terms(lang).diff;

  const out: string[] = [];
  out.push(c.bold(t(lang, 'report:diff-title')));
  out.push(`  ${t(lang, 'report:upper-plan')}: ${terminalLine(describeSide(diff.upper, lang))}${diff.upper.source ? c.dim(`  (${terminalLine(diff.upper.source)})`) : ''}`);
  out.push(`  ${t(lang, 'report:lower-plan')}: ${terminalLine(describeSide(diff.lower, lang))}${diff.lower.source ? c.dim(`  (${terminalLine(diff.lower.source)})`) : ''}`);
  out.push('');
  const counts = severityCounts(diff);
  out.push(c.bold(`${t(lang, 'report:findings')}: ${countLine(counts, lang)}`));
  for (const f of findingsByAttention(diff.findings)) {
    const where = place(f, lang, { short: true });
    out.push(`  ${severity(f)} ${terminalLine(f.message)}  ${c.dim(`${where ? `${where} ` : ''}${f.ruleId}`)}`);
  }
  out.push('');

  out.push(`${c.bold(sectionTitle('implements', lang))}  ${tone(sectionSeverity(diff, 'implements'), d[diff.implements.status])}  ${terminalLine(diff.implements.message)}`);
  for (const [key, field] of [['theme', diff.theme], ['period', diff.period]] as const) {
    out.push(`${c.bold(sectionTitle(key, lang))}  ${tone(sectionSeverity(diff, key), d[field.status])}`);
    if (field.redline) out.push(`  ${redline(field.redline)}`);
    else if (field.status !== 'match') {
      out.push(`  ${t(lang, 'report:upper-plan')}: ${s(field.upper)}`);
      out.push(`  ${t(lang, 'report:lower-plan')}: ${s(field.lower)}`);
    } else out.push(`  ${s(field.upper)}`);
  }

  const sl = diff.slogans;
  out.push(`${c.bold(sectionTitle('slogans', lang))}  ${tone(sectionSeverity(diff, 'slogans'), sectionStatus(diff, 'slogans', lang))}`);
  for (const m of sl.matched) out.push(`  ${c.green('=')} ${s(m.lower)}`);
  for (const ch of sl.changed) out.push(`  ${c.blue('~')} ${redline(ch.redline)}`);
  for (const m of sl.missing) out.push(`  ${c.yellow('-')} ${s(m)}`);
  for (const e of sl.extra) out.push(`  ${c.blue('+')} ${s(e)}`);

  out.push(`${c.bold(sectionTitle('deadlines', lang))}  ${tone(sectionSeverity(diff, 'deadlines'), sectionStatus(diff, 'deadlines', lang))}`);
  // Each lower deadline against the upper one it must meet: how it stands and the time it leaves, then both as printed.
  for (const row of deadlineRows(diff, lang)) {
    const mark = row.severity === 'error' ? '!' : row.severity === 'warning' ? '~' : '=';
    const side = (label: string, d: typeof row.pair.lower) => {
      const parties = deadlineParties(d);
      return `    ${label}: ${parties ? `${s(parties)}, ` : ''}${s(deadlineDue(d, lang))}`;
    };
    out.push(`  ${tone(row.severity, mark)} ${row.chain}: ${tone(row.severity, row.margin)}`);
    out.push(side(t(lang, 'report:lower-plan'), row.pair.lower));
    out.push(side(t(lang, 'report:upper-plan'), row.pair.upper));
  }

  const r = diff.responsibilities;
  out.push(`${c.bold(sectionTitle('responsibilities', lang))}  ${tone(sectionSeverity(diff, 'responsibilities'), sectionStatus(diff, 'responsibilities', lang))}`);
  for (const x of r.covered) out.push(`  ${c.green('=')} ${functionName(x.key, lang)}: ${s(x.upper)} → ${s(x.lower)}`);
  for (const x of r.uncovered) out.push(`  ${c.yellow('-')} ${functionName(x.key, lang)}: ${s(x.upper)} → ${c.dim(t(lang, 'report:no-counterpart'))}`);
  for (const x of r.extra) out.push(`  ${c.blue('+')} ${functionName(x.key, lang)}: ${s(x.lower)}`);
  out.push(`  ${t(lang, 'report:lead')}: ${d[r.lead.status]}  ${s(r.lead.upper)} → ${s(r.lead.lower)}`);
  return `${out.join('\n')}\n`;
}
