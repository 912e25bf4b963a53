import { citationKey, findCitations, namedCitationAt, type Citation } from '../citations/index.js';
import type { CitationRole, UpstreamRef } from '../schema.js';
import { LEADS, OWN_VERB, leadOf } from '../segment/anatomy/words.js';
import { parseMarker } from '../segment/markers.js';
import { spanIn, type ExtractContext } from './context.js';
import { flat } from './lines.js';
import { openingOf } from './opening.js';

/** A clause of the opening: one item of its `;`-joined lists, one sentence, one list item. */
interface Clause {
  start: number;
  end: number;
  /** The boundary before it was ";" or ":" (an item of the same list). */
  continues: boolean;
}

// Where a clause ends: ";", "." or ":" before a space, a line break before a list marker or a lead word with a
// capital ("Căn cứ ...\nThực hiện ..."). Web copies wrap lines mid-sentence, so a line break alone is no boundary.
const LEAD_WORD = LEADS.map((l) => l.source).join('|');
const BOUNDARY = new RegExp(`;|[.:](?=\\s)|\\n(?=\\s*(?:[-–+•]\\s|\\d{1,2}[.)]\\s|[a-zđ]\\)\\s|(?=\\p{Lu})(?:${LEAD_WORD})(?![\\p{L}\\p{M}])))`, 'gu');

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let from = 0;
  let continues = false;
  for (const m of text.matchAll(BOUNDARY)) {
    out.push({ start: from, end: m.index, continues });
    continues = m[0] === ';' || m[0] === ':';
    from = m.index + m[0].length;
  }
  out.push({ start: from, end: text.length, continues });
  return out.filter((c) => /\S/u.test(text.slice(c.start, c.end)));
}

// The plan's own clause names what it implements: "... ban hành Kế hoạch (triển khai) thực hiện Quyết định số ...".
const OWN_IMPLEMENTS = /(?:thực\s+hiện|triển\s+khai)\s+$/u;

/**
 * Every document the opening cites, in order, each once, with its role: `implements` after "Thực hiện",
 * "Triển khai", "Để thực hiện"; `basis` after "Căn cứ", "Trên cơ sở", "Thi hành", "Theo" (a proposal
 * too: "Theo đề nghị ... tại Tờ trình số ..."), and for the items of a section or list of legal bases
 * ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Điều lệ ... ban hành kèm theo Thông tư số ..."). A clause without a
 * lead word goes on with the lead of the list it continues (after ";" or ":"); a sentence without one
 * is narrative ("Sau 15 năm thực hiện Chỉ thị số 54-CT/TW ...") and cites nothing, except the plan's own
 * clause ("... ban hành Kế hoạch thực hiện Quyết định số ..."). In a citing clause every document counts,
 * those named in another's summary too ("Kết luận số 132-KL/TW ... về tiếp tục thực hiện Chỉ thị số
 * 36-CT/TW"); an item may name its document without a number ("...; Kế hoạch Phòng, chống thiên tai tỉnh
 * Hải Dương đến năm 2025").
 */
export function extractImplements(ctx: ExtractContext): UpstreamRef[] {
  const { text, start: base } = openingOf(ctx);
  if (text === '') return [];
  const citations = findCitations(text);
  // An opening that is a section or list of bases ("I. CĂN CỨ ...", "1. Điều lệ ...") gives its items the role basis.
  const firstMarker = parseMarker(text.trimStart());
  const listRole: CitationRole | null = firstMarker && firstMarker.kind !== 'bullet' ? 'basis' : null;
  const out: UpstreamRef[] = [];
  const seen = new Set<string>();
  const add = (cite: Citation, role: CitationRole) => {
    const key = citationKey(cite);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(toRef(ctx, text, base, cite, role));
  };
  let role: CitationRole | null = listRole;
  let c = 0;
  for (const clause of clausesOf(text)) {
    const clauseText = text.slice(clause.start, clause.end);
    const lead = leadOf(clauseText);
    if (lead) role = lead.lead.role;
    else if (!clause.continues) role = listRole;
    while (c < citations.length && (citations[c] as Citation).index < clause.start) c++;
    const inClause: Citation[] = [];
    for (let k = c; k < citations.length && (citations[k] as Citation).index < clause.end; k++) inClause.push(citations[k] as Citation);
    if (role === null) {
      // The plan's own clause: "... ban hành Kế hoạch (triển khai) thực hiện Quyết định số ...".
      const own = inClause.find((cite) => {
        const before = text.slice(clause.start, cite.index);
        return OWN_VERB.test(before) && OWN_IMPLEMENTS.test(before);
      });
      if (own) add(own, 'implements');
      continue;
    }
    // An item that names its document without a number, right after the lead word or the list's ";".
    const head = clause.start + (lead?.end ?? 0) + (/^\s*(?:các\s+)?/u.exec(text.slice(clause.start + (lead?.end ?? 0)))?.[0].length ?? 0);
    if (!inClause.some((cite) => cite.index === head)) {
      const named = namedCitationAt(text, head);
      if (named && named.end <= clause.end) inClause.unshift(named);
    }
    for (const cite of inClause) if (!ownNumber(text, cite)) add(cite, role);
  }
  return out;
}
// "... UBND huyện ban hành Kế hoạch số 9/KH-UBND": the plan's own number, not a citation.
const OWN_BEFORE = /(?:ban\s+hành|xây\s+dựng|lập)\s+$/u;

function ownNumber(text: string, cite: Citation): boolean {
  return OWN_BEFORE.test(text.slice(Math.max(0, cite.index - 20), cite.index));
}

function toRef(ctx: ExtractContext, text: string, base: number, cite: Citation, role: CitationRole): UpstreamRef {
  const printed = text.slice(cite.index, cite.end).replace(/[\s,]+$/u, '');
  return {
    role,
    type: cite.type.name,
    documentNumber: cite.number,
    name: cite.name,
    issuedOn: cite.issuedOn,
    issuer: cite.issuer?.printed ?? null,
    level: cite.issuer?.level ?? null,
    locality: cite.issuer?.locality ?? null,
    text: flat(printed),
    span: spanIn(ctx, base + cite.index, base + cite.index + printed.length),
  };
}
