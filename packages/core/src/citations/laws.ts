/**
 * Laws cited by name, with or without their number and date:
 *
 *   Luật Trẻ em năm 2016 · Luật Trẻ em 2016 · Luật Dược số 105/2016/QH13 · Luật Thú y ngày 19/6/2015
 *   Luật Phòng, chống thiên tai được Quốc hội thông qua ngày 19 tháng 6 năm 2013
 *   Luật Phổ biến, giáo dục\npháp luật năm 2012 (a name wrapped by a web copy)
 *   Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương
 *
 * A name has no end mark, so it is read word by word (a regex would need nested lazy repetition):
 * it runs until a word that cannot be part of a name ("năm", "của", "và", "các"...), punctuation,
 * a number, or a line break before such a word. A comma continues the name only before a small
 * word that is not a stop word ("Phòng, chống", "Phổ biến, giáo dục", "Khám bệnh, chữa bệnh").
 */

// Names that contain a stop word.
const KNOWN_NAMES = [/^Hôn\s+nhân\s+và\s+gia\s+đình/iu, /^Khoa\s+học\s+và\s+công\s+nghệ/iu, /^Đất\s+đai/iu];
const STOP = new Set([
  'năm', 'ngày', 'số', 'của', 'cảu', 'để', 'và', 'theo', 'quy', 'về', 'trên', 'đến', 'các', 'được', 'cho', 'trong', 'tại', 'nhằm',
  'với', 'là', 'có', 'gắn', 'đã', 'này', 'thì', 'mà', 'như', 'ban', 'hướng', 'hiện', 'sau', 'đối', 'nêu', 'cũng', 'những',
]);
const MAX_WORDS = 14;

const WORD = /[\p{L}\p{M}]+(?:[-–][\p{L}\p{M}]+)*/uy;
const GAP = /[ \t]*(\n[ \t]*)?/uy;
const COMMA = /[ \t]*,[ \t]*/uy;
const KNOWN_AT = /[\p{L}\p{M}\s]{0,40}/uy;
// "sửa đổi, bổ sung một số điều của (Luật) ..."
const AMENDING = /sửa\s+đổi\s*,\s*bổ\s+sung\s+(?:một\s+số\s+điều\s+)?(?:của\s+)?/uy;
const AND_LAW = /\s+và\s+(?=Luật\s)/uy;
const LAW_WORD = /Luật[ \t]+/uy;

function wordAt(text: string, at: number): { word: string; end: number } | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m ? { word: m[0], end: at + m[0].length } : null;
}

const isSmall = (word: string) => /^\p{Ll}/u.test(word);

/** The end of a plain document name starting at `at` (after "Luật ", "Kế hoạch "...), or `at` when there is none. */
export function plainNameEnd(text: string, at: number): number {
  KNOWN_AT.lastIndex = at;
  const head = KNOWN_AT.exec(text)?.[0] ?? '';
  for (const known of KNOWN_NAMES) {
    const k = known.exec(head);
    if (k) return at + k[0].length;
  }
  let end = at;
  for (let n = 0; n < MAX_WORDS; n++) {
    let from = end;
    let comma = false;
    let broken = false;
    if (n > 0) {
      COMMA.lastIndex = end;
      const c = COMMA.exec(text);
      GAP.lastIndex = end;
      const g = GAP.exec(text);
      if (c) {
        comma = true;
        from = end + c[0].length;
      } else if (g && g[0].length > 0) {
        broken = g[1] !== undefined;
        from = end + g[0].length;
      } else {
        break;
      }
    }
    const next = wordAt(text, from);
    if (!next || STOP.has(next.word.toLocaleLowerCase('vi'))) break;
    // After a comma or a line break only a small word goes on with the name ("Phòng, chống", "truyền\nnhiễm").
    if ((comma || broken) && !isSmall(next.word)) break;
    end = next.end;
  }
  return end;
}

/** A law's name found by `lawNameAt`. */
export interface LawName {
  /** "Luật Trẻ em", line breaks as spaces. */
  name: string;
  index: number;
  end: number;
}

/** The law name starting at `at` ("Luật ..." or "Bộ luật ..."), or null when "Luật" names nothing. */
export function lawNameAt(text: string, at: number, headEnd: number): LawName | null {
  let end = headEnd;
  AMENDING.lastIndex = headEnd;
  const amending = AMENDING.exec(text);
  if (amending) {
    // An amending law names the laws it amends: "... của Luật A và Luật B".
    let pos = headEnd + amending[0].length;
    LAW_WORD.lastIndex = pos;
    const law = LAW_WORD.exec(text);
    if (law) pos += law[0].length;
    end = plainNameEnd(text, pos);
    for (;;) {
      AND_LAW.lastIndex = end;
      const and = AND_LAW.exec(text);
      if (!and) break;
      const next = end + and[0].length + 'Luật '.length;
      const nextEnd = plainNameEnd(text, next);
      if (nextEnd === next) break;
      end = nextEnd;
    }
  } else {
    end = plainNameEnd(text, headEnd);
  }
  if (end === headEnd) return null;
  return { name: text.slice(at, end).replace(/\s*\n\s*/g, ' '), index: at, end };
}
