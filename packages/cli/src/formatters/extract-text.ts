/** `extract --format text`: a summary for a person at a terminal; colour only when asked. */
import pc from 'picocolors';
import { count, t, terms, type Lang, type PlanExtraction } from '@plan-extract/core';
import { place, severityLabel } from './common.js';
import { citations, deadlineLine, dutyCount, issuedLine, issuerLine, numberLine, roleCounts, signerLine, summaryNotes, timingLine, when } from './extract-common.js';
import { terminalLine } from './escape.js';

export interface TextOptions {
  /** Use ANSI colours; default false. */
  color?: boolean;
  /** The language; default Vietnamese. */
  lang?: Lang;
}

/** Every text from the plan goes through `terminalLine`: a control sequence in a plan never reaches the terminal. */
export function formatExtractText(x: PlanExtraction, options: TextOptions = {}): string {
  const lang = options.lang ?? 'vi';
  const words = terms(lang);
  const c = pc.createColors(options.color ?? false);
  const s = (text: string) => terminalLine(text);
  const none = c.dim(t(lang, 'report:none'));
  const out: string[] = [];
  const labels = [words.field.documentNumber, words.field.kind, words.field.issuer, words.field.issuedOn, words.citation.implements, words.citation.basis, words.field.theme, words.field.period];
  const width = Math.max(...labels.map((l) => l.length)) + 1;
  const row = (label: string, value: string | null) => out.push(`${c.bold(label.padEnd(width))} ${value === null ? none : s(value)}`);
  const heading = (label: string, n: number, extra = '') => out.push(`${c.bold(label)} ${c.dim(`(${n}${extra})`)}`);

  out.push(c.bold(s(x.title ?? t(lang, 'report:untitled'))));
  if (x.source.path) out.push(c.dim(`${s(x.source.path)} · ${x.source.format}${x.source.pages !== null ? ` · ${count(x.source.pages, lang, 'trang', 'page')}` : ''}`));
  out.push('');
  row(words.field.documentNumber, numberLine(x, lang));
  row(words.field.kind, `${words.kind[x.kind]}${x.year !== null ? ` · ${x.year}` : ''}`);
  row(words.field.issuer, issuerLine(x, lang));
  row(words.field.issuedOn, issuedLine(x, lang));
  // One citation a line, what the plan carries out apart from its legal basis.
  for (const role of ['implements', 'basis'] as const) {
    const [first = null, ...rest] = citations(x, role);
    row(words.citation[role], first);
    for (const more of rest) out.push(`${' '.repeat(width)} ${s(more)}`);
  }
  row(words.field.theme, x.theme?.text ?? null);
  row(words.field.period, x.period ? when(x.period, lang) : null);

  out.push('');
  heading(words.field.slogans, x.slogans.length);
  x.slogans.forEach((slogan, i) => out.push(`  ${String(i + 1).padStart(2)}. ${s(slogan.text)}`));

  out.push('');
  heading(words.field.targets, x.targets.length);
  for (const target of x.targets) out.push(`  - ${s(target.text)}${target.percents.length > 0 ? c.cyan(` [${target.percents.map((p) => `${p}%`).join(', ')}]`) : ''}`);

  out.push('');
  heading(words.field.activities, x.activities.length);
  for (const a of x.activities) {
    const lead = a.lead.map((g) => g.name).join(', ');
    const timing = a.timing ? timingLine(a.timing, lang) : '';
    out.push(`  ${c.cyan(s(a.id).padEnd(8))} ${s(a.text.length > 90 ? `${a.text.slice(0, 89)}…` : a.text)}`);
    const notes = [lead && `${words.role.lead}: ${lead}`, timing && `${t(lang, 'report:when')}: ${timing}`].filter(Boolean).join(' · ');
    if (notes) out.push(`           ${c.dim(s(notes))}`);
  }

  out.push('');
  heading(words.field.responsibilities, x.responsibilities.length, x.responsibilities.length > 0 ? `: ${roleCounts(x.responsibilities, lang)}` : '');
  for (const r of x.responsibilities) {
    const role = words.role[r.role];
    const shown = r.role === 'lead' ? c.green(role) : r.role === 'requested' ? c.yellow(role) : role;
    out.push(`  - ${s(r.agency.name)} ${c.dim('·')} ${shown} ${c.dim(`· ${dutyCount(r.duties.length, lang)}`)}`);
  }

  out.push('');
  heading(words.field.deadlines, x.deadlines.length);
  for (const d of x.deadlines) out.push(`  - ${c.yellow(deadlineLine(d, lang))}: ${s(d.text)}`);

  out.push('');
  row(words.field.budget, x.budget ? (x.budget.sources.length > 0 ? x.budget.sources.join(', ') : t(lang, 'report:stated')) : null);
  row(words.field.signer, signerLine(x));
  row(words.field.recipients, String(x.recipients.length));
  row(words.field.references, x.references.length > 0 ? x.references.map((r) => r.number ?? r.text).join('; ') : null);
  const notes = summaryNotes(x);
  if (notes.length > 0) {
    out.push('');
    heading(t(lang, 'report:notes'), notes.length);
    for (const d of notes) {
      const label = severityLabel(d.severity, lang);
      const sev = d.severity === 'error' ? c.red(label) : d.severity === 'warning' ? c.yellow(label) : c.blue(label);
      const where = place(d, lang);
      out.push(`  ${sev} ${s(d.message)} ${c.dim(`${where ? `${where} · ` : ''}${d.ruleId}`)}`);
    }
  }
  return `${out.join('\n')}\n`;
}
