#!/usr/bin/env node
/**
 * Writes schema/plan.schema.json, the JSON Schema of the `extract` contract, from the zod
 * schema `PlanExtraction` (built to dist/ by tsc first: the package's build runs this after tsc).
 * `buildPlanSchema` is shared with the test that checks the committed file is up to date.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/plan.schema.json', import.meta.url));

/** The JSON Schema document for a `PlanExtraction` zod schema, as the text written to disk. */
export function buildPlanSchema(PlanExtraction) {
  const schema = z.toJSONSchema(PlanExtraction, { target: 'draft-2020-12', io: 'output' });
  const document = {
    $schema: schema.$schema,
    $id: 'https://plan-extract.dev/schema/plan.schema.json',
    title: 'PlanExtraction',
    description: 'The output of `plan-extract extract --format json`: every field of a Vietnamese plan document (Kế hoạch), source-grounded by spans into `text`. Generated from the zod schema in src/schema.ts; do not edit.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

async function main() {
  const { PlanExtraction } = await import('../dist/schema.js');
  await mkdir(new URL('../schema/', import.meta.url), { recursive: true });
  await writeFile(SCHEMA_FILE, buildPlanSchema(PlanExtraction), 'utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
