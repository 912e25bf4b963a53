/** Fixture plans extracted once per test file, however many tests read them. */
import { extractFile, type PlanExtraction } from '@plan-extract/core';

const cache = new Map<string, Promise<PlanExtraction>>();

/** The extraction of the plan at `path`, read once. */
export function loadPlan(path: string): Promise<PlanExtraction> {
  let hit = cache.get(path);
  if (!hit) {
    hit = extractFile(path).then((r) => r.value);
    cache.set(path, hit);
  }
  return hit;
}

/** The three ways a pair of plans is diffed in the fixture tests: text with text, then a PDF upper with a DOCX lower and the reverse. */
export const FORMAT_PAIRS: Array<[upper: string, lower: string]> = [['txt', 'txt'], ['pdf', 'docx'], ['docx', 'pdf']];
