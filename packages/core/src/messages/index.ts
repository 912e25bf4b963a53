/**
 * The message catalogue: every human-facing text of plan-extract, in Vietnamese (the default)
 * and English — finding messages, reader warnings, diff texts, error-code explanations, domain
 * terms, the CLI's help, errors and reports.
 *
 * A message is an id and its parameters (`msg('theme/not-national', { expected, year, campaign })`),
 * plain JSON, rendered in a language when shown (`render(ref, 'vi')`). Findings carry both the
 * rendered `message` and `messageId` + `params`, so a report can be rendered again in another
 * language, after crossing a worker thread or a JSON file.
 *
 * ## Adding a message
 * 1. In `en.ts`, add an entry: the id, and a function from its parameters to the English text.
 *    Its parameter type is the contract: `'read/odd-thing': (p: { part: string }) => \`…${p.part}…\``.
 *    A finding's id is its rule id (a second wording: `rule-id#variant`); other texts use a
 *    prefix (`cli:`, `report:`, `help:`, `config:`, `value:`).
 * 2. In `vi.ts`, add the same id with the Vietnamese text. `tsc` fails until you do, and a test
 *    checks both catalogues render every entry.
 * 3. Use it: `msg('read/odd-thing', { part })` where a `MessageRef` is wanted (a rule's hit, a
 *    `PlanError`'s `detail`), `createMessage(ruleId, severity, field, msg(...))` for a `Message`,
 *    `t(lang, 'cli:…', params)` for a string in the CLI.
 * 4. A new rule id also goes into `RULE_IDS` (`rule-ids.ts`), with one line saying what it checks
 *    under `rule` in both catalogues' terms, and into the README's table.
 * 5. A new error code goes into `ErrorCode` (`errors.ts`) and under `error` in both terms.
 */
import type { Message, Severity } from '../model.js';
import { en, enTerms, type Catalogue } from './en.js';
import { DEFAULT_LANG, type Lang } from './format.js';
import type { Terms } from './terms.js';
import { vi, viTerms } from './vi.js';

export { LANGS, DEFAULT_LANG, parseLang, day as displayDay, decimal, count, type Lang } from './format.js';
export type { Terms, TermField, DiffStatus } from './terms.js';
export type { Catalogue } from './en.js';

/** Every message id of the catalogue. */
export type MessageId = keyof Catalogue;

/** A parameter value: JSON, so messages can be stored and rendered later. */
export type Param = string | number | boolean | null | string[];
export type Params = Record<string, Param>;

type ParamsOf<K extends MessageId> = Parameters<Catalogue[K]> extends [infer P] ? P : undefined;
/** `msg(id)` for a message without parameters, `msg(id, params)` for one with. */
type ParamArgs<K extends MessageId> = ParamsOf<K> extends undefined ? [] : [params: ParamsOf<K>];

/** A message not yet rendered: its catalogue id and parameters. */
export interface MessageRef {
  id: MessageId;
  params: Params;
}

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };
const TERMS: Record<Lang, Terms> = { vi: viTerms, en: enTerms };

/** A message to render later. */
export function msg<K extends MessageId>(id: K, ...params: ParamArgs<K>): MessageRef {
  return { id, params: (params[0] ?? {}) as Params };
}

/** A message as text in `lang`. */
export function t<K extends MessageId>(lang: Lang, id: K, ...params: ParamArgs<K>): string {
  return (CATALOGUES[lang][id] as (p: unknown) => string)(params[0] ?? {});
}

/** Whether `id` names a message of the catalogue (ids read back from JSON may not). */
export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}

/** A stored message rendered in `lang`; `null` when its id is not in this catalogue (a newer or older version wrote it). */
export function render(ref: { id: string; params?: Params | undefined }, lang: Lang): string | null {
  if (!isMessageId(ref.id)) return null;
  return (CATALOGUES[lang][ref.id] as (p: unknown) => string)(ref.params ?? {});
}

/** The domain terms and statuses in `lang`. */
export function terms(lang: Lang): Terms {
  return TERMS[lang];
}

/** A `Message` (a finding, a reader warning) from a catalogue message, rendered in the default language. */
export function createMessage(ruleId: string, severity: Severity, field: string, ref: MessageRef, extra: Partial<Message> = {}): Message {
  return { ruleId, severity, field, message: render(ref, DEFAULT_LANG) ?? ref.id, ...extra, messageId: ref.id, params: ref.params };
}

/**
 * Messages rendered again in `lang`. A message without `messageId` (written by code that predates
 * the catalogue, or a plugin) keeps its text. Returns new objects; the input is not changed.
 */
export function localize<M extends { message: string; messageId?: string | undefined; params?: Params | undefined }>(messages: readonly M[], lang: Lang): M[] {
  return messages.map((m) => {
    if (m.messageId === undefined) return m;
    const text = render({ id: m.messageId, params: m.params }, lang);
    return text === null ? m : { ...m, message: text };
  });
}

/**
 * The one-line reason a file could not be read, in `lang`: the catalogue's wording when the
 * error has one (`detail`), else (Vietnamese) the code's explanation with the English reason as
 * a detail, or (English) the reason itself.
 */
export function describeError(error: { code: string; reason: string; detail?: MessageRef | null }, lang: Lang): string {
  if (error.detail) return render(error.detail, lang) ?? error.reason;
  if (lang === 'en') return error.reason;
  const explained = (TERMS[lang].error as Record<string, string>)[error.code];
  return explained ? `${explained} (${error.reason})` : error.reason;
}

/**
 * The candidate nearest to `input`, for "did you mean …?" lines; `null` when none is close
 * enough (more than a third of the input's letters would have to change).
 */
export function suggest(input: string, candidates: Iterable<string>): string | null {
  const key = input.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    // A prefix ("--form" for "--format") is as good as a typo of one letter.
    const d = c.startsWith(key) && key.length >= 3 ? 1 : distance(key, c, bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : null;
}

/**
 * Optimal-string-alignment distance, giving up past `limit` (the rows' minimum only grows).
 * Its own copy rather than the diff's `editDistance`: candidates here are a few dozen short
 * words, and the early exit keeps a long mistyped argument from costing a full table.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return Infinity;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (before[j - 2] ?? 0) + 1);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin >= limit) return Infinity;
    before = previous;
    previous = row;
  }
  return previous[b.length] ?? Infinity;
}
