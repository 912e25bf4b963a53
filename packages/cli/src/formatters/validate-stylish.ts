import { createColors } from 'picocolors';
import { count, t, terms, type ValidationReport } from '@plan-extract/core';
import { filesByAttention, findingsByAttention, place, severityLabel, statusLabel, type FormatOptions } from './common.js';
import { terminalLine } from './escape.js';

/**
 * For people at a terminal (ESLint's stylish layout): files needing attention first, under each
 * its findings, errors first, with where they are; then a summary. Everything from a file or a
 * plan goes through `terminal`, so no escape sequence in a plan reaches the screen.
 */
export function formatStylish(report: ValidationReport, { color, lang }: FormatOptions): string {
  const c = createColors(color);
  const lines: string[] = [];
  for (const file of filesByAttention(report.files)) {
    const status = statusLabel(file.status, lang);
    const badge = file.status === 'valid' ? c.green(status) : file.status === 'invalid' ? c.red(status) : c.magenta(status);
    lines.push(`${c.underline(terminalLine(file.path))}  ${badge}${file.kind ? c.dim(` · ${terms(lang).kind[file.kind]}`) : ''}`);
    for (const f of findingsByAttention(file.findings)) {
      const label = severityLabel(f.severity, lang);
      const width = Math.max(...(['error', 'warning', 'info'] as const).map((s) => severityLabel(s, lang).length)) + 1;
      const sev = f.severity === 'error' ? c.red(label.padEnd(width)) : f.severity === 'warning' ? c.yellow(label.padEnd(width)) : c.blue(label.padEnd(width));
      lines.push(`  ${c.dim(place(f, lang, { short: true }).padEnd(10))} ${sev} ${terminalLine(f.message)}  ${c.dim(f.ruleId)}`);
      if (f.note) lines.push(`  ${' '.repeat(10)} ${' '.repeat(width)} ${c.dim(`↳ ${terminalLine(f.note)}`)}`);
    }
    if (file.findings.length > 0) lines.push('');
  }
  const s = report.summary;
  const problems = s.errors + s.warnings;
  const headline = t(lang, 'report:problems', { problems, errors: s.errors, warnings: s.warnings });
  lines.push(problems > 0 ? (s.errors > 0 ? c.red(c.bold(`✖ ${headline}`)) : c.yellow(c.bold(`⚠ ${headline}`))) : c.green(c.bold(`✔ ${t(lang, 'report:no-problems')}`)));
  lines.push(`${count(s.files, lang, 'tệp', 'file')}: ${t(lang, 'report:file-tally', { valid: s.valid, invalid: s.invalid, unreadable: s.unreadable })}`);
  return `${lines.join('\n')}\n`;
}
