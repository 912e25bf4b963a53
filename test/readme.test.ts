import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { DEFAULT_LIMITS, ERROR_CODES, RENAMED_RULE_IDS, RULES, RULE_IDS, terms } from '@plan-extract/core';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

it('documents every validation rule with its default severity', () => {
  for (const rule of RULES) expect(readme).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
});

it('lists every rule id once, with what it checks as the catalogue says it', () => {
  const rows = readme.split('\n').filter((line) => /^\| `[\w-]+\/[\w-]+` \|/.test(line) && !line.includes('` | `'));
  const listed = rows.map((row) => /^\| `([^`]+)`/.exec(row)?.[1]);
  expect([...listed].sort()).toEqual([...RULE_IDS].sort());
  const english = terms('en').rule;
  for (const row of rows) {
    const id = /^\| `([^`]+)`/.exec(row)?.[1] as keyof typeof english;
    expect(row, id).toMatch(new RegExp(`\\| ${english[id].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|$`));
  }
});

it('lists every error code and every renamed rule id', () => {
  for (const code of ERROR_CODES) expect(readme).toContain(`| \`${code}\` |`);
  for (const [old, ids] of Object.entries(RENAMED_RULE_IDS)) {
    const row = readme.split('\n').find((line) => line.startsWith('| ') && line.includes(`\`${old}\``));
    expect(row, old).toBeDefined();
    for (const id of ids) expect(row, old).toContain(`\`${id}\``);
  }
});

it('states the default limits the library uses', () => {
  expect(DEFAULT_LIMITS.maxBytes).toBe(50 * 1024 * 1024);
  expect(readme).toContain('`--max-bytes SIZE` (default 50M)');
  expect(readme).toContain(`\`--max-pages N\` (${DEFAULT_LIMITS.maxPages})`);
  expect(readme).toContain(`\`--timeout SECONDS\` (${DEFAULT_LIMITS.timeoutMs / 1000} per document`);
});

it('documents the budgets with their defaults', () => {
  expect(readme).toContain(`| inflated bytes, per part | ${DEFAULT_LIMITS.maxPartBytes / 1024 / 1024} MiB |`);
  expect(readme).toContain(`| inflated bytes, in total | ${DEFAULT_LIMITS.maxInflatedBytes / 1024 / 1024} MiB |`);
  expect(readme).toContain(`| XML nodes | ${DEFAULT_LIMITS.maxXmlNodes / 1_000_000} million |`);
  expect(readme).toContain(`| characters of text | ${DEFAULT_LIMITS.maxChars / 1_000_000} million |`);
});
