/**
 * Compiled by types.test.ts (against the built declarations), not run: the TypeScript type of a configuration's rule ids is the
 * union of real ids (`RuleId`), so a mistyped id is a compile error, not a silently ignored key.
 */
import { createValidator, type RuleId, type ValidateConfigInput } from '../../../packages/core/dist/index.js';

export const good: ValidateConfigInput = { rules: { 'spelling/unknown-word': 'off', 'diff/deadline-conflict': 'warning' } };

// @ts-expect-error: no such rule id
export const typo: ValidateConfigInput = { rules: { 'spelling/unkown-word': 'off' } };

// @ts-expect-error: not a severity
export const severity: ValidateConfigInput = { rules: { 'theme/missing': 'warn' } };

export const id: RuleId = 'read/legacy-encoding';
// @ts-expect-error: the old, unnamespaced id is not a RuleId
export const old: RuleId = 'legacy-encoding';

export const validator = createValidator({ rules: { 'title/missing': 'info' } }, { lang: 'en' });
