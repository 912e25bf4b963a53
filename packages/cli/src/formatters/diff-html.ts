/**
 * `diff --format html`: one self-contained page (inline CSS, no scripts, no external URLs). It
 * leads with the verdict and what to fix, errors first in red, warnings amber, notes muted; each
 * finding quotes the lower plan's words next to what the upper plan asks. Then each section side
 * by side (upper | lower), its badge coloured by the worst finding it holds. Differences are marked
 * by words and symbols as well as colour, so the page reads in greyscale print (A4) and to a
 * screen reader; every text from the plans is escaped.
 */
import { t, terms, type Deadline, type DiffFinding, type FieldDiff, type Lang, type PlanDiff, type RedlinePart, type Severity } from '@plan-extract/core';
import { findingsByAttention, place, severityCounts as countLine } from './common.js';
import { deadlineDue, deadlineParties, deadlineRows, describeSide, functionName, SECTIONS, sectionSeverity, sectionStatus, sectionTitle, severityCounts, type SectionKey } from './diff-common.js';
import { html } from './escape.js';
import { badge, card, fold, page, severityBadge } from './html-common.js';

const FINDINGS_SHOWN = 12;

const DIFF_STYLE = `
del{background:var(--error-bg);color:var(--error);text-decoration:line-through}
ins{background:#e3edfb;color:#1d4f91;text-decoration:underline;text-underline-offset:2px}
.conflict{color:var(--error);font-weight:600}.conflict::before{content:"⚠ "}
dl.sides{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0}dl.sides dt{font-weight:600}dl.sides dd{margin:0}
.legend{font-size:.85rem;color:var(--muted)}
section.side{margin:0 0 1.2rem}
#deadlines td:last-child .badge{white-space:normal}
`;

/** A section's badge: its status in words, coloured by the worst finding the section holds. */
function sectionBadge(diff: PlanDiff, section: SectionKey, lang: Lang, label = sectionStatus(diff, section, lang)): string {
  const severity = sectionSeverity(diff, section);
  return badge(severity, label);
}

function redline(parts: RedlinePart[], side: 'upper' | 'lower'): string {
  return parts
    .map((p) => {
      if (p.op === 'equal') return html(p.text);
      if (side === 'upper' && p.op === 'delete') return `<del>${html(p.text)}</del>`;
      if (side === 'lower' && p.op === 'insert') return `<ins>${html(p.text)}</ins>`;
      return '';
    })
    .join('');
}

/** A table; `widths` (CSS lengths, '' for auto) keep narrow columns narrow in a fixed layout. */
function table(caption: string | null, head: string[], rows: string[][], widths: string[] = [], empty: string): string {
  const cols = widths.length > 0 ? `<colgroup>${head.map((_, i) => `<col${widths[i] ? ` style="width:${widths[i]}"` : ''}>`).join('')}</colgroup>` : '';
  const th = head.map((h) => `<th scope="col">${html(h)}</th>`).join('');
  const body = rows.length === 0 ? `<tr><td colspan="${head.length}" class="none">${html(empty)}</td></tr>` : rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  const title = caption === null ? '' : `<caption class="meta" style="text-align:left">${html(caption)}</caption>`;
  return `<table>${title}${cols}<thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** The words a reworded theme or slogan differs by, marked in both quotes, when the diff has its redline. */
function redlineOf(f: DiffFinding, diff: PlanDiff): RedlinePart[] | null {
  if (f.ruleId === 'diff/theme-changed') return diff.theme.redline ?? null;
  if (f.ruleId === 'diff/slogan-changed') return diff.slogans.changed.find((c) => c.lower === f.actual && c.upper === f.expected)?.redline ?? null;
  return null;
}

function findingRow(f: DiffFinding, diff: PlanDiff, lang: Lang): string {
  const where = place(f, lang);
  const marked = redlineOf(f, diff);
  const quote = (text: string | undefined, kind: 'actual' | 'expected', side: 'upper' | 'lower') =>
    !text ? '<span class="none">—</span>' : `<q class="quote ${kind}">${marked ? redline(marked, side) : html(text)}</q>`;
  const actual = quote(f.actual, 'actual', 'lower');
  const expected = quote(f.expected, 'expected', 'upper');
  return `<tr class="${f.severity}"><td>${severityBadge(f.severity, lang)}</td><td><a href="#${f.field}">${html(sectionTitle(f.field as SectionKey, lang) ?? f.field)}</a>${where ? `<div class="meta">${html(where)}</div>` : ''}</td><td>${html(f.message)}<div class="rule-id">${html(f.ruleId)}</div></td><td>${actual}</td><td>${expected}</td></tr>`;
}

export function formatDiffHtml(diff: PlanDiff, options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'vi';
  const d = terms(lang).diff;
  const e = (text: string | null | undefined) => (text === null || text === undefined || text === '' ? '<span class="none">—</span>' : html(text));
  const counts = severityCounts(diff);
  const worst: Severity | 'ok' = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'ok';
  const upper = t(lang, 'report:upper-plan');
  const lower = t(lang, 'report:lower-plan');

  const head = [t(lang, 'report:col-severity'), t(lang, 'report:col-section'), t(lang, 'report:col-problem'), t(lang, 'report:col-lower-says'), t(lang, 'report:col-upper-asks')]
    .map((h) => `<th scope="col">${html(h)}</th>`)
    .join('');
  const findingsTable = (rows: string) =>
    `<table><colgroup><col style="width:7.5rem"><col style="width:9rem"><col><col style="width:22%"><col style="width:22%"></colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  const findings = diff.findings.length === 0
    ? `<p class="none">${html(t(lang, 'report:no-findings'))}</p>`
    : fold(findingsByAttention(diff.findings).map((f) => findingRow(f, diff, lang)), FINDINGS_SHOWN, findingsTable, lang);

  const field = (key: 'theme' | 'period', f: FieldDiff) => {
    const changed = f.status === 'changed';
    const u = f.redline ? redline(f.redline, 'upper') : changed ? `<del>${e(f.upper)}</del>` : e(f.upper);
    const l = f.redline ? redline(f.redline, 'lower') : changed ? `<ins>${e(f.lower)}</ins>` : e(f.lower);
    return `<section class="side" id="${key}" aria-labelledby="${key}-h"><h2 id="${key}-h">${html(sectionTitle(key, lang))} ${sectionBadge(diff, key, lang)}</h2>
${table(null, [upper, lower], [[u, l]], [], '')}</section>`;
  };

  const s = diff.slogans;
  const sloganRows: string[][] = [
    ...s.missing.map((m) => [badge('warning', d.missing), `<del>${e(m)}</del>`, `<span class="none">${html(t(lang, 'report:not-in-lower'))}</span>`]),
    ...s.changed.map((c) => [`${badge('info', d.changed)}<div class="meta">${html(t(lang, 'report:similarity', { similarity: c.similarity }))}</div>`, redline(c.redline, 'upper'), redline(c.redline, 'lower')]),
    ...s.extra.map((x) => [badge('info', d.extra), `<span class="none">${html(t(lang, 'report:not-in-upper'))}</span>`, `<ins>${e(x)}</ins>`]),
    ...s.matched.map((m) => [badge('ok', d.matched), e(m.upper), e(m.lower)]),
  ];
  // Every pair checked, not only the conflicts: the time each leaves is what an officer plans by.
  const deadlineSide = (d: Deadline, conflict: boolean) => {
    const parties = deadlineParties(d);
    const due = conflict ? `<span class="conflict">${e(deadlineDue(d, lang))}</span>` : e(deadlineDue(d, lang));
    return `${due}${parties ? `<div class="meta">${html(parties)}</div>` : ''}`;
  };
  const deadlineTable = deadlineRows(diff, lang).map((row) => [
    html(row.chain),
    deadlineSide(row.pair.lower, row.severity === 'error'),
    deadlineSide(row.pair.upper, false),
    // A long margin ("trùng hạn, không còn thời gian tổng hợp") wraps inside its badge (DIFF_STYLE).
    badge(row.severity, row.margin),
  ]);
  const r = diff.responsibilities;
  const respRows: string[][] = [
    ...r.uncovered.map((x) => [`${badge('warning', d.uncovered)} ${html(functionName(x.key, lang))}`, e(x.upper), `<span class="none">${html(t(lang, 'report:no-counterpart'))}</span>`]),
    ...r.extra.map((x) => [`${badge('info', d.extra)} ${html(functionName(x.key, lang))}`, '<span class="none">—</span>', e(x.lower)]),
    ...r.covered.map((x) => [`${badge('ok', d.covered)} ${html(functionName(x.key, lang))}`, e(x.upper), e(x.lower)]),
    [
      `${badge(r.lead.status === 'match' ? 'ok' : 'info', d[r.lead.status])} ${html(t(lang, 'report:lead'))}`,
      `${e(r.lead.upper)}${r.lead.upperKey ? ` <span class="meta">(${html(functionName(r.lead.upperKey, lang))})</span>` : ''}`,
      `${e(r.lead.lower)}${r.lead.lowerKey ? ` <span class="meta">(${html(functionName(r.lead.lowerKey, lang))})</span>` : ''}`,
    ],
  ];
  const overview = SECTIONS.map((key) => [`<a href="#${key}">${html(sectionTitle(key, lang))}</a>`, sectionBadge(diff, key, lang)]);
  const title = t(lang, 'report:diff-title');
  const tally = { errors: counts.error, warnings: counts.warning };
  const lead = counts.error > 0 ? t(lang, 'report:diff-lead-errors', tally) : counts.warning > 0 ? t(lang, 'report:diff-lead-warnings', tally) : t(lang, 'report:diff-lead-ok');

  const body = `<header>
<h1>${html(title)}</h1>
<dl class="sides">
<dt>${html(upper)}</dt><dd>${html(describeSide(diff.upper, lang))}${diff.upper.source ? ` <span class="meta">(${html(diff.upper.source)})</span>` : ''}</dd>
<dt>${html(lower)}</dt><dd>${html(describeSide(diff.lower, lang))}${diff.lower.source ? ` <span class="meta">(${html(diff.lower.source)})</span>` : ''}</dd>
</dl>
<p class="lead ${worst === 'ok' ? '' : worst}">${html(lead)}</p>
<div class="cards" role="list">${card('error', counts.error, t(lang, 'report:errors-label'))}${card('warning', counts.warning, t(lang, 'report:warnings-label'))}${card('info', counts.info, t(lang, 'report:infos-label'))}</div>
</header>
<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">${html(t(lang, 'report:to-fix'))} <span class="meta">(${html(countLine(counts, lang))})</span></h2>
${findings}
</section>
<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${html(t(lang, 'report:by-section'))}</h2>
${table(null, [t(lang, 'report:col-section'), t(lang, 'report:col-status')], overview, ['14rem'], '')}
<p class="legend">${t(lang, 'report:legend-html')}</p>
</section>
<section class="side" id="implements" aria-labelledby="implements-h"><h2 id="implements-h">${html(sectionTitle('implements', lang))} ${sectionBadge(diff, 'implements', lang)}</h2>
${table(t(lang, 'report:citation'), [upper, t(lang, 'report:lower-cites')], [[html(describeSide(diff.upper, lang)), e(diff.implements.cited ?? null)]], [], '')}
<p>${html(diff.implements.message)}</p></section>
${field('theme', diff.theme)}
${field('period', diff.period)}
<section class="side" id="slogans" aria-labelledby="slogans-h"><h2 id="slogans-h">${html(sectionTitle('slogans', lang))} ${sectionBadge(diff, 'slogans', lang)}</h2>
${table(null, [t(lang, 'report:col-status'), upper, lower], sloganRows, ['9rem'], t(lang, 'report:nothing-to-compare'))}</section>
<section class="side" id="deadlines" aria-labelledby="deadlines-h"><h2 id="deadlines-h">${html(sectionTitle('deadlines', lang))} ${sectionBadge(diff, 'deadlines', lang)}</h2>
${table(t(lang, 'report:deadline-caption'), [t(lang, 'report:col-chain'), lower, upper, t(lang, 'report:col-margin')], deadlineTable, ['9rem', '', '', '12rem'], t(lang, 'report:no-deadline-pair'))}</section>
<section class="side" id="responsibilities" aria-labelledby="responsibilities-h"><h2 id="responsibilities-h">${html(sectionTitle('responsibilities', lang))} ${sectionBadge(diff, 'responsibilities', lang)}</h2>
${table(t(lang, 'report:responsibility-caption'), [t(lang, 'report:col-function'), upper, lower], respRows, ['15rem'], t(lang, 'report:nothing-to-compare'))}</section>`;
  return page(`${title}: ${describeSide(diff.lower, lang)}`, body, lang, DIFF_STYLE);
}
