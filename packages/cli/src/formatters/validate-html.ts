import { createHash } from 'node:crypto';
import { RULES, type FileReport, type Finding, type ValidationReport } from '@plan-extract/core';
import { escapeXml as esc } from './escape.js';

const EXAMPLES_PER_RULE = 3;

/**
 * A self-contained report for people: counts first, then findings grouped by rule (so one sees
 * that 40 plans share a problem, with a few examples each), then every file with its findings.
 */
export function formatHtml(report: ValidationReport): string {
  const s = report.summary;
  const description = new Map(RULES.map((r) => [r.id, r.description]));
  const byRule = new Map<string, Array<{ file: FileReport; finding: Finding }>>();
  for (const file of report.files) {
    for (const finding of file.findings) {
      const list = byRule.get(finding.ruleId) ?? [];
      list.push({ file, finding });
      byRule.set(finding.ruleId, list);
    }
  }
  const rules = [...byRule.entries()].sort(
    (a, b) => severityRank(a[1][0]?.finding) - severityRank(b[1][0]?.finding) || b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const fileCount = (list: Array<{ file: FileReport }>) => new Set(list.map((x) => x.file.path)).size;

  const ruleSections = rules
    .map(([id, list]) => {
      const sev = list[0]?.finding.severity ?? 'info';
      const examples = list
        .slice(0, EXAMPLES_PER_RULE)
        .map(({ file, finding }) => `<li><a href="#${anchor(file.path)}">${esc(file.path)}</a>${where(finding)}: ${esc(finding.message)}</li>`)
        .join('');
      const more = list.length > EXAMPLES_PER_RULE ? `<li class="more">… and ${list.length - EXAMPLES_PER_RULE} more</li>` : '';
      return `<section class="rule ${sev}"><h3><span class="badge ${sev}">${sev}</span> <code>${esc(id)}</code> — ${list.length} finding${list.length === 1 ? '' : 's'} in ${fileCount(list)} file${fileCount(list) === 1 ? '' : 's'}</h3>
<p class="desc">${esc(description.get(id) ?? '')}</p><ul>${examples}${more}</ul></section>`;
    })
    .join('\n');

  const fileSections = report.files
    .map((file) => {
      const rows = file.findings
        .map((f) => `<tr class="${f.severity}"><td><span class="badge ${f.severity}">${f.severity}</span></td><td>${where(f).replace(/^ /, '')}</td><td>${esc(f.message)}</td><td><code>${esc(f.ruleId)}</code></td><td>${esc(f.field)}</td></tr>`)
        .join('');
      const table = rows
        ? `<table><thead><tr><th>Severity</th><th>Where</th><th>Message</th><th>Rule</th><th>Field</th></tr></thead><tbody>${rows}</tbody></table>`
        : '<p class="ok">No findings.</p>';
      return `<section class="file" id="${anchor(file.path)}"><h3><span class="status ${file.status}">${file.status}</span> ${esc(file.path)}${file.kind ? ` <small>(${esc(file.kind)})</small>` : ''}</h3>${table}</section>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>plan-extract — validation report (${s.files} files)</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1f2328;background:#fff}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:1.5rem;margin:0 0 12px}h2{font-size:1.2rem;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}h3{font-size:1rem;margin:14px 0 6px}
.cards{display:flex;flex-wrap:wrap;gap:12px}.card{border:1px solid #d0d7de;border-radius:8px;padding:10px 14px;min-width:110px}
.card b{display:block;font-size:1.6rem}.card.invalid b,.card.errors b{color:#cf222e}.card.warnings b{color:#9a6700}.card.valid b{color:#1a7f37}.card.unreadable b{color:#8250df}
.badge,.status{display:inline-block;border-radius:10px;padding:0 8px;font-size:.8rem;font-weight:600;color:#fff}
.badge.error,.status.invalid{background:#cf222e}.badge.warning{background:#9a6700}.badge.info{background:#0969da}.status.valid{background:#1a7f37}.status.unreadable{background:#8250df}
.rule{border-left:4px solid #d0d7de;padding-left:12px}.rule.error{border-color:#cf222e}.rule.warning{border-color:#d4a72c}.rule.info{border-color:#0969da}
.desc{color:#57606a;margin:0 0 4px}.more{color:#57606a;list-style:none}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #eaeef2;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f6f8fa}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.85em}.ok{color:#1a7f37}small{color:#57606a}
@media print{.file{break-inside:avoid}a{color:inherit;text-decoration:none}}
</style></head>
<body><main>
<h1>Validation report</h1>
<div class="cards">
<div class="card"><b>${s.files}</b>files</div><div class="card valid"><b>${s.valid}</b>valid</div><div class="card invalid"><b>${s.invalid}</b>invalid</div>
<div class="card unreadable"><b>${s.unreadable}</b>unreadable</div><div class="card errors"><b>${s.errors}</b>errors</div><div class="card warnings"><b>${s.warnings}</b>warnings</div>
</div>
<h2>By rule</h2>
${ruleSections || '<p class="ok">No findings in any file.</p>'}
<h2>By file</h2>
${fileSections}
</main></body></html>
`;
}

const severityRank = (f: Finding | undefined) => (f?.severity === 'error' ? 0 : f?.severity === 'warning' ? 1 : 2);
const anchor = (path: string) => `f-${createHash('sha1').update(path).digest('hex').slice(0, 16)}`;
const where = (f: Finding) => (f.line !== undefined ? ` <small>line ${f.line}${f.span?.page ? `, page ${f.span.page}` : ''}</small>` : '');
