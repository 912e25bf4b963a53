/**
 * Walks a WordprocessingML story (the body, a header, a footer) into raw
 * paragraphs and tables. The reading rules follow mammoth's (insertions kept and
 * deletions dropped, field instructions skipped
 * and their results kept, content controls and smart tags read through, text
 * boxes read after the paragraph that anchors them), except one: of `mc:AlternateContent`,
 * the `mc:Choice` Word shows is read when its namespaces are understood (mammoth reads the
 * `mc:Fallback`, and a validator that checks text nobody sees could be fooled). Tabs become
 * spaces and soft line breaks "\n"; numbered paragraphs get their printed marker in front.
 */
import { createMessage, msg, type MessageRef } from '../../messages/index.js';
import type { Message } from '../../model.js';
import { rawParagraph, type RawBlock, type RawCellLayout, type RawParagraph, type RawTable } from '../raw.js';
import { tcvn3ToUnicode, vniToUnicode } from '../../normalize/legacy.js';
import { fontEncoding, type FontEncoding, type FontResolver } from './fonts.js';
import { mapSymbols, type ListCounter, type NumPr } from './numbering.js';
import type { Budget } from '../budget.js';
import { child, childVal, elements, isOn, type XmlElement } from './xml.js';

const EMPTY: XmlElement = { name: 'mc:AlternateContent', attrs: {}, children: [] };

/** Elements read through: their content is the document's content. */
const TRANSPARENT = new Set(['w:customXml', 'w:ins', 'w:moveTo', 'w:smartTag', 'w:hyperlink', 'w:fldSimple', 'w:dir', 'w:bdo', 'w:sdtContent']);
/** Elements that carry no printed text (properties, bookmarks, revisions removed, notes marks). */
const SILENT = new Set([
  'w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:tblPrEx', 'w:sdtPr', 'w:sdtEndPr',
  'w:customXmlPr', 'w:smartTagPr', 'w:del', 'w:moveFrom', 'w:delText', 'w:delInstrText', 'w:proofErr',
  'w:bookmarkStart', 'w:bookmarkEnd', 'w:commentRangeStart', 'w:commentRangeEnd', 'w:commentReference',
  'w:annotationRef', 'w:permStart', 'w:permEnd', 'w:lastRenderedPageBreak', 'w:footnoteReference',
  'w:endnoteReference', 'w:footnoteRef', 'w:endnoteRef', 'w:separator', 'w:continuationSeparator',
  'w:moveFromRangeStart', 'w:moveFromRangeEnd', 'w:moveToRangeStart', 'w:moveToRangeEnd',
  'w:customXmlInsRangeStart', 'w:customXmlInsRangeEnd', 'w:customXmlDelRangeStart', 'w:customXmlDelRangeEnd',
  'w:fldData', 'w:subDoc', 'w:pgNum', 'w:dayShort', 'w:dayLong', 'w:monthShort', 'w:monthLong', 'w:yearShort', 'w:yearLong',
  'w:rPrChange', 'w:pPrChange', 'w:kern', 'w:contentPart', 'w:oleObject', 'o:OLEObject', 'w:control',
  'v:shapetype', 'v:imagedata', 'v:fill', 'v:stroke', 'v:path', 'v:shadow', 'o:lock', 'w10:wrap', 'w10:anchorlock',
]);

interface Field {
  /** `instruction` between `begin` and `separate` (not printed), then `result` (printed). */
  phase: 'instruction' | 'result';
  instruction: string;
}

/**
 * Fields whose cached result is one page's value (LibreOffice stores the last page's
 * number in a header's PAGE field): printing it would put "8" where every page differs.
 */
const PAGE_FIELD = /^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b/i;
const MAX_FIELD_DEPTH = 32;

/**
 * Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư, combining tones, U+1EA0–1EF9): a run
 * holding them was typed in Unicode. Windows-1252's own letters (Œ Š Ž Ÿ ƒ) are not
 * among them: legacy text read as Windows-1252 contains those.
 */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u0300-\u036f\u1ea0-\u1ef9]/;

/** Reads stories into raw blocks; one instance per story. */
export class StoryReader {
  private readonly fields: Field[] = [];
  /** Fields opened past MAX_FIELD_DEPTH, not tracked one by one. */
  private fieldsBeyond = 0;
  private readonly warned = new Set<string>();
  private paragraphStyle: string | null = null;
  /** The legacy encoding converted from because of a run's font, if any. */
  encoding: FontEncoding | null = null;
  /** Paragraphs met so far (`w:p`, empty ones and those in tables and text boxes too): a paragraph's number for locations. */
  private paragraphs = 0;
  /** Page breaks Word recorded where it last laid the document out (`w:lastRenderedPageBreak`). */
  private renderedBreaks = 0;
  /** Whether the story records Word's layout at all; without it, no paragraph's page is known. */
  get pagesKnown(): boolean {
    return this.renderedBreaks > 0;
  }

  constructor(
    private readonly lists: ListCounter,
    private readonly fonts: FontResolver,
    private readonly messages: Message[],
    private readonly budget: Budget | null = null,
    /** Prefix → namespace URI, as the part's root declares them (for `mc:Choice Requires`). */
    private readonly namespaces: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The blocks of a story root (`w:body`, `w:hdr`, `w:ftr`). Tables stay tables at this level only. */
  blocks(container: XmlElement): RawBlock[] {
    const out: RawBlock[] = [];
    this.blockContent(container, out, true);
    return out;
  }

  private blockContent(container: XmlElement, out: RawBlock[], tablesAsTables: boolean): void {
    for (const node of container.children) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'w:p':
          this.paragraph(node, out);
          break;
        case 'w:tbl':
          if (tablesAsTables) out.push(this.table(node));
          // A table inside a cell or text box: its paragraphs join the cell, row by row.
          else for (const row of this.table(node).rows) for (const cell of row) out.push(...cell);
          break;
        case 'w:sdt':
          this.blockContent(child(node, 'w:sdtContent') ?? node, out, tablesAsTables);
          break;
        case 'mc:AlternateContent':
          this.blockContent(this.alternative(node), out, tablesAsTables);
          break;
        case 'w:altChunk':
          this.warn('w:altChunk', msg('read/docx-unknown-element#alt-chunk'));
          break;
        default:
          if (TRANSPARENT.has(node.name)) this.blockContent(node, out, tablesAsTables);
          else if (!SILENT.has(node.name)) {
            this.warn(node.name, msg('read/docx-unknown-element', { element: node.name, where: 'body' }));
            this.blockContent(node, out, tablesAsTables);
          }
      }
    }
  }

  /**
   * A table as a grid: a cell merged across columns (`w:gridSpan`) keeps its text in its first
   * grid column and leaves the others empty, and grid columns a row skips (`w:gridBefore`,
   * `w:gridAfter`) are empty cells, so that a column keeps its index in every row (a task table's
   * lead agency is in the same column on a group row's neighbours). A cell merged down
   * (`w:vMerge`) reads empty below its first row, as Word stores it, and is marked `mergedAbove`.
   */
  private table(tbl: XmlElement): RawTable {
    const rows: RawParagraph[][][] = [];
    const layout: RawCellLayout[][] = [];
    for (const tr of partsOf(tbl, 'w:tr')) {
      const trPr = child(tr, 'w:trPr');
      // A row deleted with tracked changes is not printed.
      if (child(trPr, 'w:del')) continue;
      const cells: RawParagraph[][] = [];
      const cellLayout: RawCellLayout[] = [];
      const skip = (name: string) => {
        for (let n = gridCount(childVal(trPr, name)); n > 0; n--) {
          cells.push([]);
          cellLayout.push({ mergedAbove: false });
        }
      };
      skip('w:gridBefore');
      for (const tc of partsOf(tr, 'w:tc')) {
        const blocks: RawBlock[] = [];
        this.blockContent(tc, blocks, false);
        cells.push(blocks.filter((b): b is RawParagraph => b.type === 'paragraph'));
        // Without `w:val="restart"`, `w:vMerge` continues the cell above (across all the columns it spans).
        const tcPr = child(tc, 'w:tcPr');
        const vMerge = child(tcPr, 'w:vMerge');
        const mergedAbove = vMerge !== null && vMerge.attrs['w:val'] !== 'restart';
        cellLayout.push({ mergedAbove });
        for (let n = gridCount(childVal(tcPr, 'w:gridSpan')) - 1; n > 0; n--) {
          cells.push([]);
          cellLayout.push({ mergedAbove });
        }
      }
      skip('w:gridAfter');
      rows.push(cells);
      layout.push(cellLayout);
    }
    return { type: 'table', rows, page: null, layout };
  }

  private paragraph(p: XmlElement, out: RawBlock[]): void {
    const pPr = child(p, 'w:pPr');
    const numPrEl = child(pPr, 'w:numPr');
    const numPr: NumPr | null = numPrEl
      ? { numId: childVal(numPrEl, 'w:numId'), ilvl: toInt(childVal(numPrEl, 'w:ilvl')) }
      : null;
    const parts: string[] = [];
    const boxes: RawBlock[] = [];
    const origin = { paragraph: ++this.paragraphs, page: this.renderedBreaks + 1 };
    const outerStyle = this.paragraphStyle; // a text box's paragraphs sit inside this one's runs
    this.paragraphStyle = childVal(pPr, 'w:pStyle');
    this.inline(p, parts, boxes, false);
    // A field instruction never spans paragraphs; one left open is damage, and must not hide the rest.
    for (const field of this.fields) field.phase = 'result';
    let text = parts.join('');
    // Word prints the marker even on an empty numbered paragraph, and counts it.
    const numbered = this.lists.next(this.paragraphStyle, numPr);
    this.paragraphStyle = outerStyle;
    if (numbered && numbered.marker !== '') text = `${numbered.marker}${numbered.suffix}${text}`;
    if (this.budget) {
      this.budget.text(text.length);
      if (origin.paragraph % 256 === 0) this.budget.checkTime();
    }
    out.push(rawParagraph(text, null, origin));
    out.push(...boxes);
  }

  private inline(element: XmlElement, parts: string[], boxes: RawBlock[], hidden: boolean): void {
    for (const node of element.children) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'w:r': {
          const rPr = child(node, 'w:rPr');
          this.run(node, parts, boxes, hidden || isOn(child(rPr, 'w:vanish')), rPr);
          break;
        }
        case 'w:sdt':
          this.inline(child(node, 'w:sdtContent') ?? node, parts, boxes, hidden);
          break;
        case 'mc:AlternateContent':
          this.inline(this.alternative(node), parts, boxes, hidden);
          break;
        case 'm:oMath':
        case 'm:oMathPara':
          if (!hidden) parts.push(mathText(node));
          break;
        case 'w:fldSimple':
          if (!PAGE_FIELD.test(node.attrs['w:instr'] ?? '')) this.inline(node, parts, boxes, hidden);
          break;
        default:
          if (TRANSPARENT.has(node.name)) this.inline(node, parts, boxes, hidden);
          else if (!SILENT.has(node.name)) {
            this.warn(node.name, msg('read/docx-unknown-element', { element: node.name, where: 'paragraph' }));
            this.inline(node, parts, boxes, hidden);
          }
      }
    }
  }

  private run(r: XmlElement, parts: string[], boxes: RawBlock[], hidden: boolean, rPr: XmlElement | null): void {
    const legacy = fontEncoding(this.fonts.runFont(rPr, this.paragraphStyle));
    const printing = () => !hidden && this.fields.every((f) => f.phase === 'result' && !PAGE_FIELD.test(f.instruction));
    for (const node of r.children) {
      if (typeof node === 'string') continue;
      switch (node.name) {
        case 'w:t':
          if (printing()) parts.push(legacy ? this.fromLegacyFont(textOf(node), legacy) : textOf(node));
          break;
        case 'w:tab':
        case 'w:ptab':
          if (printing()) parts.push(' ');
          break;
        case 'w:br':
        case 'w:cr':
          // Page and column breaks too: the words on either side must not run together.
          if (printing()) parts.push('\n');
          break;
        case 'w:lastRenderedPageBreak':
          this.renderedBreaks++;
          break;
        case 'w:noBreakHyphen':
          if (printing()) parts.push('-');
          break;
        case 'w:softHyphen':
          break;
        case 'w:sym':
          if (printing()) parts.push(mapSymbols(String.fromCharCode(Number.parseInt(node.attrs['w:char'] ?? '20', 16) || 0x20), node.attrs['w:font'] ?? null));
          break;
        case 'w:fldChar': {
          const type = node.attrs['w:fldCharType'];
          // Fields nest a few deep; past MAX_FIELD_DEPTH only the count is kept (every field's state
          // is looked at for every run, so an unbounded stack of unclosed fields was quadratic).
          if (type === 'begin') {
            if (this.fields.length < MAX_FIELD_DEPTH) this.fields.push({ phase: 'instruction', instruction: '' });
            else this.fieldsBeyond++;
          } else if (type === 'separate') {
            const top = this.fields[this.fields.length - 1];
            if (top && this.fieldsBeyond === 0) top.phase = 'result';
          } else if (type === 'end') {
            if (this.fieldsBeyond > 0) this.fieldsBeyond--;
            else this.fields.pop();
          }
          break;
        }
        case 'w:ruby':
          // Only the base text is printed in line; the ruby text sits above it.
          this.inline(child(node, 'w:rubyBase') ?? node, parts, boxes, hidden);
          break;
        case 'w:instrText': {
          const top = this.fields[this.fields.length - 1];
          if (top && top.phase === 'instruction' && this.fieldsBeyond === 0 && top.instruction.length < 256) top.instruction += textOf(node);
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
        case 'mc:AlternateContent':
          if (!hidden) this.textBoxes(node, boxes);
          break;
        default:
          if (node.name === 'w:rPr' || SILENT.has(node.name)) break;
          this.warn(node.name, msg('read/docx-unknown-element', { element: node.name, where: 'run' }));
      }
    }
  }

  /**
   * Text in a legacy font is in that font's encoding, whatever it looks like;
   * convert it, and draw the ABC capitals fonts' text in capitals, as printed.
   * A run already holding Unicode Vietnamese (typed with the font kept) is left alone.
   */
  private fromLegacyFont(text: string, legacy: { encoding: FontEncoding; capitals: boolean }): string {
    if (UNICODE_VIETNAMESE.test(text) || (!/[^\x00-\x7f]/.test(text) && !legacy.capitals)) return text;
    const converted = legacy.encoding === 'tcvn3' ? tcvn3ToUnicode(text) : vniToUnicode(text);
    if (converted !== text) this.encoding ??= legacy.encoding;
    return legacy.capitals ? converted.toLocaleUpperCase('vi') : converted;
  }

  /** Paragraphs of text boxes inside a drawing, read once (the `mc:Fallback` copy when there are two). */
  private textBoxes(element: XmlElement, boxes: RawBlock[]): void {
    if (element.name === 'w:txbxContent') {
      this.blockContent(element, boxes, false);
      return;
    }
    if (element.name === 'mc:AlternateContent') {
      this.textBoxes(this.alternative(element), boxes);
      return;
    }
    for (const c of elements(element)) this.textBoxes(c, boxes);
  }

  /**
   * What Word shows of an `mc:AlternateContent` (ECMA-376 part 3, markup compatibility): the first
   * `mc:Choice` whose required namespaces are all understood here, else the `mc:Fallback`, else nothing.
   */
  private alternative(alternate: XmlElement): XmlElement {
    for (const choice of elements(alternate, 'mc:Choice')) {
      const prefixes = (choice.attrs['Requires'] ?? '').split(/\s+/).filter(Boolean);
      const own = namespacesOf(choice);
      const understood = (prefix: string) => UNDERSTOOD_NAMESPACES.has(own.get(prefix) ?? namespacesOf(alternate).get(prefix) ?? this.namespaces.get(prefix) ?? '');
      if (prefixes.length > 0 && prefixes.every(understood)) return choice;
    }
    return child(alternate, 'mc:Fallback') ?? EMPTY;
  }

  private warn(key: string, message: MessageRef): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    this.messages.push(createMessage('read/docx-unknown-element', 'warning', 'document', message));
  }
}

/**
 * Namespaces whose markup this reader reads inside an `mc:Choice`: WordprocessingML, Word 2010+
 * shapes, groups, canvases and text effects, DrawingML, VML and Office Math. Text boxes are read
 * wherever they sit, so a Choice that needs only these shows the text Word shows.
 */
const UNDERSTOOD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  'http://schemas.microsoft.com/office/word/2010/wordml',
  'http://schemas.microsoft.com/office/word/2012/wordml',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'http://schemas.microsoft.com/office/drawing/2010/main',
  'urn:schemas-microsoft-com:vml',
  'urn:schemas-microsoft-com:office:office',
  'urn:schemas-microsoft-com:office:word',
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
]);

/** Prefix → namespace URI from an element's `xmlns:*` attributes (the part's root declares them all in practice). */
export function namespacesOf(element: XmlElement | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(element?.attrs ?? {})) if (key.startsWith('xmlns:')) out.set(key.slice(6), value);
  return out;
}

/** A table's rows (`w:tr`) or a row's cells (`w:tc`), also those wrapped in content controls, custom XML or tracked insertions. */
function partsOf(el: XmlElement, name: 'w:tr' | 'w:tc'): XmlElement[] {
  const parts: XmlElement[] = [];
  const walk = (parent: XmlElement) => {
    for (const c of elements(parent)) {
      if (c.name === name) parts.push(c);
      else if (c.name === 'w:sdt') walk(child(c, 'w:sdtContent') ?? c);
      else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') walk(c);
    }
  };
  walk(el);
  return parts;
}

/** A count of grid columns (`w:gridSpan`, `w:gridBefore`): 0 when absent, at most 64 (Word's own column limit) when absurd. */
function gridCount(value: string | null): number {
  const n = toInt(value);
  return n === null || n < 0 ? 0 : Math.min(n, 64);
}

function toInt(value: string | null): number | null {
  const n = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
}

function textOf(element: XmlElement): string {
  let s = '';
  for (const c of element.children) if (typeof c === 'string') s += c;
  return s;
}

/** Office Math: the text of its `m:t` runs, in order. */
function mathText(element: XmlElement): string {
  let s = '';
  for (const c of elements(element)) s += c.name === 'm:t' ? textOf(c) : mathText(c);
  return s;
}
