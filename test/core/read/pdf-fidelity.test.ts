/**
 * A PDF saved from a plan reads as faithfully as the plan's DOCX (issue 11): for every plan with
 * a `.txt`, `.docx` and `.pdf` under fixtures/corpus, fixtures/province and fixtures/office, the
 * three extract to the same fields, compared field by field (spans aside, since offsets differ
 * between formats).
 *
 * The `.txt` of a plan has no tables (the text reader makes none; fixtures/office writes a task
 * table one row per line, cells between ` | `): values the DOCX reads from a table of three
 * columns or more are compared between PDF and DOCX only. The header and the closing, two-column
 * tables in the DOCX and the PDF, are plain lines in the text and are compared in all three.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract, PlanExtraction, readDocument, type PlanDocument } from '@plan-extract/core';
import { withoutSpans } from './pdf-helpers.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const FOLDERS = ['corpus', 'province', 'office'];
// Not fields of the plan: the envelope, the text itself, and findings about the text.
// The anatomy (issue 15) says where the fields are, not what they are: spans only, and the corpus
// texts print no header lines while their DOCX does.
const NOT_FIELDS = new Set(['schemaVersion', 'source', 'text', 'diagnostics', 'anatomy']);
const FIELDS = Object.keys(PlanExtraction.shape).filter((f) => !NOT_FIELDS.has(f));

const plans = FOLDERS.flatMap((folder) => {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt') && existsSync(join(dir, file.replace(/\.txt$/, '.pdf'))))
    .sort()
    .map((file) => ({ folder, name: file.slice(0, -'.txt'.length), dir }));
});

/** `[start, end)` of every table of three columns or more: what a `.txt` cannot hold as a table. */
function wideTables(doc: PlanDocument): [number, number][] {
  return doc.blocks.flatMap((b) => (b.type === 'table' && Math.max(...b.rows.map((r) => r.length)) >= 3 ? [[b.span.start, b.span.end] as [number, number]] : []));
}

/** `[start, end)` of the lines a `.txt` writes such a table as: cells between ` | `. */
function pipeRows(doc: PlanDocument): [number, number][] {
  return doc.blocks.flatMap((b) => (b.type !== 'table' && b.text.includes(' | ') ? [[b.span.start, b.span.end] as [number, number]] : []));
}

/** An array field's items grounded outside those tables (other fields as they are). */
function outsideTables(value: unknown, tables: [number, number][]): unknown {
  if (!Array.isArray(value) || tables.length === 0) return value;
  return value.filter((item) => {
    const start = (item as { span?: { start: number } | null }).span?.start;
    return start === undefined || !tables.some(([a, b]) => start >= a && start < b);
  });
}

interface Read {
  doc: PlanDocument;
  plan: PlanExtraction;
  warnings: string[];
}

/**
 * What a person reading each new plan sees, written from the plans' text (fixtures/office/plans.mjs):
 * the agreement of three formats proves nothing if all three lose the same field. (Responsibilities
 * are left out: the agency recogniser does not know `Trưởng các thôn` / `Ban điều hành các khu phố`,
 * in any format.)
 */
const SEEN: Record<string, { signer: string; recipients: number; lastRecipient: string; slogans: number; activities: number; targets?: number[] }> = {
  'tan-lap-2025-action-month': { signer: 'Phan Đình Huy', recipients: 12, lastRecipient: 'Lưu: VT, VHXH', slogans: 4, activities: 3 },
  // 3 numbered tasks in the body, then the annex table: 4 group rows and 12 tasks.
  'ba-che-2025-annual': { signer: 'Lê Văn Thắng', recipients: 8, lastRecipient: 'Lưu: VT, VHXH', slogans: 0, activities: 3 + 4 + 12, targets: [98, 95, 19.5, 100, 90] },
  'an-phu-2026-action-month': { signer: 'Trần Thị Mỹ Hạnh', recipients: 13, lastRecipient: 'Lưu: VT, VHXH', slogans: 4, activities: 2 },
};

describe('fixtures', () => {
  it('has the corpus, province and office plans in all three formats', () => {
    expect(plans.filter((p) => p.folder === 'corpus').length).toBeGreaterThanOrEqual(5);
    expect(plans.filter((p) => p.folder === 'office').map((p) => p.name).sort()).toEqual(Object.keys(SEEN).sort());
  });
});

describe.each(plans)('$folder/$name: the PDF gives the fields of the DOCX and the text', ({ name, dir }) => {
  const reads: Partial<Record<'txt' | 'docx' | 'pdf', Read>> = {};
  beforeAll(async () => {
    for (const format of ['txt', 'docx', 'pdf'] as const) {
      const { value: doc, messages } = await readDocument(join(dir, `${name}.${format}`));
      reads[format] = { doc, plan: extract(doc).value, warnings: messages.filter((m) => m.severity !== 'info').map((m) => m.ruleId) };
    }
  });
  const get = (format: 'txt' | 'docx' | 'pdf') => reads[format] as Read;
  const field = (format: 'txt' | 'docx' | 'pdf', f: string) => (get(format).plan as unknown as Record<string, unknown>)[f] ?? null;

  it('reads every format without warnings', () => {
    expect([get('txt').warnings, get('docx').warnings, get('pdf').warnings]).toEqual([[], [], []]);
  });

  it.each(FIELDS)('%s: PDF = DOCX', (f) => {
    expect(withoutSpans(field('pdf', f))).toEqual(withoutSpans(field('docx', f)));
  });

  it.each(FIELDS)('%s: text = DOCX (values outside wide tables)', (f) => {
    const text = outsideTables(field('txt', f), pipeRows(get('txt').doc));
    expect(withoutSpans(text)).toEqual(withoutSpans(outsideTables(field('docx', f), wideTables(get('docx').doc))));
  });

  it.runIf(name in SEEN)('gives what a reader of the plan sees', () => {
    const seen = SEEN[name] as (typeof SEEN)[string];
    for (const format of ['txt', 'docx', 'pdf'] as const) {
      const { plan } = get(format);
      expect(plan.signer?.name, format).toBe(seen.signer);
      expect(plan.recipients.length, format).toBe(seen.recipients);
      expect(plan.recipients.at(-1)?.text, format).toBe(seen.lastRecipient);
      expect(plan.slogans.length, format).toBe(seen.slogans);
      if (seen.targets) expect(plan.targets.flatMap((t) => t.percents), format).toEqual(seen.targets);
    }
    expect(get('pdf').plan.activities.length).toBe(seen.activities);
    expect(get('docx').plan.activities.length).toBe(seen.activities);
  });
});
