/**
 * What the two HTML reports (validate, diff) share: one stylesheet (screen and A4 print), the
 * severity badges and the "… and 21 more" fold. Self-contained pages: no script, no external URL.
 * Severity reads in words and shape as well as colour (errors red, warnings amber, notes muted),
 * so a greyscale printout and a screen reader keep it.
 */
import { t, type Lang, type Severity } from '@plan-extract/core';
import { severityLabel } from './common.js';
import { html } from './escape.js';

export const STYLE = `
:root{color-scheme:light;--error:#b3261e;--error-bg:#fdecea;--warning:#8a5300;--warning-bg:#fff4d6;--info:#5f6b76;--info-bg:#eef1f4;
--ok:#1e6b35;--ok-bg:#e5f4ea;--unreadable:#6a3d9a;--unreadable-bg:#f1eafa;--line:#d3d7dc;--text:#1b1f24;--muted:#5f6b76}
*{box-sizing:border-box}
body{font:15px/1.5 "Noto Sans","Segoe UI",Roboto,Arial,sans-serif;color:var(--text);background:#fff;margin:0}
main{max-width:1180px;margin:0 auto;padding:24px 32px 48px}
h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.25rem;margin:2rem 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .4rem}
p{margin:.3rem 0}a{color:#1d4f91}
.lead{font-size:1.1rem;margin:.5rem 0 1rem;padding:.75rem 1rem;border-radius:8px;border-left:6px solid var(--ok);background:var(--ok-bg)}
.lead.error{border-color:var(--error);background:var(--error-bg)}.lead.warning{border-color:var(--warning);background:var(--warning-bg)}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:.5rem 0 1rem}
.card{border:1px solid var(--line);border-top:5px solid var(--line);border-radius:8px;padding:.4rem .9rem;min-width:8.5rem}
.card b{display:block;font-size:1.7rem;line-height:1.2}
.card.error,.card.invalid{border-top-color:var(--error)}.card.error b,.card.invalid b{color:var(--error)}
.card.warning{border-top-color:var(--warning)}.card.warning b{color:var(--warning)}
.card.unreadable{border-top-color:var(--unreadable)}.card.unreadable b{color:var(--unreadable)}
.card.valid{border-top-color:var(--ok)}.card.valid b{color:var(--ok)}.card.info b{color:var(--muted)}
.badge{display:inline-block;font-size:.78rem;font-weight:700;border-radius:4px;padding:0 .45rem;border:1px solid currentColor;white-space:nowrap;vertical-align:.1em}
.badge.error,.badge.invalid{color:var(--error);background:var(--error-bg)}.badge.warning{color:var(--warning);background:var(--warning-bg)}
.badge.info{color:var(--muted);background:var(--info-bg);font-weight:600}.badge.valid,.badge.ok{color:var(--ok);background:var(--ok-bg)}
.badge.unreadable{color:var(--unreadable);background:var(--unreadable-bg)}
.badge.error::before,.badge.invalid::before{content:"✖ "}.badge.warning::before{content:"▲ "}.badge.info::before{content:"ℹ "}.badge.valid::before,.badge.ok::before{content:"✔ "}.badge.unreadable::before{content:"⊘ "}
.group{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;padding:.7rem 1rem;margin:0 0 .9rem;break-inside:avoid-page}
.group.error,.group.invalid{border-left-color:var(--error)}.group.warning{border-left-color:var(--warning)}.group.unreadable{border-left-color:var(--unreadable)}
.group.info,.group.valid{border-left-color:var(--line)}
.group.info h3,.group.info li,.group.info td{color:var(--muted)}
.meta{color:var(--muted);font-size:.85rem}.note{font-style:italic;font-size:.9rem}.rule-id{color:var(--muted);font-size:.8rem;font-family:ui-monospace,Menlo,Consolas,monospace}
ul.examples{margin:.3rem 0 0;padding-left:1.2rem}ul.examples li{margin:.15rem 0}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.4rem 0 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f3f5f7;font-size:.85rem}
tr.info td{color:var(--muted)}
q{quotes:"“" "”"}
.quote{font-style:normal}.expected{color:var(--ok)}.actual{color:var(--error)}tr.warning .actual{color:var(--warning)}tr.info .actual{color:var(--muted)}
details.more{margin:.3rem 0 0}details.more>summary{cursor:pointer;color:#1d4f91;font-weight:600;padding:.2rem 0}
details.more>summary::marker{color:var(--muted)}
.valid-list{columns:2 22rem;padding-left:1.2rem}.none{color:var(--muted)}
@page{size:A4;margin:14mm 12mm}
@media print{
html{font-size:9pt}body{font-size:10pt}main{max-width:none;padding:0}
.rule-id{overflow-wrap:normal}
a{color:inherit;text-decoration:none}
h2{break-after:avoid-page}h3,.meta{break-after:avoid-page}tr,li{break-inside:avoid-page}thead{display:table-header-group}
.group{break-inside:auto}.cards{gap:6px}.card{min-width:5.5rem;padding:.15rem .6rem}.card b{font-size:1.25rem}
details.more>summary{display:none}details.more::details-content{content-visibility:visible;display:contents}
.card,.group,.lead,.badge{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;

/** A severity (or a file status) as a badge with its word. */
export function badge(kind: Severity | 'valid' | 'invalid' | 'unreadable' | 'ok', label: string): string {
  return `<span class="badge ${kind}">${html(label)}</span>`;
}

export function severityBadge(severity: Severity, lang: Lang): string {
  return badge(severity, severityLabel(severity, lang));
}

/**
 * The first `shown` items, then the rest folded under "… and N more" (a details element: it
 * opens without a script, and prints open). `wrap` puts a list of rendered items in its container.
 */
export function fold(items: readonly string[], shown: number, wrap: (items: string) => string, lang: Lang): string {
  if (items.length <= shown) return items.length > 0 ? wrap(items.join('\n')) : '';
  const rest = items.length - shown;
  return `${wrap(items.slice(0, shown).join('\n'))}
<details class="more"><summary>${html(t(lang, 'report:and-more', { count: rest }))}</summary>
${wrap(items.slice(shown).join('\n'))}
</details>`;
}

/** The page around a report's body. */
export function page(title: string, body: string, lang: Lang, extraStyle = ''): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)}</title>
<style>${STYLE}${extraStyle}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** "12 lỗi" etc., for a card. */
export function card(kind: string, value: number, label: string): string {
  return `<div class="card ${kind}"><b>${value}</b>${html(label)}</div>`;
}

