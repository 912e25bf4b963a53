/**
 * The "Done when" of issue 3: every fixture plan, in every format present, extracts to the
 * hand-written values in `fixtures/expected/<plan>/<field>.json` (spans left out), and every
 * span of every value holds that value's text.
 *
 * Plans are the folders of `fixtures/expected/`; a plan's files are `<plan>.txt|.docx|.pdf` in
 * `fixtures/corpus/` or `fixtures/province/`. A field of the contract without an expected file
 * fails the plan's "has an expected file for every field" test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, PlanExtraction, readDocument } from '@plan-extract/core';
import { spanProblems } from './spans.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const EXPECTED = join(FIXTURES, 'expected');
const SOURCES = ['corpus', 'province'];
const FORMATS = ['txt', 'docx', 'pdf'] as const;
// Not fields of the plan: the envelope, the text itself, findings about the text, and where its zones lie
// (test/core/segment/anatomy.test.ts checks the zones).
const NOT_FIELDS = new Set(['schemaVersion', 'source', 'text', 'diagnostics', 'anatomy']);
const FIELDS = Object.keys(PlanExtraction.shape).filter((f) => !NOT_FIELDS.has(f));

/** The value without `span` keys, at any depth: spans are checked on their own. */
function withoutSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSpans);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'span').map(([k, v]) => [k, withoutSpans(v)]));
  }
  return value;
}

function plans(): Array<{ plan: string; files: Array<{ format: string; path: string }> }> {
  if (!existsSync(EXPECTED)) return [];
  return readdirSync(EXPECTED, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((plan) => {
      const files: Array<{ format: string; path: string }> = [];
      for (const source of SOURCES) {
        for (const format of FORMATS) {
          const path = join(FIXTURES, source, `${plan}.${format}`);
          if (existsSync(path)) files.push({ format, path });
        }
      }
      return { plan, files };
    });
}

const ALL = plans();

describe('expected outputs', () => {
  it('has plans to check', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(5);
  });

  for (const { plan, files } of ALL) {
    describe(plan, () => {
      it('has a fixture file', () => {
        expect(files.map((f) => f.format)).toContain('txt');
      });

      it('has an expected file for every field', () => {
        const missing = FIELDS.filter((f) => !existsSync(join(EXPECTED, plan, `${f}.json`)));
        expect(missing, `fields without fixtures/expected/${plan}/<field>.json`).toEqual([]);
      });

      for (const { format, path } of files) {
        describe(format, () => {
          let result: PlanExtraction;
          beforeAll(async () => {
            const { value: doc } = await readDocument(path);
            result = extract(doc, { validate: true }).value;
          });

          for (const field of FIELDS) {
            const file = join(EXPECTED, plan, `${field}.json`);
            it.runIf(existsSync(file))(field, () => {
              const expected: unknown = JSON.parse(readFileSync(file, 'utf8'));
              const actual = withoutSpans((result as unknown as Record<string, unknown>)[field] ?? null);
              expect(actual).toEqual(expected);
            });
          }

          it('grounds every value in its span', () => {
            const problems = FIELDS.flatMap((f) => spanProblems((result as unknown as Record<string, unknown>)[f], result.text, f));
            expect(problems).toEqual([]);
          });
        });
      }
    });
  }
});
