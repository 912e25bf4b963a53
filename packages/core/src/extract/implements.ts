import { citationKey, findCitations, type Citation } from '../citations/index.js';
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

// What may join two citations of one list: "Nghị quyết số 19-NQ/TW, Nghị quyết số 20-NQ/TW", "Luật ... và Quyết định ...".
const CHAIN = /^[\s,]*(?:(?:và|cùng)\s+)?(?:các\s+)?$/u;
// The plan's own clause names what it implements: "... ban hành Kế hoạch (triển khai) thực hiện Quyết định số ...".
const OWN_IMPLEMENTS = /(?:thực\s+hiện|triển\s+khai)\s+$/u;

/**
 * Every document the opening cites, in order, each once, with its role: `implements` after "Thực hiện",
 * "Triển khai", "Thi hành", "Để thực hiện"; `basis` after "Căn cứ", "Trên cơ sở", "Theo", and for the items
 * of a section or list of legal bases ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Điều lệ ... ban hành kèm theo
 * Thông tư số ..."). A clause without a lead word goes on with the lead of the list it continues (after
 * ";"). In each clause the citation it opens with counts, with those joined to it by "," or "và"; a
 * document named inside another's summary ("... về việc triển khai Chỉ thị số ...") is not the plan's own
 * citation. "Theo đề nghị của ..." (a proposal) cites nothing the plan relies on.
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
  let role: CitationRole | null = listRole;
  let c = 0;
  for (const clause of clausesOf(text)) {
    const clauseText = text.slice(clause.start, clause.end);
    const lead = leadOf(clauseText);
    if (lead) role = lead.lead.role;
    else if (!clause.continues) role = listRole;
    while (c < citations.length && (citations[c] as Citation).index < clause.start) c++;
    let previous: Citation | null = null;
    for (let k = c; k < citations.length; k++) {
      const cite = citations[k] as Citation;
      if (cite.index >= clause.end) break;
      let citeRole = role;
      if (previous !== null) {
        // Only citations chained to the first one belong to the list; the rest sit in a summary.
        if (!CHAIN.test(text.slice(previous.end, cite.index))) break;
      } else if (citeRole === null && OWN_IMPLEMENTS.test(text.slice(clause.start, cite.index)) && OWN_VERB.test(text.slice(clause.start, cite.index))) {
        citeRole = 'implements';
      } else if (citeRole === null) {
        break;
      }
      previous = cite;
      if (citeRole === null) break;
      const key = citationKey(cite);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(toRef(ctx, text, base, cite, citeRole));
    }
  }
  return out;
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
