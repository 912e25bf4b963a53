import { describe, expect, it } from 'vitest';
import { findSection, readDocument, sectionBlocks, segment, walkSections } from '@plan-extract/core';

const corpus = (name: string) => new URL(`../../../fixtures/corpus/${name}`, import.meta.url);

describe('segment', () => {
  it('nests roman, number and letter sections as printed', async () => {
    const { value: doc } = await readDocument(corpus('ha-lang-2025-action-month.txt'));
    const root = segment(doc);
    expect(root.children.map((s) => s.path.join('.'))).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI']);
    const activities = findSection(root, /HOẠT ĐỘNG CHÍNH/);
    expect(activities?.children.map((s) => s.path.join('.'))).toEqual(['IV.1', 'IV.2', 'IV.3', 'IV.4', 'IV.5']);
    expect(activities?.children[0]?.children.map((s) => s.marker?.text)).toEqual(['a)', 'b)']);
  });

  it('keeps bullets as content and lets numbers continue after them', async () => {
    const { value: doc } = await readDocument(corpus('ha-lang-2025-action-month.txt'));
    const slogans = findSection(segment(doc), /KHẨU HIỆU/);
    expect(slogans?.blocks.map((b) => b.marker)).toEqual(['-', '-', '-']);
    expect(slogans?.children.map((s) => s.marker?.value)).toEqual(['4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(sectionBlocks(slogans!)).toHaveLength(12);
  });

  it('spans every section from its heading to its last block', async () => {
    const { value: doc } = await readDocument(corpus('ha-lang-2025-action-month.txt'));
    for (const s of walkSections(segment(doc))) {
      expect(doc.text.slice(s.span.start, s.span.end).startsWith(s.heading!.text)).toBe(true);
      for (const b of s.blocks) expect(b.span.end).toBeLessThanOrEqual(s.span.end);
    }
  });
});
