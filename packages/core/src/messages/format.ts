/** Small helpers the catalogue's message functions share: dates, numbers and counts as each language writes them. */

/** The languages every human-facing text exists in. Vietnamese first: the readers are Vietnamese officers. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** `lang` when it is one we speak, else null (for `--lang` and `PLAN_EXTRACT_LANG` checks). */
export function parseLang(value: string | null | undefined): Lang | null {
  const v = value?.trim().toLowerCase().replace(/[-_].*$/, '');
  return (LANGS as readonly string[]).includes(v ?? '') ? (v as Lang) : null;
}

/** ISO (possibly partial) date as officials write it, in both languages: "2025-05-16" → "16/5/2025", "2025-05" → "5/2025". */
export function day(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return lang === 'vi' ? '(không có ngày)' : '(no date)';
  const [year, month, date] = iso.split('-');
  if (date !== undefined && month !== undefined) return `${Number(date)}/${Number(month)}/${year}`;
  if (month !== undefined) return `${Number(month)}/${year}`;
  return year ?? iso;
}

/** A decimal as the language writes it: "0,85" in Vietnamese, "0.85" in English. */
export function decimal(value: number, lang: Lang, digits = 2): string {
  const text = value.toFixed(digits);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/**
 * A count with its noun. Vietnamese nouns do not inflect ("1 cảnh báo", "3 cảnh báo"); English
 * ones do ("1 warning", "3 warnings"), with the plural given when it is not the singular + "s".
 */
export function count(n: number, lang: Lang, vi: string, one: string, many = `${one}s`): string {
  if (lang === 'vi') return `${n} ${vi}`;
  return `${n} ${n === 1 ? one : many}`;
}

/** Printed text quoted in a message, with typographic quotes (both languages use them). */
export function quote(text: string): string {
  return `“${text}”`;
}
