/** `diff --format markdown`: a report to paste into an issue or a wiki: what to fix first, then the sections side by side. */
import { t, terms, type Deadline, type Lang, type PlanDiff, type RedlinePart } from '@plan-extract/core';
import { findingsByAttention, place, severityCounts as countLine, severityLabel } from './common.js';
import { deadlineDue, deadlineParties, deadlineRows, describeSide, functionName, SECTIONS, sectionStatus, sectionTitle, severityCounts } from './diff-common.js';
import { markdown, markdownCode } from './escape.js';

/** Markdown-safe table cell text, or a dash for nothing. */
function cell(text: string | null | undefined): string {
  return text === null || text === undefined || text === '' ? '—' : markdown(text);
}

/**
 * A redline side: words only this side has, struck (upper) or bold (lower). The spaces around a
 * changed run stay outside its markers ("đầy đủ ~~và đúng lịch~~ trước"): `~~ x~~` is not
 * struck in Markdown, and a marker hugging the next word glues them together.
 */
export function redline(parts: RedlinePart[], side: 'upper' | 'lower'): string {
  const mark = side === 'upper' ? '~~' : '**';
  return parts
    .filter((p) => p.op === 'equal' || (side === 'upper' ? p.op === 'delete' : p.op === 'insert'))
    .map((p) => {
      if (p.op === 'equal' || p.text.trim() === '') return markdown(p.text);
      const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(p.text) ?? [];
      return `${lead}${mark}${markdown(core)}${mark}${trail}`;
    })
    .join('')
    .replace(/\s+/g, ' ');
}

export function formatDiffMarkdown(diff: PlanDiff, options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'vi';
  const d = terms(lang).diff;
  const out: string[] = [];
  const counts = severityCounts(diff);
  out.push(`# ${markdown(t(lang, 'report:diff-title'))}`, '');
  out.push(`- **${markdown(t(lang, 'report:upper-plan'))}:** ${cell(describeSide(diff.upper, lang))}${diff.upper.source ? ` (${markdownCode(diff.upper.source)})` : ''}`);
  out.push(`- **${markdown(t(lang, 'report:lower-plan'))}:** ${cell(describeSide(diff.lower, lang))}${diff.lower.source ? ` (${markdownCode(diff.lower.source)})` : ''}`);
  out.push(`- **${markdown(t(lang, 'report:findings'))}:** ${countLine(counts, lang)}`, '');

  out.push(`## ${markdown(t(lang, 'report:findings'))}`, '');
  if (diff.findings.length === 0) out.push(markdown(t(lang, 'report:no-findings')), '');
  else {
    out.push(`| ${t(lang, 'report:col-severity')} | ${t(lang, 'report:col-problem')} | ${t(lang, 'report:col-actual')} | ${t(lang, 'report:col-expected')} |`, '| --- | --- | --- | --- |');
    for (const f of findingsByAttention(diff.findings)) {
      const where = place(f, lang);
      out.push(`| ${severityLabel(f.severity, lang)} | ${cell(f.message)}${where ? ` _(${markdown(where)})_` : ''} ${markdownCode(f.ruleId)} | ${cell(f.actual)} | ${cell(f.expected)} |`);
    }
    out.push('');
  }

  out.push(`| ${t(lang, 'report:col-section')} | ${t(lang, 'report:col-status')} |`, '| --- | --- |');
  for (const section of SECTIONS) out.push(`| ${sectionTitle(section, lang)} | ${cell(sectionStatus(diff, section, lang))} |`);
  out.push('');

  out.push(`## ${sectionTitle('implements', lang)}`, '', `**${d[diff.implements.status]}**: ${cell(diff.implements.message)}`, '');
  for (const key of ['theme', 'period'] as const) {
    const field = diff[key];
    out.push(`## ${sectionTitle(key, lang)}`, '', `**${d[field.status]}**`, '', `| ${t(lang, 'report:upper-plan')} | ${t(lang, 'report:lower-plan')} |`, '| --- | --- |');
    const upper = field.redline ? redline(field.redline, 'upper') : cell(field.upper);
    const lower = field.redline ? redline(field.redline, 'lower') : cell(field.lower);
    out.push(`| ${upper} | ${lower} |`, '');
  }

  const s = diff.slogans;
  out.push(`## ${sectionTitle('slogans', lang)}`, '', `| ${t(lang, 'report:col-status')} | ${t(lang, 'report:upper-plan')} | ${t(lang, 'report:lower-plan')} |`, '| --- | --- | --- |');
  for (const m of s.matched) out.push(`| ${d.matched} | ${cell(m.upper)} | ${cell(m.lower)} |`);
  for (const c of s.changed) out.push(`| ${d.changed} | ${redline(c.redline, 'upper')} | ${redline(c.redline, 'lower')} |`);
  for (const m of s.missing) out.push(`| **${d.missing}** | ${cell(m)} | — |`);
  for (const e of s.extra) out.push(`| ${d.extra} | — | ${cell(e)} |`);
  out.push('');

  out.push(`## ${sectionTitle('deadlines', lang)}`, '');
  const rows = deadlineRows(diff, lang);
  if (rows.length === 0) out.push(markdown(t(lang, 'report:no-deadline-pair')), '');
  else {
    const side = (d: Deadline) => {
      const parties = deadlineParties(d);
      return `${parties ? `${cell(parties)}: ` : ''}${cell(deadlineDue(d, lang))}`;
    };
    out.push(markdown(t(lang, 'report:deadline-caption')), '');
    out.push(`| ${t(lang, 'report:col-chain')} | ${t(lang, 'report:lower-plan')} | ${t(lang, 'report:upper-plan')} | ${t(lang, 'report:col-margin')} |`, '| --- | --- | --- | --- |');
    for (const row of rows) {
      const margin = row.severity === 'ok' ? cell(row.margin) : `**${cell(row.margin)}** (${severityLabel(row.severity, lang)})`;
      out.push(`| ${cell(row.chain)} | ${side(row.pair.lower)} | ${side(row.pair.upper)} | ${margin} |`);
    }
    out.push('');
  }

  const r = diff.responsibilities;
  out.push(`## ${sectionTitle('responsibilities', lang)}`, '', `| ${t(lang, 'report:col-function')} | ${t(lang, 'report:upper-plan')} | ${t(lang, 'report:lower-plan')} |`, '| --- | --- | --- |');
  for (const x of r.covered) out.push(`| ${cell(functionName(x.key, lang))} | ${cell(x.upper)} | ${cell(x.lower)} |`);
  for (const x of r.uncovered) out.push(`| ${cell(functionName(x.key, lang))} | ${cell(x.upper)} | **${markdown(t(lang, 'report:no-counterpart'))}** |`);
  for (const x of r.extra) out.push(`| ${cell(functionName(x.key, lang))} | — | ${cell(x.lower)} |`);
  out.push(`| ${markdown(t(lang, 'report:lead'))} (${d[r.lead.status]}) | ${cell(r.lead.upper)} | ${cell(r.lead.lower)} |`, '');
  return `${out.join('\n')}\n`;
}
