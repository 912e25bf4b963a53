/**
 * `diff --format html`: one self-contained page (inline CSS, no scripts, no external URLs):
 * a summary, then each section side by side (upper | lower) with the differences marked.
 * Differences are marked by words and symbols as well as colour, so the report reads in
 * greyscale print and to a screen reader; every text from the plans is escaped.
 */
import { displayDate, type DiffFinding, type FieldDiff, type PlanDiff, type RedlinePart } from '@plan-extract/core';
import { describeCounts, describeSide, sectionTallies, severityCounts } from './diff-common.js';
import { escapeXml } from './escape.js';

const e = (text: string | null): string => (text === null || text === '' ? '<span class="none">—</span>' : escapeXml(text));

const STATUS_CLASS: Record<string, string> = {
  match: 'ok', matched: 'ok', covered: 'ok',
  changed: 'warn', mismatch: 'bad', missing: 'bad', uncovered: 'bad', conflict: 'bad',
  extra: 'note', 'not-applicable': 'muted', 'no conflict': 'ok',
};

function badge(status: string): string {
  return `<span class="badge ${STATUS_CLASS[status] ?? 'muted'}">${escapeXml(status)}</span>`;
}

function redline(parts: RedlinePart[], side: 'upper' | 'lower'): string {
  return parts
    .map((p) => {
      if (p.op === 'equal') return escapeXml(p.text);
      if (side === 'upper' && p.op === 'delete') return `<del>${escapeXml(p.text)}</del>`;
      if (side === 'lower' && p.op === 'insert') return `<ins>${escapeXml(p.text)}</ins>`;
      return '';
    })
    .join('');
}

/** A table; `widths` (CSS lengths, '' for auto) keep narrow status columns narrow in a fixed layout. */
function table(caption: string, head: string[], rows: string[][], widths: string[] = [], empty = 'Nothing to compare.'): string {
  const cols = widths.length > 0 ? `<colgroup>${head.map((_, i) => `<col${widths[i] ? ` style="width:${widths[i]}"` : ''}>`).join('')}</colgroup>` : '';
  const th = head.map((h) => `<th scope="col">${h}</th>`).join('');
  const body = rows.length === 0
    ? `<tr><td colspan="${head.length}" class="none">${empty}</td></tr>`
    : rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table><caption>${caption}</caption>${cols}<thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function field(id: string, title: string, f: FieldDiff): string {
  const changed = f.status === 'changed';
  const upper = f.redline ? redline(f.redline, 'upper') : changed ? `<del>${e(f.upper)}</del>` : e(f.upper);
  const lower = f.redline ? redline(f.redline, 'lower') : changed || f.status === 'missing' ? `<ins>${e(f.lower)}</ins>` : e(f.lower);
  return `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title} ${badge(f.status)}</h2>
${table(`${title}: upper and lower plan`, ['Upper plan', 'Lower plan'], [[upper, lower]])}</section>`;
}

function findingRow(f: DiffFinding): string[] {
  return [`<span class="sev ${f.severity}">${f.severity}</span>`, `<code>${escapeXml(f.ruleId)}</code>`, escapeXml(f.field), escapeXml(f.message)];
}

const CSS = `
:root{color-scheme:light;--ok:#1a6b35;--ok-bg:#e3f4e8;--bad:#a4161a;--bad-bg:#fde5e5;--warn:#7a4d00;--warn-bg:#fff1cc;--note:#1d4f91;--note-bg:#e3edfb;--muted:#555;--line:#c9ccd1}
*{box-sizing:border-box}
body{font:15px/1.5 "Noto Sans","Segoe UI",Arial,sans-serif;color:#1b1f24;background:#fff;margin:0;padding:24px 32px;max-width:1200px}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.2rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
dl.sides{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:0 0 1rem}dl.sides dt{font-weight:600}dl.sides dd{margin:0}
.summary{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
.count{border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem;min-width:8rem}
.count strong{display:block;font-size:1.6rem}
.count.error{border-left:6px solid var(--bad)}.count.warning{border-left:6px solid var(--warn)}.count.info{border-left:6px solid var(--note)}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;table-layout:fixed}
caption{text-align:left;font-size:.85rem;color:var(--muted);padding-bottom:.25rem}
th,td{border:1px solid var(--line);padding:.4rem .6rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}
thead th{background:#f1f3f5}
.badge{display:inline-block;font-size:.8rem;font-weight:600;border-radius:999px;padding:0 .6rem;border:1px solid currentColor;vertical-align:middle}
.badge.ok{color:var(--ok);background:var(--ok-bg)}.badge.bad{color:var(--bad);background:var(--bad-bg)}
.badge.warn{color:var(--warn);background:var(--warn-bg)}.badge.note{color:var(--note);background:var(--note-bg)}.badge.muted{color:var(--muted)}
del{background:var(--bad-bg);color:var(--bad);text-decoration:line-through}
ins{background:var(--ok-bg);color:var(--ok);text-decoration:underline;font-weight:600}
.none{color:var(--muted)}
.sev{font-weight:700;text-transform:uppercase;font-size:.8rem}.sev.error{color:var(--bad)}.sev.warning{color:var(--warn)}.sev.info{color:var(--note)}
.legend{font-size:.85rem;color:var(--muted)}
@page{margin:14mm}
@media print{body{padding:0;max-width:none;font-size:10.5pt}h2{break-after:avoid-page}tr,.count{break-inside:avoid-page}caption{break-after:avoid-page}thead{display:table-header-group}a{color:inherit;text-decoration:none}}
`;

export function formatDiffHtml(diff: PlanDiff): string {
  const counts = severityCounts(diff);
  const s = diff.slogans;
  const r = diff.responsibilities;
  const sloganRows: string[][] = [
    ...s.matched.map((m) => [badge('matched'), e(m.upper), e(m.lower)]),
    ...s.changed.map((c) => [`${badge('changed')}<br><small>similarity ${c.similarity.toFixed(2)}</small>`, redline(c.redline, 'upper'), redline(c.redline, 'lower')]),
    ...s.missing.map((m) => [badge('missing'), `<del>${e(m)}</del>`, '<span class="none">— (not in the lower plan)</span>']),
    ...s.extra.map((x) => [badge('extra'), '<span class="none">— (not in the upper plan)</span>', `<ins>${e(x)}</ins>`]),
  ];
  const deadlineRows = diff.deadlines.conflicts.map((c) => [
    `${e(c.upper.text)}<br><small>due ${escapeXml(displayDate(c.upper.date ?? c.upper.end))}</small>`,
    `<ins>${e(c.lower.text)}</ins><br><small>due ${escapeXml(displayDate(c.lower.date ?? c.lower.end))}</small>`,
    escapeXml(c.message),
  ]);
  const respRows: string[][] = [
    ...r.covered.map((x) => [`${badge('covered')} <code>${escapeXml(x.key)}</code>`, e(x.upper), e(x.lower)]),
    ...r.uncovered.map((x) => [`${badge('uncovered')} <code>${escapeXml(x.key)}</code>`, `<del>${e(x.upper)}</del>`, '<span class="none">— (no counterpart)</span>']),
    ...r.extra.map((x) => [`${badge('extra')} <code>${escapeXml(x.key)}</code>`, '<span class="none">—</span>', `<ins>${e(x.lower)}</ins>`]),
    [`${badge(r.lead.status)} lead`, `${e(r.lead.upper)}${r.lead.upperKey ? ` <code>${escapeXml(r.lead.upperKey)}</code>` : ''}`, `${e(r.lead.lower)}${r.lead.lowerKey ? ` <code>${escapeXml(r.lead.lowerKey)}</code>` : ''}`],
  ];
  const tallies = sectionTallies(diff).map((t) => [
    `<a href="#${t.section.toLowerCase()}">${t.section}</a>`,
    t.status in STATUS_CLASS ? badge(t.status) : escapeXml(t.status),
  ]);
  const title = `Plan diff: ${describeSide(diff.lower)} against ${describeSide(diff.upper)}`;

  return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header>
<h1>Does the lower plan carry out the upper plan?</h1>
<dl class="sides">
<dt>Upper plan</dt><dd>${escapeXml(describeSide(diff.upper))}${diff.upper.source ? ` <small class="none">(${escapeXml(diff.upper.source)})</small>` : ''}</dd>
<dt>Lower plan</dt><dd>${escapeXml(describeSide(diff.lower))}${diff.lower.source ? ` <small class="none">(${escapeXml(diff.lower.source)})</small>` : ''}</dd>
</dl>
</header>
<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary: ${escapeXml(describeCounts(counts))}</h2>
<div class="summary" role="list">
<div class="count error" role="listitem"><strong>${counts.error}</strong>errors</div>
<div class="count warning" role="listitem"><strong>${counts.warning}</strong>warnings</div>
<div class="count info" role="listitem"><strong>${counts.info}</strong>notes</div>
</div>
${table('Status by section', ['Section', 'Status'], tallies, ['12rem'])}
<p class="legend">In the tables, <del>struck-through text</del> is in the upper plan only and <ins>underlined text</ins> in the lower plan only.</p>
</section>
<section id="implements" aria-labelledby="implements-h"><h2 id="implements-h">Implements ${badge(diff.implements.status)}</h2>
${table('Citation of the upper plan', ['Upper plan', 'Lower plan cites'], [[escapeXml(describeSide(diff.upper)), e(diff.implements.cited ?? null)]])}
<p>${escapeXml(diff.implements.message)}</p></section>
${field('theme', 'Theme', diff.theme)}
${field('period', 'Period', diff.period)}
<section id="slogans" aria-labelledby="slogans-h"><h2 id="slogans-h">Slogans</h2>
${table(`${s.matched.length} matched, ${s.changed.length} changed, ${s.missing.length} missing, ${s.extra.length} extra`, ['Status', 'Upper plan', 'Lower plan'], sloganRows, ['9rem'])}</section>
<section id="deadlines" aria-labelledby="deadlines-h"><h2 id="deadlines-h">Deadlines ${badge(diff.deadlines.conflicts.length === 0 ? 'no conflict' : 'conflict')}</h2>
${table('Deadlines the lower plan cannot meet', ['Upper plan', 'Lower plan', 'Conflict'], deadlineRows, [], 'No deadline of the lower plan falls after the upper plan’s deadline for the same plan or report.')}</section>
<section id="responsibilities" aria-labelledby="responsibilities-h"><h2 id="responsibilities-h">Responsibilities</h2>
${table(`${r.covered.length} covered, ${r.uncovered.length} uncovered, ${r.extra.length} extra; functions paired by key`, ['Function', 'Upper plan', 'Lower plan'], respRows, ['14rem'])}</section>
<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>
${table(escapeXml(describeCounts(counts)), ['Severity', 'Rule', 'Field', 'Message'], diff.findings.map(findingRow), ['6.5rem', '16rem', '8rem'])}</section>
</main>
</body>
</html>
`;
}
