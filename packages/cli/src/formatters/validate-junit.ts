import type { ValidationReport } from '@plan-extract/core';
import { escapeXml } from './escape.js';

/**
 * JUnit XML as Jenkins, GitLab and GitHub test reporters read it: one testcase per file;
 * an invalid plan is a <failure>, an unreadable file an <error>; warnings go to <system-out>.
 */
export function formatJunit(report: ValidationReport): string {
  const s = report.summary;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="plan-extract validate" tests="${s.files}" failures="${s.invalid}" errors="${s.unreadable}">`);
  out.push(`  <testsuite name="plan-extract validate" tests="${s.files}" failures="${s.invalid}" errors="${s.unreadable}" skipped="0">`);
  for (const file of report.files) {
    out.push(`    <testcase classname="plan-extract.validate" name="${escapeXml(file.path)}" file="${escapeXml(file.path)}">`);
    const line = (f: (typeof file.findings)[number]) =>
      `${f.severity.toUpperCase()} ${f.line !== undefined ? `${f.line}:${f.column ?? 1} ` : ''}${f.message} [${f.ruleId}]`;
    const errors = file.findings.filter((f) => f.severity === 'error');
    if (file.status === 'unreadable') {
      const first = errors[0];
      out.push(`      <error type="${escapeXml(file.code ?? 'unreadable')}" message="${escapeXml(first?.message ?? 'unreadable')}">${escapeXml(errors.map(line).join('\n'))}</error>`);
    } else if (file.status === 'invalid') {
      out.push(`      <failure type="invalid" message="${escapeXml(`${errors.length} error${errors.length === 1 ? '' : 's'}: ${errors[0]?.message ?? ''}`)}">${escapeXml(errors.map(line).join('\n'))}</failure>`);
    }
    const rest = file.findings.filter((f) => f.severity !== 'error');
    if (rest.length > 0) out.push(`      <system-out>${escapeXml(rest.map(line).join('\n'))}</system-out>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return `${out.join('\n')}\n`;
}
