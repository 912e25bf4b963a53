import { compareKey } from '../normalize/index.js';
import type { Reference, UpstreamRef } from '../schema.js';
import type { ExtractContext } from './context.js';
import { ground, numericDate } from './lines.js';

type Kind = Reference['kind'];

const KINDS: Array<[RegExp, Kind]> = [
  [/^nghị\s+định/iu, 'decree'],
  [/^thông\s+tư/iu, 'circular'],
  [/^chỉ\s+thị/iu, 'directive'],
  [/^quyết\s+định/iu, 'decision'],
  [/^nghị\s+quyết/iu, 'resolution'],
  [/^kế\s+hoạch/iu, 'plan'],
];

//   "Nghị định số 56/2017/NĐ-CP ngày 09/5/2017"   "Thông tư 28/2019/TT-BLĐTBXH ngày 26/12/2019"
//   "Chỉ thị số 28-CT/TW ngày 25/12/2023"   "Nghị định số 56/NĐ-CP" (malformed: kept as printed)
const NUMBERED = /(?<![\p{L}])((?:[Nn]ghị\s+định|[Tt]hông\s+tư(?:\s+liên\s+tịch)?|[Cc]hỉ\s+thị|[Qq]uyết\s+định|[Nn]ghị\s+quyết|[Kk]ế\s+hoạch|[Cc]ông\s+văn|[Hh]ướng\s+dẫn))(?:\s+số)?\s+(\d+[-/][\p{L}\d/\-&.]*[\p{L}\d])(?:\s*,?\s*ngày\s+(\d{1,2})\/(\d{1,2})\/(\d{4}))?/gu;
const GROUP_TYPE = 1;
const GROUP_NUMBER = 2;
const GROUP_DAY = 3;
const GROUP_MONTH = 4;
const GROUP_YEAR = 5;

// Laws are cited by name: "Luật Trẻ em 2016", "Luật trẻ em năm 2016", "Luật Hôn nhân và gia đình".
// Names that contain a stop word are listed; others run until punctuation or a stop word.
const KNOWN_LAWS = [/^Hôn nhân và gia đình/iu, /^Phòng,?\s*chống bạo lực gia đình/iu, /^Phòng,?\s*chống ma tú?y/iu, /^Khám bệnh,?\s*chữa bệnh/iu];
const LAW = /(?<![\p{L}])Luật\s+(\p{L}[\p{L}\p{M}]*(?:\s+[\p{L}\p{M}]+)*?)(?=\s*(?:[,;.:()“”"\n]|$|\s(?:năm|của|để|và|theo|quy|về|trên|đến|các|được|cho|trong|tại|nhằm|với|là|có|gắn|đã|này|số|\d)))(?:\s+(?:năm\s+)?((?:19|20)\d{2}))?/gu;

/**
 * Legal documents the plan cites: laws by name, decrees, circulars, directives, decisions,
 * resolutions, with number and date as printed (a malformed number such as `56/NĐ-CP` is kept
 * for validation to flag). Each document once, at its first citation; the plans it implements
 * are in `implements`, not here.
 */
export function extractReferences(ctx: ExtractContext, known: { implements?: UpstreamRef[] } = {}): Reference[] {
  const text = ctx.doc.text;
  const skip = new Set((known.implements ?? []).map((r) => r.span.start));
  const found: Array<Reference & { key: string }> = [];
  for (const m of text.matchAll(NUMBERED)) {
    const start = m.index ?? 0;
    if (skip.has(start)) continue;
    const type = m[GROUP_TYPE] ?? '';
    const kind = KINDS.find(([re]) => re.test(type))?.[1] ?? 'other';
    const number = m[GROUP_NUMBER] ?? '';
    const day = m[GROUP_DAY];
    const month = m[GROUP_MONTH];
    const year = m[GROUP_YEAR];
    const g = ground(ctx, start, start + m[0].length);
    found.push({ kind, number, issuedOn: day && month && year ? numericDate(day, month, year) : null, text: g.text, span: g.span, key: `${kind}:${number}` });
  }
  for (const m of text.matchAll(LAW)) {
    const start = m.index ?? 0;
    let name = m[1] ?? '';
    let end = start + m[0].length;
    let year = m[2] ?? null;
    const nameAt = start + m[0].indexOf(name);
    const tail = text.slice(nameAt, nameAt + 60);
    const knownName = KNOWN_LAWS.map((k) => k.exec(tail)?.[0]).find((k) => k !== undefined);
    if (knownName) {
      name = knownName;
      end = nameAt + knownName.length;
      const y = /^\s+(?:năm\s+)?((?:19|20)\d{2})/u.exec(text.slice(end));
      year = y ? (y[1] ?? null) : null;
      if (y) end += y[0].length;
    }
    const g = ground(ctx, start, end);
    found.push({ kind: 'law', number: null, issuedOn: year, text: g.text, span: g.span, key: `law:${compareKey(name)}` });
  }
  found.sort((a, b) => a.span.start - b.span.start);
  const seen = new Set<string>();
  const out: Reference[] = [];
  for (const { key, ...ref } of found) {
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(ref);
  }
  return out;
}
