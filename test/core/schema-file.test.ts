import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extract, PlanExtraction, readDocument } from '@plan-extract/core';
import { buildPlanSchema, SCHEMA_FILE } from '../../packages/core/scripts/gen-schema.mjs';

describe('schema/plan.schema.json', () => {
  it('is up to date with the zod contract (run the core build to regenerate)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(buildPlanSchema(PlanExtraction));
  });

  it('accepts a real extraction and rejects a broken one', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
    const { value: doc } = await readDocument(fileURLToPath(new URL('../../fixtures/corpus/ha-lang-2025-action-month.txt', import.meta.url)));
    const value = JSON.parse(JSON.stringify(extract(doc).value)) as Record<string, unknown>;
    expect(validate(value), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...value, kind: 'weekly' })).toBe(false);
    expect(validate({ ...value, issuedOn: '16/5/2025' })).toBe(false);
  });
});
