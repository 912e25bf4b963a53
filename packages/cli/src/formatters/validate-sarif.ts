import { RULES, RULE_IDS, isRuleId, terms, type Finding, type ValidationReport } from '@plan-extract/core';
import type { FormatOptions } from './common.js';
import { json, sarifUri } from './escape.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * SARIF 2.1.0: one run, every rule id as a reportingDescriptor (described in the report's
 * language), every file as an artifact with an RFC 3986 URI. A finding in a text file has a
 * region on the file's own lines and columns (UTF-16 code units), so code-scanning UIs mark the
 * right line; PDF and DOCX findings name their page, paragraph and section in `properties`.
 */
export function formatSarif(report: ValidationReport, { lang }: FormatOptions): string {
  const ids = new Set<string>(RULE_IDS);
  for (const file of report.files) for (const f of file.findings) ids.add(f.ruleId);
  const rules = [...ids];
  const index = new Map(rules.map((id, i) => [id, i]));
  const byId = new Map(RULES.map((r) => [r.id as string, r]));
  const words = terms(lang);

  const result = (path: string, artifactIndex: number, f: Finding) => {
    const region =
      f.line !== undefined
        ? {
            startLine: f.line,
            startColumn: f.column ?? 1,
            ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn ?? 1 } : {}),
          }
        : null;
    const where = { ...(f.page !== undefined ? { page: f.page } : {}), ...(f.paragraph !== undefined ? { paragraph: f.paragraph } : {}), ...(f.section !== undefined ? { section: f.section } : {}) };
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      // A note (why an error was made a warning, say) is part of what the reader must see.
      message: { text: f.note ? `${f.message} (${f.note})` : f.message },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: sarifUri(path), index: artifactIndex }, ...(region ? { region } : {}) },
          ...(f.section !== undefined ? { logicalLocations: [{ name: f.section, kind: 'module' }] } : {}),
        },
      ],
      ...(Object.keys(where).length > 0 ? { properties: where } : {}),
    };
  };

  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plan-extract',
            informationUri: 'https://www.npmjs.com/package/@plan-extract/cli',
            language: lang,
            rules: rules.map((id) => {
              const rule = byId.get(id);
              return {
                id,
                shortDescription: { text: isRuleId(id) ? words.rule[id] : id },
                defaultConfiguration: { level: LEVEL[rule?.severity ?? 'warning'] },
                ...(rule ? { properties: { field: rule.field } } : {}),
              };
            }),
          },
        },
        artifacts: report.files.map((file) => ({ location: { uri: sarifUri(file.path) }, properties: { status: file.status, kind: file.kind } })),
        results: report.files.flatMap((file, i) => file.findings.map((f) => result(file.path, i, f))),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return json(sarif);
}
