import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DEFAULT_LIMITS, ERROR_CODES, RULES } from '@plan-extract/core';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it('documents every validation rule with its default severity', () => {
  for (const rule of RULES) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
});

it('states the default limits the library uses', () => {
  expect(DEFAULT_LIMITS.maxBytes).toBe(50 * 1024 * 1024);
  expect(readme).toContain('`--max-bytes SIZE` (default 50M)');
  expect(readme).toContain(`\`--max-pages N\` (${DEFAULT_LIMITS.maxPages})`);
  expect(readme).toContain(`\`--timeout SECONDS\` (${DEFAULT_LIMITS.timeoutMs / 1000} per document`);
});

it('documents every error code and the budgets with their defaults', () => {
  for (const code of Object.keys(ERROR_CODES)) expect(readme).toContain(`| \`${code}\` |`);
  expect(readme).toContain(`| inflated bytes, per part | ${DEFAULT_LIMITS.maxPartBytes / 1024 / 1024} MiB |`);
  expect(readme).toContain(`| inflated bytes, in total | ${DEFAULT_LIMITS.maxInflatedBytes / 1024 / 1024} MiB |`);
  expect(readme).toContain(`| XML nodes | ${DEFAULT_LIMITS.maxXmlNodes / 1_000_000} million |`);
  expect(readme).toContain(`| characters of text | ${DEFAULT_LIMITS.maxChars / 1_000_000} million |`);
});
