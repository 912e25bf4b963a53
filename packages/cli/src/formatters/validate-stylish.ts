import { createColors } from 'picocolors';
import type { ValidationReport } from '@plan-extract/core';
import type { FormatOptions } from './validate.js';

/** For people at a terminal: findings under each file, then a summary (ESLint's stylish layout). */
export function formatStylish(report: ValidationReport, { color }: FormatOptions): string {
  const c = createColors(color);
  const lines: string[] = [];
  for (const file of report.files) {
    const badge = file.status === 'valid' ? c.green('valid') : file.status === 'invalid' ? c.red('invalid') : c.magenta('unreadable');
    lines.push(`${c.underline(file.path)}  ${badge}${file.kind ? c.dim(` (${file.kind})`) : ''}`);
    for (const f of file.findings) {
      const where = f.line !== undefined ? `${f.line}:${f.column ?? 1}` : '';
      const sev = f.severity === 'error' ? c.red('error') : f.severity === 'warning' ? c.yellow('warning') : c.blue('info');
      lines.push(`  ${c.dim(where.padEnd(8))} ${sev.padEnd(color ? 16 : 7)} ${f.message}  ${c.dim(f.ruleId)}`);
    }
    if (file.findings.length > 0) lines.push('');
  }
  const s = report.summary;
  const problems = s.errors + s.warnings;
  const headline = `${problems} problem${problems === 1 ? '' : 's'} (${s.errors} error${s.errors === 1 ? '' : 's'}, ${s.warnings} warning${s.warnings === 1 ? '' : 's'})`;
  lines.push(`${problems > 0 ? (s.errors > 0 ? c.red(c.bold(`✖ ${headline}`)) : c.yellow(c.bold(`⚠ ${headline}`))) : c.green(c.bold('✔ no problems'))}`);
  lines.push(`${s.files} file${s.files === 1 ? '' : 's'}: ${s.valid} valid, ${s.invalid} invalid, ${s.unreadable} unreadable`);
  return `${lines.join('\n')}\n`;
}
