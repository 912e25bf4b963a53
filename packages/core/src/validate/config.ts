import { z } from 'zod';
import { DEFAULT_LANG, msg, suggest, type Lang, type MessageRef } from '../messages/index.js';
import { RENAMED_RULE_IDS, RULE_IDS, type RuleId } from '../rule-ids.js';
import { IsoDate } from '../schema.js';

export const RuleSetting = z.enum(['off', 'error', 'warning', 'info']);
export type RuleSetting = z.infer<typeof RuleSetting>;

/** Rule ids a configuration may name: every id, and the old names of renamed ones. */
const CONFIGURABLE_IDS = [...RULE_IDS, ...Object.keys(RENAMED_RULE_IDS)] as [RuleId, ...RuleId[]];

/**
 * The validation configuration file (JSON). Every key is optional:
 * `{ "rules": { "spelling/unknown-word": "off" }, "campaign": { "theme": "...", "period": { "start": "2026-06-01", "end": "2026-06-30" } } }`
 */
export const ValidateConfig = z
  .object({
    /** Rule id → severity, or "off". Keys are rule ids (`RuleId`); old names of renamed ids still work. */
    rules: z.partialRecord(z.enum(CONFIGURABLE_IDS), RuleSetting).default({}),
    /** Year → national theme, overriding or extending the built-in table. */
    themes: z.record(z.string().regex(/^\d{4}$/), z.string()).default({}),
    /** What this campaign expects of every plan. */
    campaign: z
      .object({
        theme: z.string().optional(),
        period: z.object({ start: IsoDate, end: IsoDate }).optional(),
        /** Latest acceptable dates: plans must be submitted / reports sent by these. */
        deadlines: z.object({ plan: IsoDate.optional(), report: IsoDate.optional() }).strict().optional(),
      })
      .strict()
      .default({}),
    /** Extra words the spelling check accepts (local names, loanwords). */
    words: z.array(z.string()).default([]),
  })
  .strict();
export type ValidateConfig = z.infer<typeof ValidateConfig>;
export type ValidateConfigInput = z.input<typeof ValidateConfig>;

/** A configuration that cannot be used; `issues` say why, each with a suggestion where one is near (render with `render(issue, lang)`). */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly issues: MessageRef[]) {
    super(issues.map((i) => JSON.stringify(i)).join('; '));
  }
}

const TOP_KEYS = Object.keys(ValidateConfig.shape);

/** zod's own wording of what else is wrong (a date, a type), in each language. */
const ZOD_ERRORS: Record<Lang, () => { localeError: z.core.$ZodErrorMap }> = { vi: z.locales.vi, en: z.locales.en };

/**
 * The configuration checked and completed with defaults. Unknown rule ids and settings, and
 * severities that are not one, throw a `ConfigError` naming the nearest valid one; old rule ids
 * are replaced by the ids that took their place. `lang` is the language of zod's problem texts.
 */
export function parseConfig(input: unknown, options: { lang?: Lang } = {}): ValidateConfig {
  const issues = checkConfig(input ?? {});
  if (issues.length > 0) throw new ConfigError(issues);
  const parsed = ValidateConfig.safeParse(input ?? {}, { error: ZOD_ERRORS[options.lang ?? DEFAULT_LANG]().localeError });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => msg('config:invalid', { path: i.path.map(String).join('.'), problem: i.message })));
  }
  const rules: ValidateConfig['rules'] = {};
  for (const [id, setting] of Object.entries(parsed.data.rules)) {
    for (const to of RENAMED_RULE_IDS[id] ?? [id as RuleId]) rules[to] = setting;
  }
  return { ...parsed.data, rules };
}

/** What is wrong with the parts people mistype (rule ids, severities, setting names), as messages. */
function checkConfig(input: unknown): MessageRef[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [msg('config:invalid', { path: '', problem: 'expected a JSON object' })];
  const issues: MessageRef[] = [];
  for (const key of Object.keys(input)) {
    if (!TOP_KEYS.includes(key)) issues.push(msg('config:unknown-key', { key, suggestion: suggest(key, TOP_KEYS) }));
  }
  const rules = (input as { rules?: unknown }).rules;
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) return issues;
  for (const [id, setting] of Object.entries(rules)) {
    if (!CONFIGURABLE_IDS.includes(id as RuleId)) issues.push(msg('config:unknown-rule', { id, suggestion: suggest(id, RULE_IDS) }));
    if (!RuleSetting.safeParse(setting).success) {
      issues.push(msg('config:bad-severity', { id, value: String(setting), suggestion: nearestSetting(String(setting)) }));
    }
  }
  return issues;
}

/** The severity meant by a mistyped one; ESLint's "warn" is read as "warning". */
function nearestSetting(value: string): string | null {
  const near = suggest(value, [...RuleSetting.options, 'warn']);
  return near === 'warn' ? 'warning' : near;
}

/** Old rule ids a configuration names (they still work; the CLI says what replaced them). */
export function renamedRuleIds(input: unknown): MessageRef[] {
  const rules = (input as { rules?: unknown } | null)?.rules;
  if (typeof rules !== 'object' || rules === null) return [];
  return Object.keys(rules)
    .filter((id) => Object.hasOwn(RENAMED_RULE_IDS, id))
    .map((id) => msg('config:renamed-rule', { id, ids: [...(RENAMED_RULE_IDS[id] ?? [])] }));
}
