/**
 * Every rule id plan-extract reports, in one namespace shared by `extract` (diagnostics),
 * `diff` (findings) and `validate` (findings, `--config` keys). Ids are stable ASCII `area/what`:
 * the area is the field a finding concerns (`theme/…`), `read/…` for what a reader noticed,
 * `diff/…` for a comparison with the upper plan, `document/…` for the file as a whole.
 *
 * Adding a rule id: add it here (TypeScript then asks for its description in both catalogues,
 * `messages/en.ts` and `messages/vi.ts`, under `rule`), and to the README's table.
 */
export const RULE_IDS = [
  // The file as a whole.
  'document/not-a-plan',
  'document/unreadable',
  // Header and closing.
  'document-number/shape',
  'document-number/type-code',
  'document-number/missing',
  'document-number/blank',
  'issuer/missing',
  'issuedOn/missing',
  'issuedOn/impossible-date',
  'title/missing',
  'year/missing',
  'year/inconsistent',
  'implements/missing',
  'implements/dated-after',
  // Body.
  'theme/missing',
  'theme/not-national',
  'period/missing',
  'period/impossible-date',
  'period/end-before-start',
  'period/wrong-year',
  'period/not-action-month',
  'slogans/missing',
  'deadlines/impossible-date',
  'deadlines/report-before-period-end',
  'deadlines/far-from-year',
  'deadlines/after-campaign',
  'responsibilities/missing',
  'responsibilities/no-lead',
  'signer/missing',
  'recipients/missing',
  'references/malformed',
  'spelling/unknown-word',
  'spelling/confusable',
  // Against the upper plan (`diff`, and `validate --against`).
  'diff/upper-draft',
  'diff/implements-missing',
  'diff/implements-number',
  'diff/implements-date',
  'diff/implements-issuer',
  'diff/theme-missing',
  'diff/theme-changed',
  'diff/period-missing',
  'diff/period-changed',
  'diff/period-outside',
  'diff/slogan-changed',
  'diff/slogan-missing',
  'diff/slogan-extra',
  'diff/slogans-too-many',
  'diff/deadline-conflict',
  'diff/deadline-no-margin',
  'diff/deadline-send-late',
  'diff/responsibility-uncovered',
  'diff/responsibility-extra',
  'diff/lead-changed',
  // What the readers noticed.
  'read/legacy-encoding',
  'read/unknown-encoding',
  'read/mixed-encoding',
  'read/text-reflowed',
  'read/pdf-truncated',
  'read/pdf-empty-page',
  'read/pdf-unread-text',
  'read/ocr',
  'read/ocr-low-confidence',
  'read/docx-damaged-part',
  'read/docx-duplicate-part',
  'read/docx-unknown-element',
  'read/docx-letter-e',
  'read/docx-numbering',
  // The validator itself.
  'validate/rule-crashed',
  'validate/findings-capped',
] as const;

/** A rule id: the union of every id above, so a mistyped id in code or a config type is a compile error. */
export type RuleId = (typeof RULE_IDS)[number];

const KNOWN = new Set<string>(RULE_IDS);

/** Whether `id` is a rule id plan-extract reports. */
export function isRuleId(id: string): id is RuleId {
  return KNOWN.has(id);
}

/**
 * Ids that were renamed when the namespaces of `extract`, `diff` and `validate` became one.
 * A configuration file may still use the old names: each maps to the id(s) that replaced it.
 */
export const RENAMED_RULE_IDS: Readonly<Record<string, readonly RuleId[]>> = {
  'document-number-blank': ['document-number/blank'],
  'period-invalid-date': ['period/impossible-date'],
  'issued-date-invalid': ['issuedOn/impossible-date'],
  'legacy-encoding': ['read/legacy-encoding'],
  'unknown-encoding': ['read/unknown-encoding'],
  'text-reflowed': ['read/text-reflowed'],
  'implements/not-upper': ['diff/implements-missing', 'diff/implements-number', 'diff/implements-date'],
  'theme/not-upper': ['diff/theme-changed'],
  'period/not-upper': ['diff/period-changed', 'diff/period-outside'],
  'slogans/missing-upper': ['diff/slogan-missing'],
  'deadlines/upper-conflict': ['diff/deadline-conflict', 'diff/deadline-send-late'],
  'responsibilities/uncovered-upper': ['diff/responsibility-uncovered'],
};
