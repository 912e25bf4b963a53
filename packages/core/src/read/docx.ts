/**
 * The DOCX reader.
 *
 * Why the body is read here and not through mammoth: mammoth's document tree
 * (`transformDocument`) gives each numbered paragraph only `{ level, isOrdered }`,
 * not its `w:numId`, so lists that restart (`w:startOverride`) or interleave cannot
 * be counted; aligning its paragraphs with `document.xml` by order breaks wherever
 * it merges or moves paragraphs (deleted paragraph marks, text boxes nested in
 * runs); it reads no headers or footers; and it costs about ten times a bare unzip
 * and XML read. A guarded unzip is needed anyway (mammoth's JSZip would inflate a
 * zip bomb whole), so one linear pass over our own parse serves everything. What
 * mammoth does well — which elements carry printed text (insertions kept,
 * deletions dropped, field results not instructions, content controls read
 * through) — is followed rule for rule in `docx/body.ts`, except that of
 * `mc:AlternateContent` the Choice Word shows is read, not mammoth's Fallback.
 */
import { createMessage, msg } from '../messages/index.js';
import type { Furniture, Message } from '../model.js';
import { PlanError } from '../errors.js';
import { normalizeText } from '../normalize/index.js';
import { fixMojibake } from '../normalize/legacy.js';
import { Budget } from './budget.js';
import { resolveLimits, type ReadOptions } from './options.js';
import type { RawBlock, RawDocument, RawParagraph } from './raw.js';
import { namespacesOf, StoryReader } from './docx/body.js';
import { FontResolver } from './docx/fonts.js';
import { ListCounter, readNumberingDefinitions } from './docx/numbering.js';
import { decodePart, elements, child, parseXml, type XmlElement } from './docx/xml.js';
import { openZip, type ZipArchive } from './docx/zip.js';

const REL_OFFICE_DOCUMENT = /\/officeDocument$/;
const REL_STYLES = /\/styles$/;
const REL_NUMBERING = /\/numbering$/;
const REL_HEADER = /\/header$/;
const REL_FOOTER = /\/footer$/;

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Read a DOCX into raw blocks: paragraphs with their printed list markers, tables as tables, headers/footers as furniture. */
export async function readDocx(bytes: Uint8Array, options: ReadOptions, budget = new Budget(resolveLimits(options.limits), options.path ?? null, options.signal)): Promise<RawDocument> {
  const file = options.path ?? null;
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw oleError(bytes, file);

  const zip = openZip(bytes, budget);
  const messages: Message[] = [];
  const readPart = (name: string, optional: Message[] | null) => readXmlPart(zip, name, budget, optional);
  const packageRels = readRels(readPart('_rels/.rels', messages), '_rels/.rels');
  const mainPart = packageRels.find((r) => REL_OFFICE_DOCUMENT.test(r.type))?.target ?? 'word/document.xml';
  if (!zip.has(mainPart)) {
    throw new PlanError('E_CORRUPT', `damaged DOCX: the package has no ${mainPart}`, file);
  }
  const document = readPart(mainPart, null);
  const body = child(document, 'w:body');
  if (!document || !body) throw new PlanError('E_CORRUPT', `damaged DOCX: ${mainPart} has no w:body`, file);

  const relsPath = relsPathOf(mainPart);
  const rels = readRels(readPart(relsPath, messages), relsPath);
  const partFor = (type: RegExp, fallback: string) => rels.find((r) => type.test(r.type))?.target ?? fallback;
  const styles = readPart(partFor(REL_STYLES, 'word/styles.xml'), messages);
  const numbering = readPart(partFor(REL_NUMBERING, 'word/numbering.xml'), messages);
  const definitions = readNumberingDefinitions(numbering, styles);

  const fonts = new FontResolver(styles);
  const bodyReader = new StoryReader(new ListCounter(definitions, messages), fonts, messages, budget, namespacesOf(document));
  const blocks = bodyReader.blocks(body);
  // A page is known only from Word's own layout; a file without it (LibreOffice, generators) has none.
  if (!bodyReader.pagesKnown) for (const p of paragraphsOf(blocks)) delete p.origin?.page;
  const legacy = new LegacyFixer();
  legacy.encoding = bodyReader.encoding;
  legacy.fix(paragraphsOf(blocks));

  const furniture: Furniture[] = [];
  for (const [region, type] of [['header', REL_HEADER], ['footer', REL_FOOTER]] as const) {
    const parts = rels.filter((r) => type.test(r.type)).map((r) => r.target);
    const named = zip.names.filter((n) => new RegExp(`^word/${region}\\d*\\.xml$`).test(n));
    for (const part of unique(parts.length > 0 ? parts : named).sort(byNaturalName)) {
      const root = readPart(part, messages);
      if (!root) continue;
      // Each header/footer counts its own lists: they are separate stories.
      const reader = new StoryReader(new ListCounter(definitions, messages), fonts, messages, budget, namespacesOf(root));
      const story = reader.blocks(root);
      legacy.encoding ??= reader.encoding;
      // Furniture skips assembly, so it is normalized here (a dropped PAGE field leaves a double space).
      const paragraphs = paragraphsOf(story);
      legacy.fix(paragraphs);
      const text = paragraphs.map((p) => normalizeText(p.text)).filter((t) => t !== '').join('\n');
      if (text !== '') furniture.push({ type: 'furniture', region, text, page: null });
    }
  }

  for (const name of zip.duplicates) {
    messages.push(createMessage('read/docx-duplicate-part', 'warning', 'document', msg('read/docx-duplicate-part', { part: name })));
  }
  return { blocks, furniture, pages: null, encoding: legacy.encoding, messages };
}

/**
 * Text typed in .VnTime (TCVN3) or VNI fonts reads like `KÕ ho¹ch`. Runs whose
 * font names the encoding are converted while reading (`docx/fonts.ts`); every
 * paragraph then goes through `fixMojibake`, for legacy text in a font that does
 * not say so. Per paragraph, because a document can mix Unicode and legacy
 * paragraphs; the document's encoding is the first one found.
 */
class LegacyFixer {
  encoding: string | null = null;

  fix(paragraphs: RawParagraph[]): void {
    for (const p of paragraphs) {
      const fixed = fixMojibake(p.text);
      this.encoding ??= fixed.encoding;
      p.text = fixed.text;
    }
  }
}

function paragraphsOf(blocks: RawBlock[]): RawParagraph[] {
  const out: RawParagraph[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b);
    else for (const row of b.rows) for (const cell of row) out.push(...cell);
  }
  return out;
}

/**
 * A part's XML root. The main document must parse (else `E_CORRUPT`); a damaged secondary part
 * (styles, numbering, header) costs a warning in `optional`, not the document. Size, node count
 * and time are the document's budget: the XML tree costs about 16 bytes of memory per byte.
 */
function readXmlPart(zip: ZipArchive, name: string, budget: Budget, optional: Message[] | null): XmlElement | null {
  const bytes = zip.read(name);
  if (!bytes) return null;
  try {
    return parseXml(decodePart(bytes), budget);
  } catch (error) {
    if (error instanceof PlanError) throw error;
    const reason = `damaged DOCX: ${name} is not well-formed XML (${(error as Error).message})`;
    if (!optional) throw new PlanError('E_CORRUPT', reason, budget.file, { cause: error });
    optional.push(createMessage('read/docx-damaged-part', 'warning', 'document', msg('read/docx-damaged-part', { part: name, error: (error as Error).message })));
    return null;
  }
}

interface Relationship {
  type: string;
  /** The target part's name in the ZIP (resolved, no leading "/"). */
  target: string;
}

function readRels(root: XmlElement | null, relsPath: string): Relationship[] {
  const base = relsPath.replace(/_rels\/[^/]*$/, '');
  const out: Relationship[] = [];
  for (const rel of elements(root, 'Relationship')) {
    const type = rel.attrs['Type'];
    const target = rel.attrs['Target'];
    if (!type || !target || rel.attrs['TargetMode'] === 'External') continue;
    out.push({ type, target: resolvePartName(base, target) });
  }
  return out;
}

/** `word/document.xml` → `word/_rels/document.xml.rels`. */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function resolvePartName(base: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

function byNaturalName(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * An OLE compound file where a DOCX was expected: Office saves password-protected
 * OOXML that way (streams `EncryptionInfo` + `EncryptedPackage`); anything else is a .doc.
 */
function oleError(bytes: Uint8Array, file: string | null): PlanError {
  const marker = Buffer.from('EncryptionInfo', 'utf16le');
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(marker)) {
    return new PlanError('E_ENCRYPTED', 'the DOCX is password-protected (encrypted OOXML); save a copy without a password', file);
  }
  return new PlanError('E_UNSUPPORTED', 'a legacy Word (.doc) or other OLE file, not a DOCX; save it as .docx', file);
}
