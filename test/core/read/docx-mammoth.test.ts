/**
 * Our DOCX reader walks the OOXML itself (see read/docx.ts for why); mammoth is the reference for
 * what text a Word file holds. On every DOCX fixture both must give the same paragraphs, ours with
 * Word's automatic numbers restored in front (the part mammoth drops).
 */
import { readdirSync, readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { normalizeText, readDocument, textBlocks } from '@plan-extract/core';

const dirs = ['corpus', 'province'].map((d) => new URL(`../../../fixtures/${d}/`, import.meta.url));
const files = dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.docx')).map((f) => new URL(f, dir)));

describe.each(files.map((f) => [f.pathname.split('/').slice(-2).join('/'), f] as const))('%s', (_, file) => {
  it('reads the paragraphs mammoth reads, with the printed list markers restored', async () => {
    const { value: raw } = await mammoth.extractRawText({ buffer: readFileSync(file) });
    const theirs = raw.split('\n').map((p) => normalizeText(p)).filter(Boolean);
    const { value: doc } = await readDocument(file);
    const ours = [...textBlocks(doc.blocks)].flatMap((b) => b.text.split('\n'));
    const withoutAutoMarkers = ours.map((text, i) => (theirs[i] === text ? text : text.replace(/^(?:[-+•]|\d+\.|[a-zđ]\))\s+/u, '')));
    expect(withoutAutoMarkers).toEqual(theirs);
    // And the markers mammoth lost are there in ours.
    expect(ours.filter((t, i) => t !== theirs[i]).length).toBeGreaterThan(0);
  });
});
