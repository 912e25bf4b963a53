/**
 * What OCR gets wrong that the genre lets us put right, before the words become text items:
 * marks read as letters (a seal's arc, a pen stroke, a smudge), Roman section numbers read as
 * other strokes, and the words of the fixed date frame "ngày … tháng … năm …" misread in the
 * italic place-and-date line. Each repair is narrow and says what it touches; anything else
 * OCR read stays as read (and its confidence travels on to `source.ocrPages`).
 */
import { ITEM_GAP, sizeOf, type OcrLine, type OcrWord, type Recognition } from './ocr-items.js';

/** The recognition with specks dropped and section numbers and date frames repaired. */
export function cleanRecognition(recognition: Recognition): Recognition {
  return withRepairedDateFrames(withRepairedMarkers(withoutSpecks(recognition)));
}

/** Below this confidence a short word standing apart is a mark read as letters. */
const SPECK_CONFIDENCE = 60;
/**
 * Below this mean confidence a "line" is no text: tesseract reading a photo, a texture or a
 * smudge (a picture of grey blocks came out "Tự hộsiết" at 17). A misread word among others is
 * kept, however low its confidence (it is flagged instead, see `RawOcrPage.uncertain`).
 */
const NOT_TEXT_CONFIDENCE = 30;

/**
 * The recognition without specks and noise: a seal's arc, a signature's stroke or a speck of dirt
 * read as a letter or two ("s", "Z", "4 :"), lines of marks alone ("”"), and lines read with next
 * to no confidence. A speck
 * is a word of at most two letters or digits, read with low confidence, standing alone on its
 * line or a gutter's width from its neighbours: no word of a plan looks like that, and kept, one
 * would split the signature block or glue onto a title.
 */
export function withoutSpecks(recognition: Recognition): Recognition {
  const lines: OcrLine[] = [];
  for (const line of recognition.lines) {
    const words = line.words;
    if (words.length === 0 || words.reduce((sum, w) => sum + w.confidence, 0) / words.length < NOT_TEXT_CONFIDENCE) continue;
    // Marks alone (a quote, a dash, a dot of dirt): nothing to read on this line.
    if (!words.some((w) => /[\p{L}\p{N}]/u.test(w.text))) continue;
    const em = sizeOf(words);
    const kept = words.filter((word, i) => {
      if (word.confidence >= SPECK_CONFIDENCE || (word.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) > 2) return true;
      const before = words[i - 1];
      const after = words[i + 1];
      const apart = (!before || word.x0 - before.x1 > ITEM_GAP * em) && (!after || after.x0 - word.x1 > ITEM_GAP * em);
      return !apart;
    });
    if (kept.length > 0) lines.push({ ...line, words: kept });
  }
  return { ...recognition, lines };
}

/**
 * A line's first word repaired where OCR misreads a Roman section number: the strokes of "III."
 * come out "IHI.", "Il.", "I1." or "|I." (tesseract's language model knows no Roman numerals),
 * and a heading whose marker does not parse is no heading. Only a word made of I-like strokes,
 * V and X, holding at least one real I, V or X, and ending in "." or ")", is touched; "1." and
 * "H." are left alone.
 */
export function repairMarker(word: string): string {
  const match = /^([IVXHl1|]{1,5})([.)])$/.exec(word);
  if (!match || !/[IVX]/.test(match[1] as string) || !/[Hl1|]/.test(match[1] as string)) return word;
  // "H" is an I whose serifs ran into its neighbours' ("III." read "IHI.").
  const roman = (match[1] as string).replace(/[Hl1|]/g, 'I');
  // Only numerals a plan's sections reach (I to XX), written the usual way.
  return /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/.test(roman) && roman !== '' ? `${roman}${match[2]}` : word;
}

/** The recognition with section numbers repaired (`repairMarker`) at the start of each line. */
function withRepairedMarkers(recognition: Recognition): Recognition {
  return {
    ...recognition,
    lines: recognition.lines.map((line) => {
      const words = line.words;
      const first = words[0];
      if (!first) return line;
      const text = repairMarker(first.text);
      return text === first.text ? line : { ...line, words: [{ ...first, text }, ...words.slice(1)] };
    }),
  };
}

// The date frame of Nghị định 30/2020: "ngày 16 tháng 5 năm 2025" (day and month may be blank in drafts).
const FRAME = ['ngày', 'tháng', 'năm'] as const;

/**
 * A line's date frame with its words restored: in "Hạ Lang, ngày … thúng 5 năm 2025" (italic
 * "tháng" read as "thúng") the frame is certain from its other words and numbers, so a frame word
 * within two letters of the right one is put right. It takes "ngày", a number or nothing, the
 * month word, a number or nothing, "năm" and a four-digit year; two of the three frame words must
 * be read exactly.
 */
export function repairDateFrame(words: readonly string[]): string[] {
  const out = [...words];
  const digits = (w: string | undefined) => w !== undefined && /^\d{1,2}$/.test(w);
  for (let i = 0; i < out.length; i++) {
    // Positions of the frame words, with the optional day and month numbers between them.
    const at = [i];
    let j = i + 1;
    if (digits(out[j])) j++;
    at.push(j++);
    if (digits(out[j])) j++;
    at.push(j++);
    const year = out[j]?.replace(/[.,;:)]+$/, '');
    if (!year || !/^\d{4}$/.test(year)) continue;
    const read = at.map((k) => (out[k] ?? '').toLowerCase());
    const exact = read.filter((w, k) => w === FRAME[k]).length;
    if (exact < 2 || !read.every((w, k) => w === FRAME[k] || editDistance(w, FRAME[k] as string) <= 2)) continue;
    at.forEach((k, n) => {
      const word = out[k] as string;
      if (word.toLowerCase() !== FRAME[n]) out[k] = word[0] === word[0]?.toUpperCase() ? capitalise(FRAME[n] as string) : (FRAME[n] as string);
    });
  }
  return out;
}

function withRepairedDateFrames(recognition: Recognition): Recognition {
  return {
    ...recognition,
    lines: recognition.lines.map((line) => {
      const words = line.words;
      const texts = repairDateFrame(words.map((w) => w.text));
      return texts.every((t, i) => t === words[i]?.text) ? line : { ...line, words: words.map((w, i): OcrWord => ({ ...w, text: texts[i] ?? w.text })) };
    }),
  };
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Levenshtein distance between two short words, by code point. */
function editDistance(a: string, b: string): number {
  const x = [...a.normalize('NFC')];
  const y = [...b.normalize('NFC')];
  let prev = Array.from({ length: y.length + 1 }, (_, k) => k);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let k = 1; k <= y.length; k++) {
      cur[k] = Math.min((prev[k] as number) + 1, (cur[k - 1] as number) + 1, (prev[k - 1] as number) + (x[i - 1] === y[k - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[y.length] as number;
}
