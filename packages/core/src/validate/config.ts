import { z } from 'zod';
import { IsoDate } from '../schema.js';

export const RuleSetting = z.enum(['off', 'error', 'warning', 'info']);
export type RuleSetting = z.infer<typeof RuleSetting>;

/**
 * The validation configuration file (JSON). Every key is optional:
 * `{ "rules": { "spelling/unknown-word": "off" }, "campaign": { "theme": "...", "period": { "start": "2026-06-01", "end": "2026-06-30" } } }`
 */
export const ValidateConfig = z
  .object({
    /** Rule id → severity, or "off". */
    rules: z.record(z.string(), RuleSetting).default({}),
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

export function parseConfig(input: unknown): ValidateConfig {
  return ValidateConfig.parse(input ?? {});
}
