/**
 * Clauses: the part of a sentence that has one actor, one action and one recipient. A deadline
 * belongs to its clause, not to the sentence it sits in:
 *
 *   "Các sở, ngành, UBND các huyện báo cáo kết quả về Sở Y tế trước ngày 20/12; Sở Y tế tổng hợp,
 *    báo cáo UBND tỉnh và Bộ Y tế trước ngày 28/12."
 *     → "Các sở, ngành, UBND các huyện báo cáo kết quả về Sở Y tế trước ngày 20/12;" (subject: Các sở,
 *       ngành, UBND các huyện) and "Sở Y tế tổng hợp, báo cáo UBND tỉnh và Bộ Y tế trước ngày 28/12."
 *       (subject: Sở Y tế).
 *   "UBND phường đề nghị các ngành ... phối hợp triển khai ...; đồng thời báo cáo kết quả ... trước
 *    ngày 10/7/2024" → the second clause has no subject of its own: it goes on with the first's.
 *
 * A sentence is cut at ";" and ":" outside parentheses, before "đồng thời", and at a "," or "và"
 * that a new subject follows — agencies, then a predicate ("Sở Y tế tổng hợp", "Phòng Y tế báo cáo") —
 * unless an agency ends just before it ("phối hợp với Sở Y tế, Sở Giáo dục và Đào tạo tổ chức ...":
 * a list of partners, not a new subject). Cuts at ":" need a new subject too ("Báo cáo 6 tháng:
 * Các cơ quan, đơn vị báo cáo ..."). Linear: the agencies of a sentence are found once.
 */
import { findAgencies, type AgencyContext, type AgencyMention } from './agencies.js';

export interface Clause {
  /** `[start, end)` in the text split. */
  start: number;
  end: number;
  /** The agencies the clause opens with (after "Đề nghị" when the issuer requests), as offsets, or null. */
  subject: { start: number; end: number } | null;
  /** `[start, end)` of the sentence the clause belongs to (the same object for all its clauses). */
  sentence: { start: number; end: number };
}

// A sentence ends at ".", "!" or "?" (or "./.") before a capital; "TP. Hồ Chí Minh" is rare in a body.
const SENTENCE_END = /[.!?](?:\/\.)?\s+(?=\p{Lu})/gu;
// A list or section marker opening the text: "- ", "+ ", "1. ", "1.1. ", "a) " (its dot ends no sentence).
const MARKER = /^\s*(?:[-+•–]|\d{1,2}(?:\.\d{1,2})*[.)]|[IVXLC]+\.|[a-zđ]\))\s+/u;
// What a new subject is followed by: the verbs that open a duty in these plans.
const PREDICATE = /^\s*(?:có trách nhiệm|chịu trách nhiệm|chủ động|chủ trì|phối hợp|tham mưu|tổng hợp|báo cáo|gửi|xây dựng|ban hành|triển khai|thực hiện|tổ chức|hướng dẫn|chỉ đạo|kiểm tra|rà soát|nộp|hoàn thành|theo dõi|đôn đốc|cập nhật|tiếp nhận|định kỳ|căn cứ|tiếp tục|đẩy mạnh|tăng cường|lập|trình)(?!\p{L})/iu;
const DONG_THOI = /^\s*đồng thời(?!\p{L})/iu;
const VA = /^và\s/iu;
const REQUEST = /(?<!\p{L})đề nghị\s+/iu;
// Words before a subject that are not part of it: a connective, a heading's lead-in.
const LEAD_IN = /^[\s,]*(?:(?:và|đồng thời|Trách nhiệm của|Nhiệm vụ của|Đối với)\s+)?/iu;
// A shared head's colon before its list ("Các phòng, đơn vị: Giáo dục và Đào tạo; ...").
const SHARED_OPENING = /^\s*(?:các\s+(?:phòng|sở|ban|bộ)(?:\s*,\s*(?:đơn vị|ban|ngành))*\s*:)?\s*$/iu;
// Agencies chained into one subject: separated by ",", ";", "và", "cùng" only.
const CHAIN_GAP = /^[\s,;]*(?:và|cùng)?[\s,;]*$/u;
/** How far into a clause its subject may start (after "Trên đây ... UBND phường đề nghị"). */
const SUBJECT_REACH = 80;

/** Sentences of `text`, as `[start, end)`. */
function sentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const skip = MARKER.exec(text)?.[0].length ?? 0;
  let start = 0;
  SENTENCE_END.lastIndex = skip;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    out.push({ start, end: m.index + m[0].trimEnd().length });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The end of the chain of agencies starting with `mentions[j]`, not past `limit`. */
function chainEnd(text: string, mentions: readonly AgencyMention[], j: number, limit = text.length): number {
  let end = (mentions[j] as AgencyMention).end;
  for (let k = j + 1; k < mentions.length; k++) {
    const m = mentions[k] as AgencyMention;
    if (m.end > limit || !CHAIN_GAP.test(text.slice(end, m.index))) break;
    end = m.end;
  }
  return end;
}

/** The index of the first mention starting at or after `at` (binary search). */
function firstFrom(mentions: readonly AgencyMention[], at: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as AgencyMention).index < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The agencies the clause starting at `start` of `body` opens with — after a marker, a connective,
 * or "... đề nghị" when the issuer requests — read from the sentence's agencies; null if none.
 */
function subjectOf(body: string, mentions: readonly AgencyMention[], start: number): { start: number; end: number } | null {
  const head = body.slice(start, start + SUBJECT_REACH + 40);
  let from = MARKER.exec(head)?.[0].length ?? 0;
  from += LEAD_IN.exec(head.slice(from))?.[0].length ?? 0;
  const request = REQUEST.exec(head);
  if (request && request.index < SUBJECT_REACH) from = Math.max(from, request.index + request[0].length);
  const j = firstFrom(mentions, start + from);
  const first = mentions[j];
  if (!first || first.index > start + from + 20 || !SHARED_OPENING.test(body.slice(start + from, first.index))) return null;
  return { start: first.index, end: chainEnd(body, mentions, j) };
}

/** The clauses of one paragraph, in order. Linear in its length: each sentence's agencies are found once. */
export function splitClauses(text: string, context: AgencyContext = {}): Clause[] {
  const out: Clause[] = [];
  for (const sentence of sentences(text)) {
    const body = text.slice(sentence.start, sentence.end);
    const mentions = findAgencies(body, context);
    const mentionAt = new Map<number, number>();
    const endsAt = new Set<number>();
    mentions.forEach((m, j) => {
      mentionAt.set(m.index, j);
      endsAt.add(m.end);
    });
    /** A new subject at `at` (spaces skipped): agencies, then a predicate. */
    const newSubjectAt = (at: number): boolean => {
      const skip = /^\s*/u.exec(body.slice(at, at + 8))?.[0].length ?? 0;
      const j = mentionAt.get(at + skip);
      if (j === undefined) return false;
      const end = chainEnd(body, mentions, j);
      return PREDICATE.test(body.slice(end, end + 40));
    };
    /** Whether an agency ends just before `at` (spaces skipped): a "," or "và" there goes on with a list. */
    const afterAgency = (at: number): boolean => endsAt.has(at - (/\s*$/u.exec(body.slice(Math.max(0, at - 8), at))?.[0].length ?? 0));

    // Cut points, and the subject of each clause, found when the scan reaches the clause: its
    // commas are no cut points (a subject is a list: "Các sở, ngành, UBND các huyện báo cáo ...").
    const cuts: number[] = [0];
    const subjects: Array<Clause['subject']> = [subjectOf(body, mentions, 0)];
    let depth = 0;
    const cut = (at: number) => {
      cuts.push(at);
      subjects.push(subjectOf(body, mentions, at));
    };
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c === '(') depth++;
      else if (c === ')') depth = Math.max(0, depth - 1);
      const subject = subjects[subjects.length - 1];
      if (depth > 0 || (subject && i < subject.end)) continue;
      if (c === ';') cut(i + 1);
      else if (c === ':' && newSubjectAt(i + 1)) cut(i + 1);
      else if (c === ',' && DONG_THOI.test(body.slice(i + 1, i + 20))) cut(i + 1);
      else if (c === ',' && !afterAgency(i) && newSubjectAt(i + 1)) cut(i + 1);
      else if ((c === 'v' || c === 'V') && /\s/u.test(body[i - 1] ?? '') && VA.test(body.slice(i, i + 4)) && !afterAgency(i) && newSubjectAt(i + 3)) cut(i);
    }
    cuts.forEach((from, n) => {
      const to = cuts[n + 1] ?? body.length;
      if (!/\S/u.test(body.slice(from, to))) return;
      const subject = subjects[n] ?? null;
      out.push({
        start: sentence.start + from,
        end: sentence.start + to,
        subject: subject && subject.end <= to ? { start: sentence.start + subject.start, end: sentence.start + subject.end } : null,
        sentence,
      });
    });
  }
  return out;
}
