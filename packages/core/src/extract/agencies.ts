/**
 * Agencies as printed ("Phòng Văn hoá, Khoa học và Thông tin", "UBND các xã, thị trấn",
 * "Công chức VH - XH (phụ trách lĩnh vực LĐTB&XH)") → a function key and a level, so that a
 * district's "Phòng Tư pháp" answers for a province's "Sở Tư pháp" (DOMAIN.md, "Agencies across levels").
 *
 * Matching runs on `compareKey` words, so hoà/hòa, uỷ/ủy and upper/lower case all read alike,
 * and abbreviations (UBND, HĐND, MTTQ, GD&ĐT, LĐTB&XH, VH-XH, BHXH, TT-VH-TT, CSHCM) are
 * listed next to the words they stand for.
 */
import type { Agency, FunctionKey, Level } from '../schema.js';
import { compareKey } from '../normalize/index.js';
import { createContext, type ExtractContext } from './context.js';
import { issuerLevel } from './issuer.js';

// ---------------------------------------------------------------------------------------------
// Function keys: an ordered table of rules. The first rule that matches wins, so the order
// settles names that mention two functions. Phrases are written as printed and compiled with
// `compareKey`; `at: 'start'` means the phrase must open the name (after an optional "các").
// ---------------------------------------------------------------------------------------------

interface KeyRule {
  key: FunctionKey;
  phrases: string[];
  at?: 'start';
  /** Phrases that veto this rule ("báo cáo" is a report, not a newspaper). */
  unless?: string[];
}

const KEY_RULES: KeyRule[] = [
  // "Các cơ quan, ban, ngành, đoàn thể huyện", "Các phòng, ban, ngành và đơn vị có liên quan":
  // a collective that names no one function. Listed first: it also mentions "đoàn thể".
  { key: 'all-agencies', at: 'start', phrases: ['các cơ quan', 'các phòng', 'các ban', 'các ngành', 'các sở', 'các đơn vị', 'các cấp các ngành', 'cơ quan đơn vị'] },
  // Party boards before "xây dựng" (Ban Xây dựng đảng) and before "ủy ban" words.
  { key: 'party', phrases: ['đảng ủy', 'huyện ủy', 'tỉnh ủy', 'thành ủy', 'thị ủy', 'ban xây dựng đảng', 'ban tuyên giáo', 'ban dân vận', 'ban tổ chức', 'bộ chính trị', 'ban bí thư', 'trung ương đảng', 'cấp ủy', 'chi bộ'] },
  // The Fatherland Front and its member organisations ("đoàn thể", "tổ chức chính trị - xã hội").
  { key: 'front', phrases: ['mặt trận', 'mttq', 'mttqvn', 'ubmttq', 'ubmttqvn', 'đoàn thể', 'tổ chức chính trị xã hội', 'tổ chức thành viên', 'hội đoàn thể'] },
  // "Văn phòng HĐND-UBND huyện", "Văn phòng huyện", "VP UBND": before council and committee.
  { key: 'office', phrases: ['văn phòng', 'vp'], at: 'start' },
  { key: 'youth', phrases: ['đoàn thanh niên', 'huyện đoàn', 'tỉnh đoàn', 'thành đoàn', 'thị đoàn', 'đoàn tncs', 'đoàn tn', 'đoàn cơ sở', 'cơ sở đoàn', 'chi đoàn', 'đội thiếu niên', 'hội đồng đội'] },
  { key: 'women', phrases: ['phụ nữ', 'hội lhpn', 'lhpn'] },
  { key: 'veterans', phrases: ['cựu chiến binh', 'ccb'] },
  { key: 'farmers', phrases: ['hội nông dân'] },
  { key: 'red-cross', phrases: ['chữ thập đỏ'] },
  { key: 'social-insurance', phrases: ['bảo hiểm xã hội', 'bhxh'] },
  { key: 'police', phrases: ['công an'] },
  { key: 'military', phrases: ['quân sự', 'biên phòng', 'bộ đội', 'bộ quốc phòng'] },
  { key: 'court', phrases: ['tòa án'] },
  { key: 'procuracy', phrases: ['viện kiểm sát'] },
  // Sở Thông tin và Truyền thông is information, not media: before the media rule.
  { key: 'information', phrases: ['thông tin và truyền thông', 'tt tt', 'tttt', 'khoa học và công nghệ'] },
  // Media: newspapers, radio/TV, and the district culture–media centres (Trung tâm Văn hóa –
  // Truyền thông, Trung tâm Truyền thông – Văn hóa – Thể thao, Trung tâm VH-TT, TT-VH-TT).
  // A judgement: these centres took over the district radio station and their duties in the
  // plans are broadcasting and publicity, so they pair with the province's Báo/Đài, not with
  // Sở Văn hóa. The post-2025 commune "Trung tâm Dịch vụ tổng hợp" runs the commune loudspeakers
  // and publicity in the plans here, so it goes with them.
  { key: 'media', phrases: ['trung tâm văn hóa truyền thông', 'trung tâm truyền thông', 'trung tâm văn hóa thể thao và truyền thông', 'trung tâm vh tt', 'trung tâm tt vh tt', 'trung tâm vh tt tt', 'trung tâm văn hóa thông tin', 'trung tâm dịch vụ tổng hợp', 'đài phát thanh', 'đài truyền thanh', 'đài truyền hình', 'đài pt th', 'đài ptth', 'trang thông tin điện tử', 'cổng thông tin điện tử'] },
  { key: 'media', at: 'start', phrases: ['báo', 'đài'], unless: ['báo cáo', 'đài tưởng niệm'] },
  // Schools before education: "cơ sở giáo dục" are schools; "Trường" must open the name
  // ("môi trường" is not a school, "trường hợp" is "case").
  { key: 'schools', at: 'start', phrases: ['trường', 'nhà trường', 'trường học', 'cơ sở giáo dục', 'đơn vị trường học'], unless: ['trường hợp'] },
  { key: 'health', phrases: ['y tế', 'bệnh viện', 'trạm y tế', 'trung tâm y tế', 'dân số'] },
  { key: 'education', phrases: ['giáo dục', 'gd đt', 'gdđt', 'gd và đt'] },
  { key: 'labour', phrases: ['lao động thương binh', 'lđtb', 'lđ tb', 'lao động tb', 'lđtbxh', 'lao động xã hội'] },
  // Culture: Sở VH-TT-DL, Phòng Văn hóa, Khoa học và Thông tin (one key, though it also holds
  // information: child work there is culture and play), Phòng Văn hóa - Xã hội, công chức VH-XH.
  { key: 'culture', phrases: ['văn hóa', 'vh xh', 'vhxh', 'vh tt', 'thể thao', 'du lịch', 'vhttdl'] },
  { key: 'information', phrases: ['thông tin', 'khoa học'] },
  { key: 'justice', phrases: ['tư pháp'] },
  { key: 'finance', phrases: ['tài chính', 'kế hoạch và đầu tư', 'kho bạc', 'thuế', 'tc kh'] },
  { key: 'home-affairs', phrases: ['nội vụ'] },
  { key: 'economy', phrases: ['kinh tế', 'công thương', 'kt ht'] },
  { key: 'construction', phrases: ['xây dựng', 'địa chính', 'quản lý đô thị', 'giao thông', 'hạ tầng'] },
  { key: 'agriculture', phrases: ['nông nghiệp', 'tài nguyên', 'môi trường', 'nông thôn', 'lâm nghiệp', 'kiểm lâm'] },
  { key: 'council', phrases: ['hội đồng nhân dân', 'hđnd'] },
  // The executive at each level: UBND, and the Government at national level.
  { key: 'people-committee', phrases: ['ủy ban nhân dân', 'ubnd', 'chính phủ', 'thủ tướng'] },
  // "các huyện, thị xã, thành phố", "các xã, phường, thị trấn", "cấp xã": the localities stand for
  // their committees ("... chỉ đạo các xã, thị trấn báo cáo ..."); "các huyện" opens the name.
  { key: 'people-committee', at: 'start', phrases: ['các huyện', 'các quận', 'các thị xã', 'các thành phố', 'các xã', 'các phường', 'các thị trấn', 'các đặc khu', 'cấp huyện', 'cấp xã'] },
  { key: 'residential', phrases: ['khu phố', 'tổ dân phố', 'thôn', 'bản', 'xóm', 'ấp', 'khu dân cư', 'tổ dân cư'], at: 'start' },
];

// ---------------------------------------------------------------------------------------------
// Levels. A locality word printed in the name decides; else the head noun; else the plan's level.
// ---------------------------------------------------------------------------------------------

const LOCALITY: Array<{ phrase: string; level: Level }> = [
  { phrase: 'thị xã', level: 'district' },
  { phrase: 'thị trấn', level: 'commune' },
  { phrase: 'tỉnh', level: 'province' },
  { phrase: 'huyện', level: 'district' },
  { phrase: 'quận', level: 'district' },
  { phrase: 'xã', level: 'commune' },
  { phrase: 'phường', level: 'commune' },
  { phrase: 'đặc khu', level: 'commune' },
  { phrase: 'trung ương', level: 'national' },
  { phrase: 'quốc gia', level: 'national' },
];

/** Head nouns that exist at one level only (Sở is always provincial, Trạm always communal). */
const HEAD_LEVEL: Array<{ phrase: string; level: Level }> = [
  { phrase: 'bộ', level: 'national' },
  { phrase: 'chính phủ', level: 'national' },
  { phrase: 'thủ tướng', level: 'national' },
  { phrase: 'sở', level: 'province' },
  { phrase: 'báo', level: 'province' },
  { phrase: 'đài phát thanh và truyền hình', level: 'province' },
  { phrase: 'đồn công an', level: 'district' },
  { phrase: 'trạm', level: 'commune' },
  { phrase: 'công chức', level: 'commune' },
  { phrase: 'khu phố', level: 'commune' },
  { phrase: 'tổ dân phố', level: 'commune' },
  { phrase: 'thôn', level: 'commune' },
];

type Words = string[];

const words = (text: string): Words => compareKey(text).split(' ').filter(Boolean);
const compile = (phrase: string): Words => words(phrase);

const COMPILED_RULES = KEY_RULES.map((rule) => ({
  ...rule,
  compiled: rule.phrases.map(compile),
  vetoes: (rule.unless ?? []).map(compile),
}));
/**
 * Bodies that are agencies but have no function key of their own (trade unions, the ethnic
 * affairs board, statistics): recognised with `key: null` so they still count as agencies.
 */
const KEYLESS = ['liên đoàn lao động', 'công đoàn', 'ban dân tộc', 'chi cục thống kê', 'cục thống kê', 'phòng dân tộc'].map(compile);

/** Where a name is read: the plan's level (a name without a locality sits there) and its year. */
export interface AgencyContext {
  level?: Level | null;
  year?: number | null;
}

const COMPILED_LOCALITY = LOCALITY.map((l) => ({ ...l, compiled: compile(l.phrase) }));
const COMPILED_HEAD_LEVEL = HEAD_LEVEL.map((l) => ({ ...l, compiled: compile(l.phrase) }));
const CAC = compile('các')[0] as string;
const HOI = compile('hội')[0] as string;
const THI = compile('thị')[0] as string;
const PHONG = compile('phòng')[0] as string;
const VA = compile('và')[0] as string;

function indexOfPhrase(hay: Words, needle: Words, from = 0): number {
  outer: for (let i = from; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function keyOf(w: Words): FunctionKey | null {
  const start = w[0] === CAC ? 1 : 0;
  for (const rule of COMPILED_RULES) {
    if (rule.vetoes.some((v) => indexOfPhrase(w, v) >= 0)) continue;
    for (const phrase of rule.compiled) {
      const at = indexOfPhrase(w, phrase);
      if (at < 0) continue;
      if (rule.at === 'start' && !(at === 0 || (at === start && rule.key !== 'all-agencies'))) continue;
      return rule.key;
    }
  }
  return null;
}

function levelOf(w: Words, context: AgencyContext | undefined): Level | null {
  let best: { at: number; level: Level } | null = null;
  for (const l of COMPILED_LOCALITY) {
    let at = indexOfPhrase(w, l.compiled);
    // "xã hội" (society) is not a commune; "thị xã" is found by its own entry.
    while (at >= 0 && l.phrase === 'xã' && (w[at + 1] === HOI || (at > 0 && w[at - 1] === THI))) {
      at = indexOfPhrase(w, l.compiled, at + 1);
    }
    if (at >= 0 && (best === null || at < best.at)) best = { at, level: l.level };
  }
  if (best) return best.level;
  const start = w[0] === CAC ? 1 : 0;
  for (const h of COMPILED_HEAD_LEVEL) if (indexOfPhrase(w, h.compiled) === start) return h.level;
  // "Phòng" is a district office before July 2025 and a commune/ward office after it: in a commune
  // plan of 2024 or before, a bare "Phòng ..." is the district's.
  if (w[start] === PHONG) return context?.level === 'commune' && !(typeof context.year === 'number' && context.year < 2025) ? 'commune' : 'district';
  return context?.level ?? null;
}

/**
 * An agency from its whole printed name, or null when the name is no agency.
 * A parenthetical "(phụ trách lĩnh vực X)" decides the function ("Công chức VH - XH (phụ trách
 * lĩnh vực LĐTB&XH)" → labour); the level falls back to `context.level` (the plan's own level).
 */
export function recognizeAgency(name: string, context?: AgencyContext): Agency | null {
  const printed = name.trim();
  const charge = /\(\s*phụ trách\s+(?:lĩnh vực\s+)?([^)]*)\)/iu.exec(printed);
  const bare = printed.replace(/\([^)]*\)/g, ' ').replace(/^\s*đề nghị\s+/iu, '');
  const w = words(bare);
  // A name opens with a head noun ("Phòng", "Sở", "UBND", "các xã"...): "Chế độ thông tin báo cáo" is no agency.
  if (w.length === 0 || headAt(tokenize(bare), 0) === 0) return null;
  let key = charge ? keyOf(words(charge[1] ?? '')) : null;
  key ??= keyOf(w);
  const start = w[0] === CAC ? 1 : 0;
  if (key === null && !KEYLESS.some((k) => indexOfPhrase(w, k) === start)) return null;
  return { name: printed, key, level: levelOf(w, context) };
}

// ---------------------------------------------------------------------------------------------
// Finding agencies in running text: a head noun starts a name, which runs on until a
// separator followed by another head, a predicate word, or punctuation that ends a noun phrase.
// ---------------------------------------------------------------------------------------------

interface Token {
  text: string;
  start: number;
  end: number;
  key: string;
  word: boolean;
  upper: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}&]*|[^\s\p{L}\p{N}]/gu;

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const word = /^[\p{L}\p{N}]/u.test(t);
    out.push({ text: t, start: m.index, end: m.index + t.length, key: word ? compareKey(t) : t, word, upper: word && /^\p{Lu}/u.test(t) });
  }
  return out;
}

/** Heads that open an agency's name when printed with a capital ("Phòng", "Sở", "UBND"...). */
const HEADS = [
  'ủy ban nhân dân', 'ủy ban mặt trận tổ quốc việt nam', 'ủy ban mặt trận tổ quốc', 'ủy ban mttq', 'ub mttqvn', 'ub mttq',
  'ubmttqvn', 'ubmttq', 'ủy ban', 'ubnd', 'hđnd', 'hội đồng nhân dân', 'thường trực', 'văn phòng', 'phòng', 'sở', 'bộ', 'trung tâm',
  'tt y tế', 'trạm', 'đồn công an', 'đồn biên phòng', 'công an', 'huyện đoàn', 'tỉnh đoàn', 'thành đoàn', 'thị đoàn',
  'đoàn thanh niên', 'đoàn tncs', 'hội', 'ban', 'bảo hiểm xã hội', 'bhxh', 'đài', 'báo', 'huyện ủy', 'tỉnh ủy', 'thành ủy',
  'đảng ủy', 'tòa án', 'viện kiểm sát', 'công chức', 'mặt trận', 'mttq', 'chính phủ', 'thủ tướng', 'liên đoàn lao động',
  'trường', 'bệnh viện', 'kho bạc', 'chi cục', 'cục', 'tổ dân phố', 'khu phố', 'công đoàn', 'trang thông tin điện tử',
  'cổng thông tin điện tử', 'tt huyện ủy', 'tt tỉnh ủy', 'tt đảng ủy', 'tt hđnd', 'tt vh tt', 'tt tt vh tt', 'nhà trường', 'thôn', 'xóm',
  'khu dân cư', 'cơ sở giáo dục',
].map(compile).sort((a, b) => b.length - a.length);

/** Collective nouns that may follow "các": "các phòng, ban, ngành", "các xã, thị trấn", "các trường học". */
const COLLECTIVES = [
  'phòng', 'ban', 'ngành', 'cơ quan', 'đơn vị', 'sở', 'xã', 'phường', 'thị trấn', 'huyện', 'trường', 'trường học', 'khu phố',
  'tổ dân phố', 'thôn', 'hội', 'đoàn thể', 'tổ chức', 'đồn', 'trạm', 'ubnd', 'công chức', 'cơ sở đoàn', 'cơ sở giáo dục',
  'nhà trường', 'đoàn', 'chi đoàn', 'cấp', 'hội đoàn thể', 'tổ chức chính trị xã hội', 'thị xã', 'thành phố', 'quận', 'đặc khu',
].map(compile).sort((a, b) => b.length - a.length);

/** The length in tokens of a collective noun at `i` ("đơn vị", "thị trấn"), else 0: it may continue a name after "," or "và". */
function collectiveAt(tokens: Token[], i: number): number {
  for (const c of COLLECTIVES) if (phraseAt(tokens, i, c)) return c.length;
  return 0;
}

/** Predicate words: a lower-case one ends a name ("UBND các xã, thị trấn xây dựng Kế hoạch..."). */
const STOPS = [
  'căn cứ', 'chủ động', 'chủ trì', 'phối hợp', 'phối kết hợp', 'tham mưu', 'có trách nhiệm', 'xây dựng', 'thực hiện', 'triển khai',
  'báo cáo', 'tăng cường', 'chỉ đạo', 'hướng dẫn', 'đẩy mạnh', 'trong', 'theo', 'để', 'gửi', 'nhằm', 'về', 'tại', 'khi', 'được',
  'đã', 'sẽ', 'cần', 'phải', 'kịp thời', 'định kỳ', 'tuyên truyền', 'vận động', 'rà soát', 'kiểm tra', 'giám sát', 'cử', 'là',
  'với', 'cùng', 'đồng thời', 'nghiêm túc', 'thường xuyên', 'quan tâm', 'bố trí', 'hỗ trợ', 'lồng ghép', 'xử lý', 'tiếp tục',
  'thăm', 'chuẩn bị', 'đôn đốc', 'theo dõi', 'trao', 'tặng', 'ban hành', 'đề nghị', 'tham gia', 'duy trì', 'nắm', 'lập', 'cho',
  'của', 'ủng hộ', 'đảm bảo', 'bảo đảm', 'đối với', 'qua', 'trước', 'sau', 'từ', 'đến', 'năm', 'nhân', 'dịp', 'làm', 'tổng hợp báo cáo',
  'giải quyết', 'đánh giá', 'tập trung', 'phát huy', 'nâng cao', 'tiếp nhận', 'ưu tiên', 'phát động', 'đăng', 'treo', 'giữa',
  'nghiên cứu', 'có', 'tổ chức', 'tổng hợp', 'kết quả',
].map(compile).sort((a, b) => b.length - a.length);

const TORG = compile('tổ chức');
/** Heads that are also collective nouns ("Các Phòng, Ban ngành"). */
const BAN_HOI = new Set(['ban', 'hội'].map((p) => compile(p)[0] as string));
/** After "tổ chức", these make it a noun ("các tổ chức chính trị - xã hội"), not the verb "to organise". */
const TORG_NOUN_NEXT = new Set(['chính', 'thành', 'có', 'liên', 'đoàn', 'xã', 'hội'].map((p) => compile(p)[0] as string));
const CO_LIEN_QUAN = compile('có liên quan');
// "Sở Y tế tổng hợp, báo cáo ..." is a predicate; "Trung tâm Dịch vụ tổng hợp" is a name.
const TONG_HOP = compile('tổng hợp');
const DICH_VU = compile('dịch vụ');
const NHAN_DAN = compile('nhân dân');

function phraseAt(tokens: Token[], i: number, phrase: Words): boolean {
  for (let j = 0; j < phrase.length; j++) {
    const t = tokens[i + j];
    if (!t || !t.word || t.key !== phrase[j]) return false;
  }
  return true;
}

/** The length in tokens of a head starting at `i` (capitalised, or after "các"), else 0. */
function headAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t?.word) return 0;
  if (t.key === CAC) {
    for (const c of COLLECTIVES) if (phraseAt(tokens, i + 1, c)) return 1 + c.length;
    return 0;
  }
  if (!t.upper) return 0;
  for (const h of HEADS) if (phraseAt(tokens, i, h)) return h.length;
  return 0;
}

function stopAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t?.word || t.upper) return false;
  if (phraseAt(tokens, i, CO_LIEN_QUAN)) return false;
  if (phraseAt(tokens, i, TONG_HOP) && i >= 2 && phraseAt(tokens, i - 2, DICH_VU)) return false;
  // "Tòa án nhân dân tỉnh", "Viện Kiểm sát nhân dân": "nhân" (on the occasion of) is no stop here.
  if (phraseAt(tokens, i, NHAN_DAN)) return false;
  if (phraseAt(tokens, i, TORG)) {
    const prev = tokens[i - 1];
    const next = tokens[i + 2];
    if (prev && (prev.key === CAC || prev.text === ',' || prev.key === VA)) return false;
    if (next && (next.text === ',' || (next.word && TORG_NOUN_NEXT.has(next.key)))) return false;
    return true;
  }
  return STOPS.some((s) => phraseAt(tokens, i, s));
}

const lineBreakBetween = (text: string, a: Token, b: Token): boolean => text.slice(a.end, b.start).includes('\n');

/** The index after the last token of the name whose head starts at `i`. */
function nameEnd(text: string, tokens: Token[], i: number, headLen: number): number {
  let k = i + headLen;
  const limit = i + 24;
  while (k < tokens.length && k < limit) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (lineBreakBetween(text, prev, t)) break;
    if (t.word) {
      if (t.key === VA) {
        const next = tokens[k + 1];
        if (!next?.word || headAt(tokens, k + 1) > 0) break;
        if (next.upper || collectiveAt(tokens, k + 1) > 0) { k++; continue; }
        break;
      }
      // After a hyphen the word belongs to a compound name ("Địa chính-xây dựng").
      if (!/^[-–—&/]$/u.test(prev.text) && stopAt(tokens, k)) break;
      k++;
      continue;
    }
    if (t.text === ',') {
      const next = tokens[k + 1];
      // A collective goes on listing collectives: "Các Phòng, Ban ngành, đoàn thể huyện".
      if (next?.word && (tokens[i] as Token).key === CAC && collectiveAt(tokens, k + 1) > 0 && (headAt(tokens, k + 1) === 0 || BAN_HOI.has(next.key))) { k++; continue; }
      if (!next?.word || headAt(tokens, k + 1) > 0) break;
      if (next.upper || collectiveAt(tokens, k + 1) > 0) { k++; continue; }
      break;
    }
    if (/^[-–—&/]$/u.test(t.text)) { k++; continue; }
    if (t.text === '(') {
      const close = tokens.findIndex((x, j) => j > k && x.text === ')');
      if (close > 0 && phraseAt(tokens, k + 1, compile('phụ trách'))) { k = close + 1; continue; }
      break;
    }
    break;
  }
  // Trailing connectives never end a name.
  while (k > i + headLen && /^[-–—&/,]$/u.test((tokens[k - 1] as Token).text)) k--;
  return k;
}

export interface AgencyMention {
  /** Offsets into the text searched: `text.slice(index, end) === agency.name`. */
  index: number;
  end: number;
  agency: Agency;
}

const SHARED_HEADS = new Set(['phòng', 'sở', 'ban', 'bộ'].map((p) => compile(p)[0] as string));

/**
 * What follows "Sở" / "Phòng" / "Bộ" in the names of the specialised bodies, the compound ones in
 * full. Listing them is the only way to read a shared head's list: "Các Phòng: Nội vụ, GD&ĐT, Tư
 * pháp, Văn hóa, Khoa học và Thông tin" is four offices, the last with a comma and a "và" of its
 * own, while "Nội vụ, Tư pháp và Y tế" is three. Matched on `compareKey` words, so "-", "&" and ","
 * between the words do not count ("Lao động - Thương binh và Xã hội", "LĐTB&XH").
 */
const FUNCTION_NAMES = new Set([
  'Nội vụ', 'Tư pháp', 'Y tế', 'Tài chính', 'Tài chính - Kế hoạch', 'Kế hoạch và Đầu tư', 'Công Thương', 'Xây dựng',
  'Giao thông vận tải', 'Giao thông', 'Giáo dục và Đào tạo', 'Giáo dục', 'GD&ĐT', 'GDĐT', 'GD và ĐT',
  'Lao động - Thương binh và Xã hội', 'LĐTB&XH', 'LĐ-TB&XH', 'LĐTBXH', 'Văn hóa, Thể thao và Du lịch', 'VH-TT&DL', 'VHTTDL',
  'Văn hóa, Khoa học và Thông tin', 'Văn hóa và Thông tin', 'Văn hóa - Thông tin', 'Văn hóa, Thông tin và Thể thao',
  'Văn hóa - Thể thao', 'Văn hóa - Xã hội', 'VH-XH', 'Văn hóa', 'Thông tin và Truyền thông', 'TT&TT',
  'Khoa học và Công nghệ', 'KH&CN', 'Tài nguyên và Môi trường', 'TN&MT', 'Nông nghiệp và Phát triển nông thôn',
  'Nông nghiệp và Môi trường', 'NN&PTNT', 'Kinh tế', 'Kinh tế - Hạ tầng', 'Kinh tế - Hạ tầng và Đô thị', 'Kinh tế và Hạ tầng',
  'Quản lý đô thị', 'Dân tộc', 'Dân tộc và Tôn giáo', 'Thanh tra', 'Ngoại vụ',
].map(compareKey));
const LONGEST_FUNCTION_NAME = Math.max(...[...FUNCTION_NAMES].map((n) => n.split(' ').length));
const NAME_JOINERS = new Set([',', '-', '–', '—', '&', '/']);

/** The token index after the longest function name of `FUNCTION_NAMES` starting at `i`, or 0. */
function functionNameAt(tokens: Token[], i: number): number {
  let key = '';
  let words = 0;
  let best = 0;
  for (let k = i; k < tokens.length && words < LONGEST_FUNCTION_NAME; k++) {
    const t = tokens[k] as Token;
    if (!t.word) {
      if (k === i || !NAME_JOINERS.has(t.text)) break;
      continue;
    }
    // A capital opens each item of a list: "Tư pháp, Văn hóa" does not read as one name.
    if (k === i && !t.upper) return 0;
    key = key === '' ? t.key : `${key} ${t.key}`;
    words += t.key.split(' ').length;
    if (FUNCTION_NAMES.has(key)) best = k + 1;
  }
  return best;
}

/** A separator between the items of a list: ",", ";" or "và". */
const isListSeparator = (t: Token | undefined): boolean => t !== undefined && (t.text === ',' || t.text === ';' || t.key === VA);

/**
 * Where the item of a shared head's list that starts at `i` ends: a known function name, else the
 * name as far as `nameEnd` reads it, cut before a separator that a known function name follows.
 */
function sharedItemEnd(text: string, tokens: Token[], i: number): number {
  const known = functionNameAt(tokens, i);
  if (known > 0) return known;
  const end = nameEnd(text, tokens, i, 1);
  for (let k = i + 1; k < end; k++) if (isListSeparator(tokens[k]) && functionNameAt(tokens, k + 1) > 0) return k;
  return end;
}

/**
 * Agencies mentioned in a sentence or a list, in order. Names separated by "," ";" or "và"
 * come apart when the next one opens with a head noun ("Phòng Nội vụ, Phòng Văn hóa, Khoa học
 * và Thông tin, ..."); "X và các tổ chức thành viên" of the same function stay one name.
 * A shared head is distributed over its items: "Các phòng, đơn vị: Giáo dục và Đào tạo; Tư pháp"
 * and "Các Phòng: Nội vụ, GD&ĐT, Tư pháp" give "Giáo dục và Đào tạo", "Tư pháp", "GD&ĐT"...
 * recognised as Phòng ... (the collective itself is no agency); so does a head printed once before
 * a list of function names ("Phòng Nội vụ, Tư pháp và Y tế", "Sở Y tế, Giáo dục và Đào tạo").
 */
export function findAgencies(text: string, context?: AgencyContext): AgencyMention[] {
  const tokens = tokenize(text);
  const out: Array<AgencyMention & { last: number; first: number }> = [];
  // The head distributed over the list being read, and whether the next word may be its item.
  let shared: string | null = null;
  let expectItem = false;
  const sharedHead = (t: Token) => t.text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  /** After a name ending at `end`: a list goes on past a separator, anything else ends it. */
  const afterName = (end: number): number => {
    if (shared !== null && isListSeparator(tokens[end])) {
      expectItem = true;
      return end + 1;
    }
    shared = null;
    expectItem = false;
    return end;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (!t.word) {
      if (t.text === '.' || !isListSeparator(t)) {
        shared = null;
        expectItem = false;
      }
      i++;
      continue;
    }
    const len = headAt(tokens, i);
    // "Các phòng, đơn vị:" — a shared head over the list that follows the colon.
    if (len > 0 && t.key === CAC) {
      let k = i + len;
      while (tokens[k]?.text === ',' && collectiveAt(tokens, k + 1) > 0) k += 1 + collectiveAt(tokens, k + 1);
      if (tokens[k]?.text === ':' && SHARED_HEADS.has((tokens[i + 1] as Token).key)) {
        shared = sharedHead(tokens[i + 1] as Token);
        expectItem = true;
        i = k + 1;
        continue;
      }
    }
    if (len === 0 && shared !== null && expectItem) {
      const end = sharedItemEnd(text, tokens, i);
      const name = text.slice(t.start, (tokens[end - 1] as Token).end);
      const recognized = recognizeAgency(`${shared} ${name}`, context);
      if (recognized) {
        out.push({ index: t.start, end: t.start + name.length, agency: { ...recognized, name }, first: i, last: end });
        i = afterName(end);
        continue;
      }
    }
    if (len === 0) {
      shared = null;
      expectItem = false;
      i++;
      continue;
    }
    let end = nameEnd(text, tokens, i, len);
    // "Phòng Nội vụ, Tư pháp và Y tế": a head printed once over a list of function names.
    if (len === 1 && SHARED_HEADS.has(t.key)) {
      const known = functionNameAt(tokens, i + 1);
      if (known > 0 && known < end && isListSeparator(tokens[known]) && functionNameAt(tokens, known + 1) > 0) {
        end = known;
        shared = sharedHead(t);
      }
    }
    const name = text.slice(t.start, (tokens[end - 1] as Token).end);
    const agency = recognizeAgency(name, context);
    if (!agency) { i += len; continue; }
    // "Ủy ban MTTQ ... và các tổ chức thành viên": same function joined by "và" stays one name.
    const prev = out[out.length - 1];
    const between = prev ? tokens.slice(prev.last, i) : [];
    if (prev && between.length === 1 && (between[0] as Token).key === VA && prev.agency.key === agency.key) {
      const joined = text.slice(prev.index, (tokens[end - 1] as Token).end);
      prev.end = prev.index + joined.length;
      prev.agency = recognizeAgency(joined, context) ?? { ...prev.agency, name: joined };
      prev.last = end;
    } else {
      out.push({ index: t.start, end: t.start + name.length, agency, first: i, last: end });
    }
    i = afterName(end);
  }
  return out.map(({ index, end, agency }) => ({ index, end, agency }));
}

/**
 * The agencies a text opens with ("Các Phòng, Ban ngành, đoàn thể huyện, UBND các xã, thị trấn
 * xây dựng Kế hoạch ..."): the mentions chained from the start by separators only, and `end`,
 * the offset where the list stops (the predicate, or a colon before it, follows). Null when the
 * text does not open with an agency. A leading "Đề nghị", "Trách nhiệm của", "Nhiệm vụ của" or
 * "Đối với" is skipped.
 */
export function splitAgencyList(text: string, context?: AgencyContext): { agencies: AgencyMention[]; start: number; end: number } | null {
  // "Đề nghị" (a request), "Trách nhiệm của" / "Nhiệm vụ của" / "Đối với" (a heading's lead-in) are not names.
  const lead = /^\s*(?:(?:Đề nghị|Trách nhiệm của|Nhiệm vụ của|Đối với)\s+)?/iu.exec(text)?.[0].length ?? 0;
  const mentions = findAgencies(text, context);
  const chained: AgencyMention[] = [];
  let at = lead;
  for (const m of mentions) {
    const gap = text.slice(at, m.index);
    const ok = chained.length === 0
      ? /^\s*(?:các\s+(?:phòng|sở|ban|bộ)(?:\s*,\s*(?:đơn vị|ban|ngành))*\s*:)?\s*$/iu.test(gap)
      : /^[\s,;]*(?:và|cùng)?[\s,;]*$/u.test(gap);
    if (!ok) break;
    chained.push(m);
    at = m.end;
  }
  if (chained.length === 0) return null;
  return { agencies: chained, start: lead, end: at };
}

/**
 * The issuing body's level, as the anatomy's header or the plan's own clause gives it ("ỦY BAN NHÂN DÂN /
 * HUYỆN HẠ LANG", "UBND phường xây dựng kế hoạch", "trên địa bàn phường Bắc Kạn"). Agencies printed
 * without a locality ("Phòng Nội vụ") sit at this level. Null when the text does not say.
 */
export function planLevel(ctx: Pick<ExtractContext, 'doc'> | ExtractContext): Level | null {
  return issuerLevel('anatomy' in ctx ? ctx : createContext(ctx.doc));
}

/** Where the agencies of a plan are read: its level (`planLevel`) and its year. */
export function agencyContext(ctx: Pick<ExtractContext, 'doc' | 'year'>): AgencyContext {
  return { level: planLevel(ctx), year: ctx.year };
}
