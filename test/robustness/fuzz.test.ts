/**
 * Property-based and fuzz tests of the whole read → extract pipeline on hostile input:
 * random bytes, every corpus fixture cut at many offsets, runs of bytes overwritten inside
 * the corpus PDFs and DOCX files, DOCX packages whose XML is damaged inside a valid zip
 * (re-zipped with fflate), and random Unicode text (combining marks, lone surrogates, NUL, RTL).
 *
 * Properties: nothing but a `PlanError` (one line, naming the file) escapes `readDocument`
 * or `extract`; nothing hangs (each read has a time budget, vitest's timeout catches a
 * synchronous loop); the same input gives JSON-equal output twice; and for text input
 * every span lies inside `text` and reads as its value.
 *
 * CI runs a fixed seed and bounded run counts: this file takes about 10 s, the whole
 * robustness suite about 35 s on two cores. Run longer by hand (every property then makes
 * at least that many runs):
 *   FUZZ_RUNS=2000 npx vitest run test/robustness/fuzz.test.ts --testTimeout=0
 * and FUZZ_SEED=<n> to explore other inputs. A failure prints its seed and shrunk input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus, expectDeterministic, expectSpansInside, fflate, readAndExtract, runs, SEED } from './helpers.js';

const LONG = process.env['FUZZ_RUNS'] ? 0 : 60_000;
const params = (numRuns: number) => ({ seed: SEED, numRuns: runs(numRuns), endOnFailure: true });

describe('random bytes', () => {
  it('are refused or read, never crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        await expectDeterministic(() => bytes.slice(), { path: 'random.bin' });
      }),
      params(150),
    );
  }, LONG);

  it('behind a real signature (PDF, ZIP, OLE, BOM) are refused or read, never crash', async () => {
    const heads = ['%PDF-1.7\n', 'PK\x03\x04', '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1', '\xef\xbb\xbf', '\xff\xfe', 'PK\x05\x06'].map((h) => Buffer.from(h, 'latin1'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ maxLength: 2048 }), async (head, tail) => {
        const bytes = new Uint8Array([...head, ...tail]);
        await expectDeterministic(() => bytes.slice(), { path: 'signed.bin' });
      }),
      params(150),
    );
  }, LONG);
});

describe('truncated fixtures', () => {
  // Text and DOCX are cheap; a PDF read costs 0.1–1 s, so it gets fewer cuts.
  const cases = [
    ...corpus('txt').map((f) => ({ ...f, cuts: 40 })),
    ...corpus('docx').map((f) => ({ ...f, cuts: 40 })),
    ...corpus('pdf').map((f) => ({ ...f, cuts: 10 })),
  ];
  it.each(cases.map((c) => [c.name, c] as const))('%s cut anywhere: a PlanError or a document', async (name, { bytes, cuts }) => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), async (cut) => {
        const outcome = await readAndExtract(bytes.slice(0, cut), { path: name });
        if (cut === 0) expect(outcome).toMatchObject({ ok: false, code: 'E_EMPTY' });
        if (outcome.ok && name.endsWith('.txt')) expectSpansInside(outcome.extraction);
        // Past its first local header a cut DOCX has lost its central directory: refused, never half-read.
        if (name.endsWith('.docx') && cut >= 64) expect(outcome.ok ? 'ok' : outcome.code).toMatch(/^E_(CORRUPT|UNSUPPORTED)$/);
      }),
      // The fixed cuts come on top of the random ones.
      { ...params(cuts), examples: [[0], [1], [bytes.length >> 1], [bytes.length - 1]] },
    );
  }, LONG);
});

describe('byte damage inside whole fixtures', () => {
  const flips = fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }), run: fc.integer({ min: 1, max: 64 }) }), { minLength: 1, maxLength: 8 });
  const damaged = (bytes: Uint8Array, damage: Array<{ at: number; value: number; run: number }>) => {
    const copy = bytes.slice();
    for (const { at, value, run } of damage) copy.fill(value, at % copy.length, (at % copy.length) + run);
    return copy;
  };

  it('PDF: overwritten runs of bytes give a PlanError or a document', async () => {
    const pdfs = corpus('pdf');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pdfs), flips, async (pdf, damage) => {
        const bytes = damaged(pdf.bytes, damage);
        await readAndExtract(bytes, { path: pdf.name });
      }),
      params(25),
    );
  }, LONG);

  it('DOCX: overwritten runs of bytes in the zip give a PlanError or a document, the same twice', async () => {
    const docs = corpus('docx');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...docs), flips, async (doc, damage) => {
        const bytes = damaged(doc.bytes, damage);
        await expectDeterministic(() => bytes.slice(), { path: doc.name });
      }),
      params(150),
    );
  }, LONG);
});

/** One damage to an XML part: the zip stays valid, the XML does not. */
const xmlDamage = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    what: fc.oneof(
      fc.constantFrom('<', '>', '&', '&amp', '&#0;', '&#xD800;', '&#x110000;', '</w:p>', '<w:p>', '<w:t>', '</w:body>', ']]>', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>', '<w:numPr><w:numId w:val="999999999"/><w:ilvl w:val="-1"/></w:numPr>', '\u0000', '\uFFFE', '"', "'", 'w:val="NaN"'),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);
type XmlDamage = typeof xmlDamage extends fc.Arbitrary<infer T> ? T : never;

function damage(xml: Uint8Array, d: XmlDamage): Uint8Array {
  const at = xml.length === 0 ? 0 : d.at % xml.length;
  const join = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
  switch (d.kind) {
    case 'delete':
      return join(xml.subarray(0, at), xml.subarray(at + d.length));
    case 'insert':
      return join(xml.subarray(0, at), new TextEncoder().encode(d.what), xml.subarray(at));
    case 'duplicate':
      return join(xml.subarray(0, at + d.length), xml.subarray(at));
    case 'byte': {
      const copy = xml.slice();
      copy[at] = d.value;
      return copy;
    }
    case 'cut':
      return xml.slice(0, at);
  }
}

describe('DOCX with damaged XML inside a valid zip', () => {
  const docs = corpus('docx').map((f) => ({ ...f, entries: fflate.unzipSync(f.bytes) }));
  it('every damage gives a PlanError or a document, the same twice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...docs),
        fc.constantFrom('word/document.xml', 'word/document.xml', 'word/numbering.xml', 'word/styles.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels', '_rels/.rels'),
        fc.array(xmlDamage, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        async (doc, part, damages, dropPart) => {
          const entries: Record<string, Uint8Array> = { ...doc.entries };
          const xml = entries[part];
          if (xml && dropPart && damages.length === 1) delete entries[part];
          else if (xml) entries[part] = damages.reduce(damage, xml);
          const zipped = fflate.zipSync(entries);
          await expectDeterministic(() => zipped.slice(), { path: doc.name });
        },
      ),
      params(150),
    );
  }, LONG);
});

describe('random Unicode text', () => {
  // Real plan lines give the extractors something to bite on; the noise breaks them.
  const lines = corpus('txt').flatMap((f) => new TextDecoder().decode(f.bytes).split('\n')).filter((l) => l.trim() !== '');
  const noise = fc.oneof(
    fc.constantFrom(...lines),
    fc.constantFrom(...lines).map((l) => l.normalize('NFD')),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom('\u0000', '\u0301\u0323\u0300', '\u200f\u202e', 'مرحبا', '\ud800', '\udfff', '\ufeff', '\r', '\r\n', '\u2028', '\t', '  ', '*', '**', 'ngày 31 tháng 2 năm 2025', '99/99/9999', 'I.', 'a)', '-', '1.1.1.1.1.1.1.'),
  );
  const textArb = fc.array(noise, { maxLength: 60 }).chain((parts) => fc.constantFrom('\n', '\n\n', ' ', '').map((sep) => parts.join(sep)));

  it('as a string: spans stay inside the text and read as their values, output is deterministic', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, async (text) => {
        const outcome = await expectDeterministic(() => ({ text }), { path: 'random.txt' });
        if (outcome.ok) expectSpansInside(outcome.extraction);
      }),
      params(250),
    );
  }, LONG);

  it('as bytes in UTF-8, UTF-16 and Windows-1252-like encodings: the same properties', async () => {
    await fc.assert(
      fc.asyncProperty(textArb, fc.constantFrom('utf8', 'utf16le', 'latin1') as fc.Arbitrary<BufferEncoding>, fc.boolean(), async (text, encoding, bom) => {
        const body = Buffer.from(text, encoding);
        const bytes = new Uint8Array(bom && encoding === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
        const outcome = await expectDeterministic(() => bytes.slice(), { path: 'random.txt' });
        if (outcome.ok) expectSpansInside(outcome.extraction);
      }),
      params(150),
    );
  }, LONG);
});
