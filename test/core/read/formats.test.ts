/**
 * Cross-format equivalence: every plan text under fixtures/corpus, fixtures/province and fixtures/chain
 * has a DOCX and a PDF twin made by LibreOffice (`pnpm fixtures`, committed). All three
 * must read back to the same body paragraphs, and the DOCX and PDF must keep the
 * Nghị định 30 header (issuer | motto, number | place and date) as a table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument, textBlocks, type PlanDocument, type TableBlock } from '@plan-extract/core';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const FOLDERS = ['corpus', 'province', 'chain'] as const;
const TITLE = /^KẾ HOẠCH(?:\s|$)/u;
const NUMBER_LINE = /^Số\s*:/u;
const PLACE_DATE = /^\p{Lu}[\p{L}\d ]{0,30},\s*ngày[\s\d.…]*tháng[\s\d.…]*năm\s*\d{4}\.?$/u;
const ISSUER_BODY = 'ỦY BAN NHÂN DÂN';
const MOTTO = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc';
// The unit line under ỦY BAN NHÂN DÂN when fixtures/tools/issuers.json does not name it.
const UNIT = /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|UBND) \S/u;

const issuers = JSON.parse(readFileSync(join(FIXTURES, 'tools/issuers.json'), 'utf8')) as Record<string, string>;

const plans = FOLDERS.flatMap((folder) => {
  const dir = join(FIXTURES, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ folder, name: file.slice(0, -'.txt'.length), dir }));
});

const collapse = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Body paragraph texts: a leading header table dropped, then everything before the `KẾ HOẠCH` type name. */
function bodyParagraphs(doc: PlanDocument): string[] {
  const blocks = doc.blocks[0]?.type === 'table' ? doc.blocks.slice(1) : doc.blocks;
  const texts = [...textBlocks(blocks)].map((block) => collapse(block.text)).filter((text) => text !== '');
  const title = texts.findIndex((text) => TITLE.test(text));
  return title >= 0 ? texts.slice(title) : texts;
}

/** The header lines a text carries before its type name: `Số: .../KH-UBND` and the place and date. */
function headerLines(doc: PlanDocument): { number: string | null; placeDate: string | null } {
  const texts = [...textBlocks(doc.blocks)].map((block) => collapse(block.text));
  const title = texts.findIndex((text) => TITLE.test(text));
  const head = texts.slice(0, title >= 0 ? title : 4);
  return {
    number: head.find((text) => NUMBER_LINE.test(text)) ?? null,
    placeDate: head.find((text) => PLACE_DATE.test(text)) ?? null,
  };
}

const cellText = (table: TableBlock, row: number, column: number) =>
  collapse((table.rows[row]?.[column]?.blocks ?? []).map((block) => block.text).join(' '));

/** The unit under ỦY BAN NHÂN DÂN: the text's own line if it prints one, else fixtures/tools/issuers.json, else unknown. */
function expectedIssuer(folder: string, name: string, text: PlanDocument): string | null {
  const head = [...textBlocks(text.blocks)].slice(0, 6).map((block) => collapse(block.text));
  const own = head[head.indexOf(ISSUER_BODY) + 1];
  if (head.includes(ISSUER_BODY) && own !== undefined && UNIT.test(own)) return own;
  const key = `${folder}/${name}`;
  const prefix = Object.keys(issuers)
    .filter((p) => !p.startsWith('$') && key.startsWith(p))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? null : (issuers[prefix] ?? null);
}

describe('fixtures', () => {
  it('has the five corpus plans to compare', () => {
    expect(plans.filter((plan) => plan.folder === 'corpus').length).toBeGreaterThanOrEqual(5);
  });
});

describe.each(plans)('$folder/$name: text, DOCX and PDF read alike', ({ folder, name, dir }) => {
  const load = async (ext: 'txt' | 'docx' | 'pdf'): Promise<PlanDocument> => {
    const path = join(dir, `${name}.${ext}`);
    if (!existsSync(path)) throw new Error(`${folder}/${name}.${ext} is missing: run \`pnpm fixtures\` (node fixtures/make-fixtures.mjs) and commit its output`);
    return (await readDocument(path)).value;
  };
  // Each read may fail on its own (a reader not built yet); each test then reports its own format's error.
  let reads: Record<'text' | 'docx' | 'pdf', PromiseSettledResult<PlanDocument>>;
  beforeAll(async () => {
    const [text, docx, pdf] = await Promise.allSettled([load('txt'), load('docx'), load('pdf')]);
    reads = { text, docx, pdf };
  });
  const doc = (format: 'text' | 'docx' | 'pdf'): PlanDocument => {
    const read = reads[format];
    if (read.status === 'rejected') throw read.reason;
    return read.value;
  };

  it('the text reads to a plan body', () => {
    const body = bodyParagraphs(doc('text'));
    expect(body.length).toBeGreaterThan(30);
    expect(doc('text').source.format).toBe('text');
  });

  it.each(['docx', 'pdf'] as const)('the %s gives the same body paragraphs as the text', (format) => {
    const read = doc(format);
    expect(read.source.format).toBe(format);
    expect(bodyParagraphs(read)).toEqual(bodyParagraphs(doc('text')));
  });

  it.each(['docx', 'pdf'] as const)('the %s opens with the header table: issuer | motto, then number | place and date', (format) => {
    const first = doc(format).blocks[0];
    expect(first?.type).toBe('table');
    const table = first as TableBlock;

    const issuer = cellText(table, 0, 0);
    expect(issuer.startsWith(`${ISSUER_BODY} `)).toBe(true);
    const unit = issuer.slice(ISSUER_BODY.length + 1);
    const expected = expectedIssuer(folder, name, doc('text'));
    if (expected !== null) expect(unit).toBe(expected);
    else expect(unit).toMatch(UNIT);
    expect(cellText(table, 0, 1)).toBe(MOTTO);

    const { number, placeDate } = headerLines(doc('text'));
    if (number === null && placeDate === null) {
      expect(table.rows).toHaveLength(1);
    } else {
      expect(table.rows).toHaveLength(2);
      expect(cellText(table, 1, 0)).toBe(number ?? '');
      expect(cellText(table, 1, 1)).toBe(placeDate ?? '');
    }
  });
});
