import { count, type Finding, type ValidationReport } from '@plan-extract/core';
import { findingsByAttention, place, severityLabel, type FormatOptions } from './common.js';
import { xml } from './escape.js';

/**
 * JUnit XML as Jenkins, GitLab and GitHub test reporters read it: one testcase per file;
 * an invalid plan is a <failure>, an unreadable file an <error>; warnings go to <system-out>.
 * Every text through `xml` (no markup, no character XML 1.0 forbids).
 */
export function formatJunit(report: ValidationReport, { lang }: FormatOptions): string {
  const s = report.summary;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="plan-extract validate" tests="${s.files}" failures="${s.invalid}" errors="${s.unreadable}">`);
  out.push(`  <testsuite name="plan-extract validate" tests="${s.files}" failures="${s.invalid}" errors="${s.unreadable}" skipped="0">`);
  const line = (f: Finding) => {
    const where = place(f, lang);
    return `${severityLabel(f.severity, lang).toLocaleUpperCase(lang)} ${where ? `${where}: ` : ''}${f.message}${f.note ? ` (${f.note})` : ''} [${f.ruleId}]`;
  };
  for (const file of report.files) {
    out.push(`    <testcase classname="plan-extract.validate" name="${xml(file.path)}" file="${xml(file.path)}">`);
    const findings = findingsByAttention(file.findings);
    const errors = findings.filter((f) => f.severity === 'error');
    if (file.status === 'unreadable') {
      const first = errors[0];
      out.push(`      <error type="${xml(file.code ?? 'unreadable')}" message="${xml(first?.message ?? 'unreadable')}">${xml(errors.map(line).join('\n'))}</error>`);
    } else if (file.status === 'invalid') {
      const summary = `${count(errors.length, lang, 'lỗi', 'error')}: ${errors[0]?.message ?? ''}`;
      out.push(`      <failure type="invalid" message="${xml(summary)}">${xml(errors.map(line).join('\n'))}</failure>`);
    }
    const rest = findings.filter((f) => f.severity !== 'error');
    if (rest.length > 0) out.push(`      <system-out>${xml(rest.map(line).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}
