/**
 * Issuing bodies as citations and headers name them: the People's Committee and Council of any
 * level with or without a locality, the Prime Minister and the Government, ministries and their
 * ministers, Party bodies (Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư, Tỉnh ủy, Ban Thường
 * vụ Tỉnh ủy...), the National Assembly, departments, emulation councils.
 *
 *   Ủy ban nhân dân tỉnh Cao Bằng · UBND thành phố Hà Nội · Chủ tịch UBND tỉnh · Thủ tướng Chính phủ
 *   Bộ trưởng Bộ Lao động - Thương binh và Xã hội · Ban Bí thư Trung ương Đảng (khóa IX) · Tỉnh ủy Vĩnh Phúc
 */
import type { Level } from '../schema.js';

/** Spaces between words, line breaks included (web copies break names: "Ủy ban nhân dân tỉnh Lâm\nĐồng"). */
const SP = '\\s+';
const END = '(?![\\p{L}\\p{M}])';

/** A phrase whose words may start with either case ("Chính Phủ", "ban thường vụ"), joined by any space. */
function words(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => {
      const first = word[0] ?? '';
      const lower = first.toLocaleLowerCase('vi');
      const upper = first.toLocaleUpperCase('vi');
      const head = lower === upper ? first : `[${upper}${lower}]`;
      return head + word.slice(1).replace(/&/g, '\\s*&\\s*');
    })
    .join(SP);
}

/** "Ủy" in both tone-mark styles and either case. */
const UY = '(?:[Ủủ]y|[Uu]ỷ)';
/** Administrative units, as printed in running text: the unit word decides the level. */
export const UNIT = ['thành phố', 'thị trấn', 'thị xã', 'đặc khu', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'].map(words).join('|');
/**
 * A proper name: capitalised words or a number ("Hạ Lang", "Cao Bằng", "1"); at most one line break between
 * words. The space between words is never empty: "CAO" must not read as three words "C", "A", "O" (every way of
 * cutting a word in capitals would be tried, exponential in its length).
 */
export const NAME = '(?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)(?:(?:[ \\t]+\\n?|\\n)[ \\t]*(?:\\p{Lu}[\\p{Ll}\\p{M}]*|\\d+)){0,5}';
/** "Ủy ban nhân dân" in both tone-mark styles, or "UBND". */
export const COMMITTEE = `${UY}${SP}${words('ban nhân dân')}|UBND`;
const COUNCIL = `${words('Hội đồng nhân dân')}|HĐND`;

// Ministries, in full and abbreviated, so that "Bộ Y tế ban hành" stops before "ban hành".
const MINISTRIES = [
  'Lao động - Thương binh và Xã hội', 'Lao động Thương binh và Xã hội', 'LĐTB&XH', 'LĐTBXH', 'Y tế', 'Giáo dục và Đào tạo', 'GD&ĐT', 'GDĐT',
  'Giao thông vận tải', 'GTVT', 'Nông nghiệp và Phát triển nông thôn', 'NN&PTNT', 'Nông nghiệp và Môi trường', 'Tài chính', 'Tư pháp',
  'Nội vụ', 'Công an', 'Quốc phòng', 'Ngoại giao', 'Công Thương', 'Xây dựng', 'Kế hoạch và Đầu tư', 'KH&ĐT', 'Tài nguyên và Môi trường',
  'TN&MT', 'Thông tin và Truyền thông', 'TT&TT', 'Văn hóa, Thể thao và Du lịch', 'Văn hoá, Thể thao và Du lịch', 'VHTTDL',
  'Khoa học và Công nghệ', 'KH&CN', 'Dân tộc và Tôn giáo', 'Dân tộc',
].map((m) => words(m).replace(/,/g, '\\s*,'));
const MINISTRY = `(?:${MINISTRIES.join('|')})`;
// "(khóa IX)", "khoá XII": the term of a Party body.
const TERM = `(?:\\s*,?\\s*\\(?\\s*${words('kh')}(?:óa|oá)${SP}[IVXLC]+\\s*\\)?)?`;
const PARTY_COMMITTEE = `(?:${words('Tỉnh')}|${words('Thành')}|${words('Huyện')}|${words('Quận')}|${words('Thị')}|${words('Đảng')})\\s*(?:${UY}|ỦY|UỶ)`;

interface BodyForm {
  /** Pattern source; group 1, when present, is a unit word and group 2 its name. */
  source: string;
  /** The level of the body, or how to read it from the unit word. */
  level: Level | 'unit';
  /** The name to report, when the printed words vary only in case or spacing. */
  canonical?: string;
}

const FORMS: readonly BodyForm[] = [
  // "Chủ tịch UBND tỉnh", "Ủy ban nhân dân (UBND) tỉnh Nghệ An", "HĐND tỉnh", "UBND Tỉnh".
  { source: `(?:${words('Phó Chủ tịch')}${SP}|${words('Chủ tịch')}${SP})?(?:${COMMITTEE}|${COUNCIL})(?:\\s*\\((?:UBND|HĐND)\\))?(?:${SP}(${UNIT})${END}(?:[ \\t]+\\n?[ \\t]*(${NAME})|\\n(${NAME}))?)?`, level: 'unit' },
  { source: `${words('Ủy ban Thường vụ Quốc hội')}|${UY}${SP}${words('ban Thường vụ Quốc hội')}`, level: 'national', canonical: 'Ủy ban Thường vụ Quốc hội' },
  { source: `${UY}${SP}(?:${words('ban An toàn giao thông')}|${words('ban ATGT')})${SP}${words('Quốc gia')}`, level: 'national' },
  { source: words('Thủ tướng Chính phủ'), level: 'national', canonical: 'Thủ tướng Chính phủ' },
  { source: words('Thủ tướng'), level: 'national', canonical: 'Thủ tướng Chính phủ' },
  { source: words('Chính phủ'), level: 'national', canonical: 'Chính phủ' },
  { source: words('Bộ Chính trị'), level: 'national', canonical: 'Bộ Chính trị' },
  { source: `(?:${words('Bộ trưởng')}${SP})?${words('Bộ')}${SP}${MINISTRY}`, level: 'national' },
  { source: `${words('Ban Bí thư')}(?:${SP}${words('Trung ương')}(?:${SP}(?:${words('Đảng')}|${words('Đoàn')}))?)?${TERM}`, level: 'national' },
  {
    source: `(?:${words('Hội nghị lần thứ')}${SP}[\\p{L}\\d]+\\s*,?${SP})?${words('Ban Chấp hành Trung ương')}(?:${SP}(?:${words('Đảng')}|${words('Đoàn')}(?:${SP}TNCS${SP}${words('Hồ Chí Minh')})?))?${TERM}`,
    level: 'national',
  },
  { source: words('Trung ương Đoàn'), level: 'national', canonical: 'Trung ương Đoàn' },
  { source: words('Quốc hội'), level: 'national', canonical: 'Quốc hội' },
  // "Ban Thường vụ Tỉnh ủy", "Thường trực Thành ủy", "Văn phòng Thành ủy", "Đảng ủy xã Giao Thiện", "Tỉnh ủy Vĩnh Phúc".
  { source: `(?:(?:${words('Ban Thường vụ')}|${words('Ban Chấp hành')}|${words('Thường trực')}|${words('Văn phòng')})${SP})?(${PARTY_COMMITTEE})${END}(?:${SP}(?:(${UNIT})${SP})?(${NAME}))?`, level: 'unit' },
  { source: `${words('Sở')}${SP}${MINISTRY}(?:${SP}(${UNIT})${END}(?:${SP}(${NAME}))?)?`, level: 'province' },
  { source: `${words('Hội đồng Thi đua')}\\s*[-–]\\s*${words('Khen thưởng')}(?:${SP}(?:${words('Trung ương')}|(${UNIT})${END}(?:${SP}(${NAME}))?))?`, level: 'unit' },
];

const STICKY = FORMS.map((f) => new RegExp(`(?:${f.source})${END}`, 'uy'));
const UNIT_ONLY = new RegExp(`^(?:${UNIT})$`, 'u');
const PARTY_ONLY = new RegExp(`^${PARTY_COMMITTEE}$`, 'u');
const COUNCIL_START = new RegExp(`^(?:${COUNCIL})`, 'u');

/** An issuing body as found. */
export interface IssuerMatch {
  /** Printed words, line breaks as spaces ("UBND tỉnh Thái Nguyên", "Thủ tướng Chính phủ"). */
  printed: string;
  /** Written out: committees in full ("Ủy ban nhân dân tỉnh Cao Bằng"), the rest as printed or canonical. */
  name: string;
  level: Level | null;
  /** The locality a local body names ("Cao Bằng", "Phường 1"), or null. */
  locality: string | null;
  /** The unit word in lower case ("tỉnh"), or null. */
  unit: string | null;
  index: number;
  end: number;
}

// Centrally-run cities: "thành phố" is a province for these, a district elsewhere (before 2025).
const CENTRAL_CITIES = new Set(['hà nội', 'hồ chí minh', 'hải phòng', 'đà nẵng', 'cần thơ', 'huế']);

/** The level of an administrative unit word ("huyện" → district), with the locality for "thành phố". */
export function levelOf(unit: string, locality: string | null): 'province' | 'district' | 'commune' | null {
  const u = unit.toLocaleLowerCase('vi').normalize('NFC');
  if (u === 'tỉnh') return 'province';
  if (u === 'thành phố') return locality && CENTRAL_CITIES.has(locality.toLocaleLowerCase('vi')) ? 'province' : locality ? 'district' : null;
  if (u === 'huyện' || u === 'quận' || u === 'thị xã') return 'district';
  if (u === 'xã' || u === 'phường' || u === 'thị trấn' || u === 'đặc khu') return 'commune';
  return null;
}

/** "HẠ LANG" → "Hạ Lang"; a word without a vowel is an acronym and stays in capitals ("TNCS"). */
export function titleCase(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => {
      if (!/[aăâeêioôơuưy]/iu.test(w.normalize('NFD')) || /^(?:UBND|HĐND|MTTQ|UBMTTQ)$/u.test(w)) return w;
      const lower = w.toLocaleLowerCase('vi');
      return (lower[0] ?? '').toLocaleUpperCase('vi') + lower.slice(1);
    })
    .join(' ');
}

/** Line breaks inside a value read as spaces. */
function flat(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/[ \t]{2,}/g, ' ');
}

/** A locality as a reader names it: "Hạ Lang"; a unit named by a number keeps its unit word ("Phường 1"). */
export function localityName(unit: string, name: string): string {
  const clean = flat(name).trim();
  return /^\d+$/.test(clean) ? `${titleCase(unit)} ${clean}` : clean;
}

/** The Party committee's level from its word: Tỉnh/Thành ủy → province, Huyện/Quận/Thị ủy → district. */
function partyLevel(word: string): Level | null {
  const w = word.toLocaleLowerCase('vi');
  if (w.startsWith('tỉnh') || w.startsWith('thành')) return 'province';
  if (w.startsWith('huyện') || w.startsWith('quận') || w.startsWith('thị')) return 'district';
  return null;
}

/** The issuing body named exactly at `at` in `text`, or null. */
export function issuerAt(text: string, at: number): IssuerMatch | null {
  for (let f = 0; f < FORMS.length; f++) {
    const form = FORMS[f] as BodyForm;
    const re = STICKY[f] as RegExp;
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const printed = flat(m[0]);
    let unit: string | null = null;
    let locality: string | null = null;
    let level: Level | null = form.level === 'unit' ? null : form.level;
    // Groups: a unit word and its name (the committee form has a second name group for a name on the next line).
    const groups = m.slice(1).filter((g) => g !== undefined);
    const unitWord = groups.find((g) => UNIT_ONLY.test(g));
    const nameWord = groups.find((g) => g !== unitWord && !PARTY_ONLY.test(g));
    if (unitWord) {
      unit = unitWord.toLocaleLowerCase('vi');
      locality = nameWord ? localityName(unit, nameWord) : null;
      if (form.level === 'unit') level = levelOf(unit, locality);
    }
    const party = groups.find((g) => PARTY_ONLY.test(g));
    if (party && form.level === 'unit') {
      level = unit ? levelOf(unit, locality) : partyLevel(party);
      if (!unit && nameWord) locality = flat(nameWord);
    }
    let name = form.canonical ?? printed;
    if (f === 0 && /^(?:Ủy|Uỷ|ỦY|UỶ|ủy|uỷ|UBND|[Hh]ội|HĐND)/u.test(printed)) {
      // Committees and councils in full: "UBND tỉnh Cao Bằng" → "Ủy ban nhân dân tỉnh Cao Bằng".
      const council = COUNCIL_START.test(printed);
      const body = council ? 'Hội đồng nhân dân' : 'Ủy ban nhân dân';
      name = [body, unit, nameWord ? flat(nameWord) : null].filter(Boolean).join(' ');
    }
    return { printed, name, level, locality, unit, index: at, end: at + m[0].length };
  }
  return null;
}
