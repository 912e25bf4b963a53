import { createHash } from 'node:crypto';
import { count, isRuleId, t, terms, type FileReport, type Finding, type Severity, type ValidationReport } from '@plan-extract/core';
import { filesByAttention, findingsByAttention, place, severityRank, statusLabel, type FormatOptions } from './common.js';
import { html } from './escape.js';
import { badge, card, fold, page, severityBadge } from './html-common.js';

/** Examples shown under a rule, and findings shown for a file, before the rest is folded. */
const EXAMPLES_PER_RULE = 3;
const FINDINGS_PER_FILE = 10;

/**
 * A self-contained report for the officers who act on it. It leads with what is wrong (how many
 * plans fail, how many errors), then the problems shared across plans (errors first, a few
 * examples each, the rest folded), then every file: those that fail first, errors first within
 * each, every finding with where it is, the plan's own words and what was expected. Valid files
 * close the report. Prints on A4 with every fold open.
 */
export function formatHtml(report: ValidationReport, { lang }: FormatOptions): string {
  const s = report.summary;
  const words = terms(lang);
  const worst: Severity | 'ok' = s.errors > 0 ? 'error' : s.warnings > 0 ? 'warning' : 'ok';
  const lead = `<p class="lead ${worst === 'ok' ? '' : worst}">${html(t(lang, 'report:validate-lead', { files: s.files, invalid: s.invalid, unreadable: s.unreadable, errors: s.errors, warnings: s.warnings }))}</p>`;
  const cards = `<div class="cards" role="list">
${card('invalid', s.invalid, words.status.invalid)}${card('unreadable', s.unreadable, words.status.unreadable)}${card('valid', s.valid, words.status.valid)}
${card('error', s.errors, t(lang, 'report:errors-label'))}${card('warning', s.warnings, t(lang, 'report:warnings-label'))}${card('info', s.infos, t(lang, 'report:infos-label'))}
</div>`;

  // Problems shared across plans: errors first, then by how many findings.
  const byRule = new Map<string, Array<{ file: FileReport; finding: Finding }>>();
  for (const file of report.files) {
    for (const finding of file.findings) {
      const list = byRule.get(finding.ruleId) ?? [];
      list.push({ file, finding });
      byRule.set(finding.ruleId, list);
    }
  }
  const rules = [...byRule.entries()].sort(
    (a, b) => severityRank(worstOf(a[1])) - severityRank(worstOf(b[1])) || b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  const ruleSections = rules.map(([id, list]) => {
    const severity = worstOf(list);
    const files = new Set(list.map((x) => x.file.path)).size;
    // The problem in the findings' own words when they share them ("Không có phần ký"); else the
    // rule, read as the requirement those plans do not meet ("Yêu cầu: …").
    const messages = new Set(list.map((x) => x.finding.message));
    const title =
      id === 'document/unreadable'
        ? t(lang, 'report:unreadable-files')
        : messages.size === 1
          ? (list[0]?.finding.message ?? id)
          : t(lang, 'report:requirement', { rule: isRuleId(id) ? words.rule[id] : id });
    const examples = list.map(({ file, finding }) => {
      const where = place(finding, lang);
      return `<li><a href="#${anchor(file.path)}">${html(file.path)}</a>${where ? ` <span class="meta">(${html(where)})</span>` : ''}: ${html(finding.message)}</li>`;
    });
    return `<section class="group ${severity}" aria-label="${html(title)}">
<h3>${severityBadge(severity, lang)} ${html(title)}</h3>
<p class="meta">${html(t(lang, 'report:rule-tally', { findings: list.length, files }))} · <span class="rule-id">${html(id)}</span></p>
${fold(examples, EXAMPLES_PER_RULE, (items) => `<ul class="examples">${items}</ul>`, lang)}
</section>`;
  });

  const ordered = filesByAttention(report.files);
  const needing = ordered.filter((f) => f.findings.length > 0);
  const clean = ordered.filter((f) => f.findings.length === 0);
  const fileSections = needing.map((file) => fileSection(file, lang));
  const cleanList = clean.length > 0
    ? `<section class="group valid" aria-label="${html(words.status.valid)}"><h3>${badge('valid', statusLabel('valid', lang))} ${html(t(lang, 'report:clean-files', { count: clean.length }))}</h3>
${fold(clean.map((f) => `<li id="${anchor(f.path)}">${html(f.path)}${f.kind ? ` <span class="meta">· ${html(words.kind[f.kind])}</span>` : ''}</li>`), 40, (items) => `<ul class="valid-list">${items}</ul>`, lang)}</section>`
    : '';

  const body = `<header>
<h1>${html(t(lang, 'report:validate-title'))}</h1>
${lead}
${cards}
</header>
<section aria-labelledby="by-rule"><h2 id="by-rule">${html(t(lang, 'report:by-rule'))}</h2>
${ruleSections.join('\n') || `<p class="none">${html(t(lang, 'report:no-findings'))}</p>`}
</section>
<section aria-labelledby="by-file"><h2 id="by-file">${html(t(lang, 'report:by-file'))}</h2>
${fileSections.join('\n')}
${cleanList}
</section>`;
  return page(`${t(lang, 'report:validate-title')} (${count(s.files, lang, 'tệp', 'file')})`, body, lang);
}

/** One file: its status, tallies, and its findings, errors first, with the plan's words beside what was expected. */
function fileSection(file: FileReport, lang: FormatOptions['lang']): string {
  const findings = findingsByAttention(file.findings);
  const tally = (['error', 'warning', 'info'] as const)
    .map((sev) => [sev, findings.filter((f) => f.severity === sev).length] as const)
    .filter(([, n]) => n > 0)
    .map(([sev, n]) => count(n, lang, terms(lang).severity[sev], sev === 'info' ? 'note' : sev))
    .join(' · ');
  // The plan's words and what was expected, side by side, when any finding of the file quotes them.
  const quotes = findings.some((f) => f.actual || f.expected);
  const rows = findings.map((f) => {
    const where = place(f, lang);
    const words = quotes ? `<td>${quoted(f.actual, 'actual')}</td><td>${quoted(f.expected, 'expected')}</td>` : '';
    return `<tr class="${f.severity}"><td>${severityBadge(f.severity, lang)}</td><td>${html(where) || '<span class="none">—</span>'}</td><td>${html(f.message)}${f.note ? `<div class="note">${html(f.note)}</div>` : ''}<div class="rule-id">${html(f.ruleId)}</div></td>${words}</tr>`;
  });
  const th = (label: string) => `<th>${html(label)}</th>`;
  const common = `${th(t(lang, 'report:col-severity'))}${th(t(lang, 'report:col-where'))}${th(t(lang, 'report:col-problem'))}`;
  const head = quotes
    ? `<colgroup><col style="width:7.5rem"><col style="width:9.5rem"><col><col style="width:22%"><col style="width:20%"></colgroup><thead><tr>${common}${th(t(lang, 'report:col-actual'))}${th(t(lang, 'report:col-expected'))}</tr></thead>`
    : `<colgroup><col style="width:7.5rem"><col style="width:9.5rem"><col></colgroup><thead><tr>${common}</tr></thead>`;
  const status = file.status;
  return `<section class="group ${status}" id="${anchor(file.path)}" aria-label="${html(file.path)}">
<h3>${badge(status, statusLabel(status, lang))} ${html(file.path)}</h3>
<p class="meta">${[file.kind ? terms(lang).kind[file.kind] : null, tally, file.code ?? null].filter(Boolean).map((x) => html(String(x))).join(' · ')}</p>
${fold(rows, FINDINGS_PER_FILE, (items) => `<table>${head}<tbody>${items}</tbody></table>`, lang)}
</section>`;
}

function quoted(text: string | undefined, kind: 'actual' | 'expected'): string {
  return text === undefined || text === '' ? '<span class="none">—</span>' : `<q class="quote ${kind}">${html(text)}</q>`;
}

function worstOf(list: ReadonlyArray<{ finding: Finding }>): Severity {
  return list.reduce<Severity>((worst, { finding }) => (severityRank(finding.severity) < severityRank(worst) ? finding.severity : worst), 'info');
}

const anchor = (path: string) => `f-${createHash('sha1').update(path).digest('hex').slice(0, 16)}`;
