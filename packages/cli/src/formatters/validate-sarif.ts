import { pathToFileURL } from 'node:url';
import { isAbsolute } from 'node:path';
import { RULES, type Finding, type ValidationReport } from '@plan-extract/core';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

// Findings that come from outside the rule set: reading failures and reader warnings.
const EXTRA_RULES: Record<string, string> = {
  'document/unreadable': 'The file can be read as a plan (PDF, DOCX or text).',
  'validate/rule-crashed': 'A rule failed on this input.',
};

/** SARIF 2.1.0: one run, the rules as reportingDescriptors, every file as an artifact. */
export function formatSarif(report: ValidationReport): string {
  const ruleIds = new Set<string>(RULES.map((r) => r.id));
  for (const file of report.files) for (const f of file.findings) ruleIds.add(f.ruleId);
  const ids = [...ruleIds];
  const index = new Map(ids.map((id, i) => [id, i]));
  const byId = new Map(RULES.map((r) => [r.id, r]));
  const uri = (path: string) => (isAbsolute(path) ? pathToFileURL(path).href : path.split('\\').join('/'));

  const result = (path: string, artifactIndex: number, f: Finding) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(path), index: artifactIndex },
          ...(f.span
            ? {
                region: {
                  ...(f.line !== undefined ? { startLine: f.line, startColumn: f.column ?? 1 } : {}),
                  charOffset: f.span.start,
                  charLength: f.span.end - f.span.start,
                },
              }
            : {}),
        },
      },
    ],
    ...(f.span?.page ? { properties: { page: f.span.page } } : {}),
  });

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan-extract',
            informationUri: 'https://www.npmjs.com/package/@plan-extract/cli',
            rules: ids.map((id) => {
              const rule = byId.get(id);
              const description = rule?.description ?? EXTRA_RULES[id] ?? id;
              return {
                id,
                shortDescription: { text: description },
                defaultConfiguration: { level: LEVEL[rule?.severity ?? 'warning'] },
                ...(rule ? { properties: { field: rule.field } } : {}),
              };
            }),
          },
        },
        artifacts: report.files.map((file) => ({ location: { uri: uri(file.path) }, properties: { status: file.status, kind: file.kind } })),
        results: report.files.flatMap((file, i) => file.findings.map((f) => result(file.path, i, f))),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
