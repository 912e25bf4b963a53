import type { UpstreamRef } from '../schema.js';
import { spanIn, type ExtractContext } from './context.js';
import { COMMITTEE, NAME, UNIT, flat, levelOf, localityName, numericDate } from './lines.js';
import { introLines } from './year.js';

//   "Kế hoạch số 1420/KH-UBND ngày 16/5/2025 của Ủy ban nhân dân tỉnh Cao Bằng"
//   "Kế hoạch số 99/KH-UBND, ngày 03/4/2025 của Ủy ban nhân dân tỉnh Lạng Sơn"
//   "Kế hoạch số 65/KH-UBND ngày 31/3/2025 của UBND tỉnh" (no name: locality null)
const CITATION = new RegExp(
  '(?:[Kk]ế\\s+hoạch|[Qq]uyết\\s+định|[Cc]ông\\s+văn|[Cc]hỉ\\s+thị|[Hh]ướng\\s+dẫn|[Cc]hương\\s+trình|[Nn]ghị\\s+quyết|[Tt]hông\\s+báo)\\s+số\\s+' +
    '(\\d+[\\p{L}\\d/\\-&.]*[\\p{L}\\d])' +
    '(?:\\s*,?\\s*ngày\\s+(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4}))?' +
    `(?:\\s+của\\s+((?:${COMMITTEE})(?:\\s+(${UNIT})(?![\\p{L}])(?:\\s+(${NAME}))?)?))?`,
  'gu',
);
const GROUP_NUMBER = 1;
const GROUP_DAY = 2;
const GROUP_MONTH = 3;
const GROUP_YEAR = 4;
const GROUP_ISSUER = 5;
const GROUP_UNIT = 6;
const GROUP_NAME = 7;
// The issuer's own clause closes the list of what it implements: "..., UBND huyện Hạ Lang ban hành Kế hoạch".
const OWN_CLAUSE = new RegExp(`(?<!của\\s+)(?:${COMMITTEE})(?:\\s*\\(UBND\\))?\\s+(?:${UNIT})(?![\\p{L}])(?:\\s+${NAME})?\\s+(?:ban hành|xây dựng|triển khai|lập)\\s`, 'gu');
// A sentence that opens with "Thực hiện": a "thực hiện" inside a clause is not a citation list.
const IMPLEMENTS = /(?<![\p{L}])Thực hiện\s/gu;

/** Every plan or document the introduction says this plan implements ("Thực hiện Kế hoạch số ..."). */
export function extractImplements(ctx: ExtractContext): UpstreamRef[] {
  const intro = introLines(ctx);
  const first = intro[0];
  const last = intro[intro.length - 1];
  if (!first || !last) return [];
  const base = first.start;
  const text = ctx.doc.text.slice(base, last.end);
  // One pass over three kinds of event: an opening "Thực hiện" starts a list of what is
  // implemented, the issuer's own clause ends it, and a citation counts while a list is open.
  const openings = [...text.matchAll(IMPLEMENTS)].map((m) => (m.index ?? 0) + m[0].length);
  const closings = [...text.matchAll(OWN_CLAUSE)].map((m) => m.index ?? 0);
  const out: UpstreamRef[] = [];
  let o = 0;
  let c = 0;
  let openAt = -1;
  for (const m of text.matchAll(CITATION)) {
    const local = m.index ?? 0;
    while (o < openings.length && (openings[o] as number) <= local) openAt = openings[o++] as number;
    while (c < closings.length && (closings[c] as number) < local) {
      if ((closings[c] as number) >= openAt) openAt = -1;
      c++;
    }
    if (openAt < 0) continue;
    const start = base + local;
    const printed = m[0].replace(/\s+$/u, '');
    const unit = m[GROUP_UNIT] ?? null;
    const name = m[GROUP_NAME] ? flat(m[GROUP_NAME]) : null;
    const locality = unit && name ? localityName(unit, name) : null;
    const day = m[GROUP_DAY];
    const month = m[GROUP_MONTH];
    const year = m[GROUP_YEAR];
    out.push({
      documentNumber: m[GROUP_NUMBER] ?? null,
      issuedOn: day && month && year ? numericDate(day, month, year) : null,
      issuer: m[GROUP_ISSUER] ? flat(m[GROUP_ISSUER]) : null,
      level: unit ? levelOf(unit, locality) : null,
      locality,
      text: flat(printed),
      span: spanIn(ctx, start, start + printed.length),
    });
  }
  return out;
}
