/**
 * Legacy Vietnamese fonts tell the encoding outright: the ABC fonts (`.VnTime`,
 * `.VnArial`...) draw TCVN3 bytes, the VNI fonts (`VNI-Times`...) draw VNI, and
 * the ABC capitals fonts (`.VnTimeH`, `.VnArialH`) draw lower-case codes as
 * capitals — so "KẾ HOẠCH" in `.VnTimeH` is stored as `kÕ ho¹ch`. A run's font
 * comes from the run, its character style, the paragraph style chain, or the
 * document defaults, in that order.
 */
import { child, childVal, elements, type XmlElement } from './xml.js';

/** The legacy encodings a font can imply. */
export type FontEncoding = 'tcvn3' | 'vni';

const ABC_FONT = /^\.vn/i;
const ABC_CAPITALS = /^\.vn.*h$/i;
const VNI_FONT = /^vni[- ]/i;

/** The encoding a legacy font implies and whether it draws capitals, or `null` for a Unicode font. */
export function fontEncoding(font: string | null): { encoding: FontEncoding; capitals: boolean } | null {
  if (font === null) return null;
  const name = font.trim();
  if (ABC_FONT.test(name)) return { encoding: 'tcvn3', capitals: ABC_CAPITALS.test(name) };
  if (VNI_FONT.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

interface StyleFont {
  font: string | null;
  basedOn: string | null;
}

/** The font of `w:rFonts` (the Latin slot Word uses for Vietnamese), or `null`. */
export function rFontsName(rPr: XmlElement | null): string | null {
  const rFonts = child(rPr, 'w:rFonts');
  return rFonts?.attrs['w:ascii'] ?? rFonts?.attrs['w:hAnsi'] ?? null;
}

/** Resolves the font a run is drawn in from `styles.xml`. */
export class FontResolver {
  private readonly paragraphStyles = new Map<string, StyleFont>();
  private readonly characterStyles = new Map<string, StyleFont>();
  private readonly cache = new Map<string, string | null>();
  private readonly defaultFont: string | null;
  private readonly defaultParagraphStyle: string | null;

  constructor(styles: XmlElement | null) {
    let defaultParagraphStyle: string | null = null;
    for (const style of elements(styles, 'w:style')) {
      const id = style.attrs['w:styleId'];
      if (id === undefined) continue;
      const entry = { font: rFontsName(child(style, 'w:rPr')), basedOn: childVal(style, 'w:basedOn') };
      const type = style.attrs['w:type'] ?? 'paragraph';
      if (type === 'paragraph') {
        this.paragraphStyles.set(id, entry);
        const isDefault = style.attrs['w:default'];
        if (isDefault === '1' || isDefault === 'true' || isDefault === 'on') defaultParagraphStyle = id;
      } else if (type === 'character') {
        this.characterStyles.set(id, entry);
      }
    }
    this.defaultParagraphStyle = defaultParagraphStyle;
    this.defaultFont = rFontsName(child(child(child(styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'));
  }

  /** The run's font: its own, its character style's, its paragraph style's, or the default. */
  runFont(rPr: XmlElement | null, paragraphStyle: string | null): string | null {
    return (
      rFontsName(rPr) ??
      this.chain(this.characterStyles, childVal(rPr, 'w:rStyle'), 'c') ??
      this.chain(this.paragraphStyles, paragraphStyle ?? this.defaultParagraphStyle, 'p') ??
      this.defaultFont
    );
  }

  private chain(styles: Map<string, StyleFont>, id: string | null, kind: string): string | null {
    if (id === null) return null;
    const key = `${kind}:${id}`;
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    let font: string | null = null;
    const seen = new Set<string>();
    for (let at: string | null = id; at !== null && !seen.has(at); ) {
      seen.add(at);
      const style = styles.get(at);
      if (!style) break;
      if (style.font !== null) {
        font = style.font;
        break;
      }
      at = style.basedOn;
    }
    this.cache.set(key, font);
    return font;
  }
}
