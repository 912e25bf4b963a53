/**
 * Word's automatic numbering, recomputed: mammoth (and every text export) drops
 * the printed markers ("I.", "1.", "1.1.", "a)", "-"), yet plans are organised
 * by them. Definitions come from `word/numbering.xml` (`w:abstractNum` levels,
 * `w:num` instances with `w:lvlOverride`) and `word/styles.xml` (paragraph
 * styles carrying `w:numPr`, through `w:basedOn`).
 */
import { createMessage, msg, type MessageRef } from '../../messages/index.js';
import type { Message } from '../../model.js';
import { child, childVal, elements, isOn, type XmlElement } from './xml.js';

/** One level of a list definition (`w:lvl`). */
export interface Level {
  /** `w:start`; the spec's default is 0. */
  start: number;
  /** `w:numFmt`: decimal, lowerLetter, upperRoman, bullet... */
  format: string;
  /** `w:lvlText`: `%1.`, `%1.%2.`, `-`... */
  text: string;
  /** `w:isLgl`: show every level as decimal. */
  legal: boolean;
  /** `w:lvlRestart`: restart after this 1-based level (0 = never); `null` = after any higher level. */
  restart: number | null;
  /** What follows the marker (`w:suff`): a tab and a space both read as a space. */
  suffix: string;
  /** The paragraph style tied to this level (`w:pStyle`), or `null`. */
  style: string | null;
}

interface AbstractNum {
  levels: Array<Level | undefined>;
  /** `w:numStyleLink`: the levels live in a numbering style's list. */
  styleLink: string | null;
}

interface Num {
  abstractId: string;
  /** Per level: `w:startOverride` and/or a whole replacement `w:lvl`. */
  overrides: Map<number, { start: number | null; level: Level | null }>;
}

interface Style {
  basedOn: string | null;
  numId: string | null;
  ilvl: number | null;
}

/** The numbering definitions and paragraph styles of one package. */
export interface NumberingDefinitions {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
  styles: Map<string, Style>;
  /** The paragraph style used when a paragraph names none (`w:default="1"`). */
  defaultStyle: string | null;
  /** Level looked up by the paragraph style it names (`w:lvl/w:pStyle`), the link Word also follows. */
  levelByStyle: Map<string, { abstractId: string; ilvl: number }>;
}

const MAX_LEVELS = 9;
/** Longest level text kept (Word's own limit is well under this). */
const MAX_LEVEL_TEXT = 64;
/** Longest marker printed: "Phần thứ mười hai:" or "1.1.1.1.1.1.1.1.1." are under 20 characters. */
const MAX_MARKER = 64;
const int = (value: string | null | undefined): number | null => {
  if (value === null || value === undefined) return null;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) ? n : null;
};

function readLevel(lvl: XmlElement): Level {
  const lvlText = child(lvl, 'w:lvlText');
  const format = childVal(lvl, 'w:numFmt') ?? 'decimal';
  const rFonts = child(child(lvl, 'w:rPr'), 'w:rFonts');
  const font = rFonts?.attrs['w:ascii'] ?? rFonts?.attrs['w:hAnsi'] ?? rFonts?.attrs['w:cs'] ?? null;
  // Real level texts are a few characters ("%1.", "Điều %1."); each numbered paragraph repeats
  // its level's text, so a forged 50 KB one in a 60 KB file made gigabytes of markers.
  let text = (lvlText?.attrs['w:val'] ?? '').slice(0, MAX_LEVEL_TEXT);
  if (format === 'bullet') text = child(lvl, 'w:lvlPicBulletId') ? '•' : bulletText(text, font);
  const suff = childVal(lvl, 'w:suff');
  return {
    start: int(childVal(lvl, 'w:start')) ?? 0,
    format,
    text,
    legal: isOn(child(lvl, 'w:isLgl')),
    restart: int(childVal(lvl, 'w:lvlRestart')),
    suffix: suff === 'nothing' ? '' : ' ',
    style: childVal(lvl, 'w:pStyle'),
  };
}

/** Read `numbering.xml` and `styles.xml` (either may be absent). */
export function readNumberingDefinitions(numbering: XmlElement | null, styles: XmlElement | null): NumberingDefinitions {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  const levelByStyle = new Map<string, { abstractId: string; ilvl: number }>();
  for (const abs of elements(numbering, 'w:abstractNum')) {
    const id = abs.attrs['w:abstractNumId'];
    if (id === undefined) continue;
    const levels: Array<Level | undefined> = [];
    for (const lvl of elements(abs, 'w:lvl')) {
      // Some writers leave out w:ilvl on a single-level list; Word reads it as level 0.
      const ilvl = int(lvl.attrs['w:ilvl']) ?? 0;
      if (ilvl < 0 || ilvl >= MAX_LEVELS || levels[ilvl]) continue;
      const level = readLevel(lvl);
      levels[ilvl] = level;
      if (level.style !== null && !levelByStyle.has(level.style)) levelByStyle.set(level.style, { abstractId: id, ilvl });
    }
    abstracts.set(id, { levels, styleLink: childVal(abs, 'w:numStyleLink') });
  }
  for (const num of elements(numbering, 'w:num')) {
    const id = num.attrs['w:numId'];
    const abstractId = childVal(num, 'w:abstractNumId');
    if (id === undefined || abstractId === null) continue;
    const overrides = new Map<number, { start: number | null; level: Level | null }>();
    for (const o of elements(num, 'w:lvlOverride')) {
      const ilvl = int(o.attrs['w:ilvl']);
      if (ilvl === null || ilvl < 0 || ilvl >= MAX_LEVELS) continue;
      const lvl = child(o, 'w:lvl');
      overrides.set(ilvl, { start: int(childVal(o, 'w:startOverride')), level: lvl ? readLevel(lvl) : null });
    }
    nums.set(id, { abstractId, overrides });
  }

  const styleMap = new Map<string, Style>();
  let defaultStyle: string | null = null;
  for (const style of elements(styles, 'w:style')) {
    const id = style.attrs['w:styleId'];
    const type = style.attrs['w:type'] ?? 'paragraph';
    if (id === undefined || (type !== 'paragraph' && type !== 'numbering')) continue;
    const numPr = child(child(style, 'w:pPr'), 'w:numPr');
    styleMap.set(type === 'numbering' ? `numbering:${id}` : id, {
      basedOn: childVal(style, 'w:basedOn'),
      numId: childVal(numPr, 'w:numId'),
      ilvl: int(childVal(numPr, 'w:ilvl')),
    });
    const isDefault = style.attrs['w:default'];
    if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on')) defaultStyle = id;
  }
  return { abstracts, nums, styles: styleMap, defaultStyle, levelByStyle };
}

/** A paragraph's own numbering properties (`w:pPr/w:numPr`), either part possibly absent. */
export interface NumPr {
  numId: string | null;
  ilvl: number | null;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Counts list items the way Word prints them and returns each numbered
 * paragraph's marker. Counters live per abstract list, so two `w:num` sharing one
 * `w:abstractNum` continue each other, as in Word, unless a `w:num` restarts a
 * level with `w:startOverride` the first time it is used. Using a level resets
 * the deeper ones (unless `w:lvlRestart` says otherwise).
 */
export class ListCounter {
  private readonly counters = new Map<string, Array<number | null>>();
  private readonly seenNums = new Set<string>();
  private readonly warned = new Set<string>();
  private letterWarned = false;

  constructor(
    private readonly defs: NumberingDefinitions,
    private readonly messages: Message[],
  ) {}

  /** The printed marker and what follows it (`{ marker: "1.1.", suffix: " " }`), or `null` for an unnumbered paragraph. */
  next(styleId: string | null, direct: NumPr | null): { marker: string; suffix: string } | null {
    const resolved = this.resolve(styleId, direct);
    if (!resolved) return null;
    const { numId, ilvl } = resolved;
    const num = this.defs.nums.get(numId);
    if (!num) return this.warn(`numId:${numId}`, msg('read/docx-numbering', { list: String(numId) }));
    const abstractId = this.abstractIdOf(num);
    const abs = abstractId === null ? undefined : this.defs.abstracts.get(abstractId);
    if (!abs || abstractId === null) return this.warn(`abs:${num.abstractId}`, msg('read/docx-numbering#abstract', { list: String(numId), abstract: String(num.abstractId) }));
    const levelAt = (i: number): Level | undefined => num.overrides.get(i)?.level ?? abs.levels[i];
    const level = levelAt(ilvl);
    if (!level) return this.warn(`lvl:${numId}:${ilvl}`, msg('read/docx-numbering#level', { list: String(numId), level: Number(ilvl) }));
    const startAt = (i: number): number => num.overrides.get(i)?.start ?? levelAt(i)?.start ?? 0;

    let counters = this.counters.get(abstractId);
    if (!counters) {
      counters = new Array<number | null>(MAX_LEVELS).fill(null);
      this.counters.set(abstractId, counters);
    }
    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      for (const [i, o] of num.overrides) if (o.start !== null) counters[i] = null;
    }
    const current = counters[ilvl];
    counters[ilvl] = current === null || current === undefined ? startAt(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      const restart = levelAt(deeper)?.restart ?? null;
      if (restart === null || (restart > 0 && ilvl < restart)) counters[deeper] = null;
    }

    if (level.format === 'bullet') return { marker: level.text, suffix: level.suffix };
    let marker = '';
    for (const part of level.text.split(/(%[1-9])/)) {
      if (!/^%[1-9]$/.test(part)) marker += part;
      else {
        const i = Number(part[1]) - 1;
        if (i > ilvl) continue;
        const value = counters[i] ?? startAt(i);
        const format = level.legal && i < ilvl ? 'decimal' : (levelAt(i)?.format ?? 'decimal');
        marker += this.format(value, format);
      }
      // A level text repeating a letter counter near 32 767 ("%1%1…") made each marker 40 000
      // letters: 289 s, 3.1 GB, then a crash. What no page prints is cut, with a warning.
      if (marker.length > MAX_MARKER) {
        marker = marker.slice(0, MAX_MARKER);
        this.warn('marker-length', msg('read/docx-numbering#marker-length', { max: MAX_MARKER }));
        break;
      }
    }
    return { marker, suffix: level.suffix };
  }

  private resolve(styleId: string | null, direct: NumPr | null): { numId: string; ilvl: number } | null {
    let numId = direct?.numId ?? null;
    let ilvl = direct?.ilvl ?? null;
    // Walk the style and what it is based on for whatever the paragraph did not say itself.
    const seen = new Set<string>();
    for (let id = styleId ?? this.defs.defaultStyle; id !== null && !seen.has(id) && (numId === null || ilvl === null); ) {
      seen.add(id);
      const style = this.defs.styles.get(id);
      if (!style) break;
      numId ??= style.numId;
      if (numId !== null && ilvl === null && style.ilvl !== null) ilvl = style.ilvl;
      id = style.basedOn;
    }
    // A style named by a level (w:lvl/w:pStyle) is numbered by that list even when the style
    // itself carries no w:numPr (mammoth reads it so, and some writers rely on it).
    const linked = styleId === null ? undefined : this.defs.levelByStyle.get(styleId);
    if (numId === null && linked) numId = this.firstNumOf(linked.abstractId);
    // numId 0 switches numbering off, even one a style turned on.
    if (numId === null || numId === '0') return null;
    if (ilvl === null && linked) ilvl = linked.ilvl;
    return { numId, ilvl: Math.min(Math.max(ilvl ?? 0, 0), MAX_LEVELS - 1) };
  }

  private firstNums: Map<string, string> | null = null;

  private firstNumOf(abstractId: string): string | null {
    if (!this.firstNums) {
      this.firstNums = new Map();
      for (const [id, num] of this.defs.nums) if (!this.firstNums.has(num.abstractId)) this.firstNums.set(num.abstractId, id);
    }
    return this.firstNums.get(abstractId) ?? null;
  }

  /** The abstract list a num uses, following `w:numStyleLink` through the numbering style. */
  private abstractIdOf(num: Num): string | null {
    let abstractId = num.abstractId;
    for (let hops = 0; hops < 4; hops++) {
      const link = this.defs.abstracts.get(abstractId)?.styleLink ?? null;
      if (link === null) return abstractId;
      const linkedNumId = this.defs.styles.get(`numbering:${link}`)?.numId ?? null;
      const linked = linkedNumId === null ? undefined : this.defs.nums.get(linkedNumId);
      if (!linked) return null;
      abstractId = linked.abstractId;
    }
    return null;
  }

  private format(n: number, format: string): string {
    switch (format) {
      case 'decimal':
        return String(n);
      case 'decimalZero':
        return n >= 0 && n < 10 ? `0${n}` : String(n);
      case 'upperRoman':
        return toRoman(n);
      case 'lowerRoman':
        return toRoman(n).toLowerCase();
      case 'lowerLetter':
        // Word's letters are the Latin 26: after "d)" it prints "e)", where Nghị định 30
        // (and plans typed by hand) write "đ)". We keep what Word prints, since the marker must
        // match the page a reader holds, and leave a note for anyone checking the lettering.
        if (n === 5 && !this.letterWarned) {
          this.letterWarned = true;
          this.messages.push(createMessage('read/docx-letter-e', 'info', 'document', msg('read/docx-letter-e')));
        }
        return toLetters(n);
      case 'upperLetter':
        return toLetters(n).toUpperCase();
      case 'none':
        return '';
      case 'ordinal':
        return String(n);
      default:
        this.warn(`fmt:${format}`, msg('read/docx-numbering#format', { format: String(format) }));
        return String(n);
    }
  }

  private warn(key: string, message: MessageRef): null {
    if (!this.warned.has(key)) {
      this.warned.add(key);
      this.messages.push(createMessage('read/docx-numbering', 'warning', 'document', message));
    }
    return null;
  }
}

/** Word's largest list number (w:start is capped there in its UI); past it, letters are printed as digits. */
const MAX_LETTERED = 32_767;

/** Word's letter numbering: a..z, then aa..zz, aaa... (the letter repeated, not base 26). */
function toLetters(n: number): string {
  // A forged w:start of 2 000 000 000 made each marker 77 million letters: a 6 KB file took 4 GB and crashed.
  if (n <= 0 || n > MAX_LETTERED) return String(n);
  const letter = LETTERS[(n - 1) % 26] as string;
  return letter.repeat(Math.ceil(n / 26));
}

function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [value, numeral] of table) {
    while (n >= value) {
      out += numeral;
      n -= value;
    }
  }
  return out;
}

/**
 * A list bullet as printed. Its exact shape carries no meaning in a plan, so a
 * symbol-font glyph (■, ➢, ❖...) becomes "•", the bullet later stages know;
 * the "-" and "+" plans type stay as they are.
 */
function bulletText(text: string, font: string | null): string {
  const mapped = mapSymbols(text, font);
  return mapped === text || /^[-+–—*•]$/.test(mapped) ? mapped : '•';
}

/** Symbol-font bullets as the Unicode characters they draw. */
const SYMBOL_GLYPHS: Record<number, string> = { 0xb7: '•', 0x2d: '-', 0x2b: '+', 0x2a: '*', 0xa8: '♦', 0xd8: '➢', 0xa7: '▪', 0xfc: '✓', 0x76: '❖', 0x6c: '●', 0x6e: '■', 0x71: '❑' };
const SYMBOL_FONTS = /^(symbol|wingdings.*|webdings)$/i;

/**
 * Bullets and `w:sym` characters drawn from symbol fonts are stored as private-use
 * code points (U+F0xx) or font-specific bytes; map the common ones to what they
 * look like, and any other symbol-font glyph to "•" (it is a bullet, whatever its shape).
 */
export function mapSymbols(text: string, font: string | null): string {
  const symbolFont = font !== null && SYMBOL_FONTS.test(font.trim());
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code >= 0xf000 && code <= 0xf0ff) out += SYMBOL_GLYPHS[code - 0xf000] ?? '•';
    else if (symbolFont && code < 0x100 && code !== 0x20) out += SYMBOL_GLYPHS[code] ?? '•';
    else out += ch;
  }
  return out;
}
