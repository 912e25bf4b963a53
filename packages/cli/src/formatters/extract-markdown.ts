/** `extract --format markdown`: the same summary as `text`, as Markdown; every text through `markdown`. */
import { t, terms, type Lang, type PlanExtraction } from '@plan-extract/core';
import { place, severityLabel } from './common.js';
import { citations, deadlineLine, dutyCount, issuedLine, issuerLine, numberLine, roleCounts, signerLine, summaryNotes, timingLine, when } from './extract-common.js';
import { markdown as md, markdownCode } from './escape.js';

export { md };

export function formatExtractMarkdown(x: PlanExtraction, options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'vi';
  const words = terms(lang);
  const out: string[] = [];
  const none = `_${md(t(lang, 'report:none'))}_`;
  out.push(`# ${md(x.title ?? t(lang, 'report:untitled'))}`);
  out.push('');
  out.push(`| ${t(lang, 'report:col-field')} | ${t(lang, 'report:col-value')} |`);
  out.push('| --- | --- |');
  const row = (label: string, value: string | null) => out.push(`| ${label} | ${value === null ? none : md(value)} |`);
  if (x.source.path) out.push(`| ${t(lang, 'report:source')} | ${markdownCode(x.source.path)} (${x.source.format}) |`);
  row(words.field.documentNumber, numberLine(x, lang));
  row(words.field.kind, `${words.kind[x.kind]}${x.year !== null ? `, ${x.year}` : ''}`);
  row(words.field.issuer, issuerLine(x, lang));
  row(words.field.issuedOn, issuedLine(x, lang));
  for (const role of ['implements', 'basis'] as const) {
    const cited = citations(x, role);
    row(words.citation[role], cited.length > 0 ? cited.join('; ') : null);
  }
  row(words.field.theme, x.theme?.text ?? null);
  row(words.field.period, x.period ? when(x.period, lang) : null);
  row(words.field.budget, x.budget ? (x.budget.sources.length > 0 ? x.budget.sources.join(', ') : t(lang, 'report:stated')) : null);
  row(words.field.signer, signerLine(x));
  row(words.field.recipients, String(x.recipients.length));

  out.push('', `## ${words.field.slogans} (${x.slogans.length})`, '');
  x.slogans.forEach((s, i) => out.push(`${i + 1}. ${md(s.text)}`));
  if (x.slogans.length === 0) out.push(none);

  out.push('', `## ${words.field.targets} (${x.targets.length})`, '');
  for (const target of x.targets) out.push(`- ${md(target.text)}${target.percents.length > 0 ? ` (${target.percents.map((p) => `${p}%`).join(', ')})` : ''}`);
  if (x.targets.length === 0) out.push(none);

  out.push('', `## ${words.field.activities} (${x.activities.length})`, '');
  for (const a of x.activities) {
    const lead = a.lead.map((g) => g.name).join(', ');
    const timing = a.timing ? timingLine(a.timing, lang) : '';
    const notes = [lead && `${words.role.lead}: ${lead}`, timing && `${t(lang, 'report:when')}: ${timing}`].filter(Boolean).join('; ');
    out.push(`- **${md(a.id)}** ${md(a.text)}${notes ? ` _(${md(notes)})_` : ''}`);
  }
  if (x.activities.length === 0) out.push(none);

  out.push('', `## ${words.field.responsibilities} (${x.responsibilities.length}${x.responsibilities.length > 0 ? `: ${roleCounts(x.responsibilities, lang)}` : ''})`, '');
  for (const r of x.responsibilities) out.push(`- **${md(r.agency.name)}**, ${words.role[r.role]}, ${dutyCount(r.duties.length, lang)}`);
  if (x.responsibilities.length === 0) out.push(none);

  out.push('', `## ${words.field.deadlines} (${x.deadlines.length})`, '');
  for (const d of x.deadlines) out.push(`- ${md(deadlineLine(d, lang))}: ${md(d.text)}`);
  if (x.deadlines.length === 0) out.push(none);

  out.push('', `## ${words.field.references} (${x.references.length})`, '');
  for (const r of x.references) out.push(`- ${md(r.text)}`);
  if (x.references.length === 0) out.push(none);

  const notes = summaryNotes(x);
  if (notes.length > 0) {
    out.push('', `## ${t(lang, 'report:notes')} (${notes.length})`, '');
    for (const d of notes) {
      const where = place(d, lang);
      out.push(`- ${severityLabel(d.severity, lang)}: ${md(d.message)}${where ? ` _(${md(where)})_` : ''} (${markdownCode(d.ruleId)})`);
    }
  }
  return `${out.join('\n')}\n`;
}
