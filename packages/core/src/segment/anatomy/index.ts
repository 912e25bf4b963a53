/**
 * The anatomy of a plan: the zones Nghị định 30/2020/NĐ-CP (Appendix I) prescribes for every
 * administrative document, found once from the text itself and read by every extractor:
 *
 *   header    issuing body (under its parent body), national motto, number and symbol, place and date
 *   typeName  KẾ HOẠCH
 *   title     the summary line(s)
 *   opening   the citations of what the plan implements and its legal basis, to "... như sau:"
 *   body      the plan itself
 *   closing   signature block and recipients
 *
 * A zone the document does not have is null. Linear in the text: the front is read line by line up to
 * the opening, the closing from the end.
 */
import { pageAt, type PlanDocument } from '../../model.js';
import type { Anatomy, Span, Zone } from '../../schema.js';
import { printedLines, type Line } from '../lines.js';
import { findClosing } from './closing.js';
import { findOpening, findTitle, findTypeName, frontStop, untypedTitle, type Range } from './front.js';
import { findHeader, spanOf, zoneOf } from './header.js';

export { foldSameLength, leadOf, LEADS, type Lead } from './words.js';
export { AUTHORITY, RECIPIENTS_HEADING, bareText } from './closing.js';

/** The anatomy and the printed lines it was read from (extractors reuse both). */
export interface ReadAnatomy {
  anatomy: Anatomy;
  lines: Line[];
}

/** The zones of `doc` (see the module comment). */
export function findAnatomy(doc: PlanDocument, lines: Line[] = printedLines(doc)): Anatomy {
  return readAnatomy(doc, lines).anatomy;
}

/** `findAnatomy`, also returning the printed lines. */
export function readAnatomy(doc: PlanDocument, lines: Line[] = printedLines(doc)): ReadAnatomy {
  const text = doc.text;
  const page = (at: number) => pageAt(doc, at);
  const span = (r: Range): Span => spanOf(r, page);
  const zone = (pieces: readonly Range[]): Zone | null => zoneOf(pieces, page);

  const stop = frontStop(lines);
  const typeName = findTypeName(lines, stop);
  const headerLimit = typeName ? typeName.range.start : (lines[stop]?.start ?? text.length);
  const header = findHeader(text, lines, headerLimit, page);
  const title = typeName
    ? findTitle(text, lines, { line: typeName.line, offset: typeName.range.end })
    : untypedTitle(text, lines, header?.end ?? 0, stop, header !== null);
  const openingFrom = title?.end ?? typeName?.range.end ?? header?.end ?? 0;

  const firstAfter = lines.findIndex((l) => l.end > openingFrom);
  const closing = findClosing(lines, firstAfter < 0 ? lines.length : firstAfter);
  const closingParts = [closing.recipients, closing.signature].filter((r): r is Range => r !== null);
  const closingStart = closingParts.length > 0 ? Math.min(...closingParts.map((r) => r.start)) : text.length;
  const closingEnd = closingParts.length > 0 ? Math.max(...closingParts.map((r) => r.end)) : text.length;

  const { opening, bodyStart } = findOpening(text, lines, openingFrom, closingStart);
  let start = bodyStart;
  while (start < closingStart && /\s/u.test(text[start] ?? '')) start++;
  let end = closingStart;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;

  const anatomy: Anatomy = {
    header: header?.zones ?? null,
    typeName: typeName ? zone([typeName.range]) : null,
    title: title ? zone(title.pieces) : null,
    opening: opening ? zone([opening]) : null,
    body: end > start ? zone([{ start, end }]) : null,
    closing: closingParts.length > 0
      ? {
          span: span({ start: closingStart, end: closingEnd }),
          signature: closing.signature ? zone([closing.signature]) : null,
          recipients: closing.recipients ? zone([closing.recipients]) : null,
        }
      : null,
  };
  return { anatomy, lines };
}

/** The text of a zone: its pieces joined by a space, line breaks read as spaces ("" for null). */
export function zoneText(text: string, zone: Zone | null): string {
  if (!zone) return '';
  return zone.pieces.map((p) => text.slice(p.start, p.end)).join(' ').replace(/\s*\n\s*/g, ' ');
}
