/** The body extractors on arbitrary text: they never throw, and every grounded value holds its text. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocument } from '@plan-extract/core';
import { createContext } from '../../../packages/core/src/extract/context.js';
import { extractActivities } from '../../../packages/core/src/extract/activities.js';
import { extractDeadlines } from '../../../packages/core/src/extract/deadlines.js';
import { extractResponsibilities } from '../../../packages/core/src/extract/responsibilities.js';
import { extractTargets } from '../../../packages/core/src/extract/targets.js';
import { findAgencies } from '../../../packages/core/src/extract/agencies.js';
import { spansHold } from './body-helpers.js';

const LINES = ['ha-lang-2025-action-month', 'ly-son-2025-annual', 'bac-kan-2026-action-month']
  .flatMap((name) => readFileSync(new URL(`../../../fixtures/corpus/${name}.txt`, import.meta.url), 'utf8').split('\n'))
  .filter((line) => line.trim() !== '');

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LINES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('V. TỔ CHỨC THỰC HIỆN', 'II. MỤC TIÊU, CHỈ TIÊU', 'III. NỘI DUNG', '1. ', '- ', 'a) ', '1.1. '), fc.constantFrom(...LINES)).map(([a, b]) => a + b) },
);

describe('body extractors on arbitrary plans', () => {
  it('never throw and ground every value', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 40 }), fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: null }), async (lines, year) => {
        const text = lines.join('\n');
        if (text.trim() === '') return;
        const { value: doc } = await readDocument({ text });
        const ctx = createContext(doc);
        ctx.year = year;
        const values = [extractTargets(ctx), extractActivities(ctx), extractResponsibilities(ctx), extractDeadlines(ctx)];
        expect(spansHold(ctx, values)).toEqual([]);
      }),
      { numRuns: 60, seed: 20250601 },
    );
  });

  it('findAgencies gives offsets that hold the printed name', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 3 }), (lines) => {
        const text = lines.join(' ');
        for (const m of findAgencies(text)) expect(text.slice(m.index, m.end)).toBe(m.agency.name);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
