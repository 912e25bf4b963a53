import { COMMITTEE, NAME, UNIT, issuerAt, levelOf, localityName, titleCase, type IssuerMatch } from '../citations/issuers.js';
import type { Issuer, Level, Span, Zone } from '../schema.js';
import { foldSameLength } from '../segment/anatomy/words.js';
import { spanIn, type ExtractContext } from './context.js';
import { flat } from './lines.js';
import { openingOf, ownClause } from './opening.js';

// A body named before the verb of the plan's own clause: "Ủy ban nhân dân (UBND) huyện Hạ Lang ban hành",
// "UBND phường Bắc Kạn xây dựng", "UBND huyện ban hành" (no name), not "... của UBND tỉnh ... ban hành".
const OWN = new RegExp(`(?<!(?:của|cảu)\\s+)(?:${COMMITTEE})(?:\\s*\\(UBND\\))?\\s+(${UNIT})(?![\\p{L}])(?:\\s+(${NAME}))?\\s+(?:ban\\s+hành|xây\\s+dựng|triển\\s+khai|lập)\\s`, 'gu');
//   "trên địa bàn huyện Hạ Lang", "Trên địa bàn phường 1, thị xã Quảng Trị"
const SCOPE = new RegExp(`[Tt]rên địa bàn\\s+(${UNIT})\\s+(${NAME})`, 'gu');

/** The words of a zone's pieces; a word broken inside ("TỈNH KHÁNH H" / "ÒA") is joined again. */
function zoneWords(text: string, zone: Zone): string {
  const parts = zone.pieces.map((p) => flat(text.slice(p.start, p.end)).trim());
  let out = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    // A syllable has a vowel: a last "word" with none ("H") and a next one that starts with a vowel ("ÒA") are one word.
    const tail = /(\S+)$/u.exec(out)?.[1] ?? '';
    const joins = !/[aeiouy]/u.test(foldSameLength(tail)) && /^[aeiouy]/u.test(foldSameLength(part));
    out = joins ? out + part : `${out} ${part}`;
  }
  return out;
}

/** The body named in the header's issuer zone, or null. */
function fromHeader(ctx: ExtractContext): { body: IssuerMatch | null; words: string; span: Span } | null {
  const zone = ctx.anatomy.header?.issuer;
  if (!zone) return null;
  const words = titleCase(zoneWords(ctx.doc.text, zone));
  return { body: issuerAt(words, 0), words, span: zone.span };
}

/** The unit and name in the plan's own clause ("UBND huyện Hạ Lang ban hành"), or null. */
function fromOwnClause(ctx: ExtractContext): { unit: string; name: string | null; span: Span } | null {
  const own = ownClause(ctx);
  if (!own) return null;
  let found: RegExpMatchArray | null = null;
  for (const m of own.text.matchAll(OWN)) found = m;
  if (!found) return null;
  const start = own.start + (found.index ?? 0);
  const end = start + found[0].trimEnd().length;
  return { unit: found[1] ?? '', name: found[2] ? flat(found[2]) : null, span: spanIn(ctx, start, end) };
}

/** The first "trên địa bàn <unit> <name>" in `text` (offset `base`), of the given unit when one is asked for. */
function scopeIn(ctx: ExtractContext, text: string, base: number, unit: string | null): { unit: string; name: string; span: Span } | null {
  for (const m of text.matchAll(SCOPE)) {
    const u = m[1] ?? '';
    if (unit && u.toLocaleLowerCase('vi') !== unit.toLocaleLowerCase('vi')) continue;
    const start = base + (m.index ?? 0);
    return { unit: u, name: flat(m[2] ?? ''), span: spanIn(ctx, start, start + m[0].trimEnd().length) };
  }
  return null;
}

// "tỉnh ta", "huyện ta": the issuing committee speaks of its own unit.
const OUR_UNIT = new RegExp(`(?<![\\p{L}\\p{M}])(${UNIT})\\s+ta(?![\\p{L}\\p{M}])`, 'u');
// The units of a centrally-run city: "Ủy ban nhân dân quận, huyện", "các quận, huyện". A city of a province has none.
const CITY_DISTRICTS = /(?<![\p{L}\p{M}])(?:[Qq]uận\s*[-,]\s*huyện|(?:UBND|Ủy ban nhân dân|[Cc]ác)\s+quận)(?![\p{L}\p{M}])/u;

function committee(ctx: ExtractContext, unit: string, name: string | null, span: Span | null): Issuer {
  const u = unit.toLocaleLowerCase('vi');
  const locality = name ? localityName(u, name) : null;
  let level = levelOf(u, locality);
  if (level === null && u === 'thành phố' && CITY_DISTRICTS.test(ctx.doc.text)) level = 'province';
  return { name: name ? `Ủy ban nhân dân ${u} ${name}` : `Ủy ban nhân dân ${u}`, level, locality, span };
}

/** The place the header prints before the date of issue ("Bình Thuận, ngày ..."), or null. */
function placeOf(ctx: ExtractContext): string | null {
  const zone = ctx.anatomy.header?.placeDate;
  if (!zone) return null;
  const m = /^((?:\p{Lu}[\p{L}\p{M}]*)(?:\s+\p{Lu}[\p{L}\p{M}]*){0,4})\s*,/u.exec(flat(ctx.doc.text.slice(zone.span.start, zone.span.end)));
  return m?.[1] ?? null;
}

/**
 * The issuing body, from the header's issuer zone ("ỦY BAN NHÂN DÂN / HUYỆN HẠ LANG", "BAN CHẤP HÀNH
 * TRUNG ƯƠNG / ĐOÀN TNCS HỒ CHÍ MINH"). A committee whose header leaves out its unit ("ỦY BAN NHÂN DÂN"
 * alone), or a plan with no header, is read from the plan's own clause in the opening ("Ủy ban nhân dân
 * huyện Mường Tè xây dựng Kế hoạch"), the name from the title or opening ("trên địa bàn huyện Lý Sơn")
 * when that clause gives only the unit. Committees are written out in full: "Ủy ban nhân dân huyện Hạ Lang".
 */
export function extractIssuer(ctx: ExtractContext): Issuer | null {
  const header = fromHeader(ctx);
  const parent = ctx.anatomy.header?.parent ? titleCase(flat(ctx.doc.text.slice(ctx.anatomy.header.parent.span.start, ctx.anatomy.header.parent.span.end))) : null;
  const withParent = (issuer: Issuer): Issuer => (parent ? { ...issuer, parent } : issuer);
  const body = header?.body ?? null;
  // A body named in full, or any body other than a committee whose unit the header left out.
  if (body && (body.unit !== null || !/^Ủy ban nhân dân$/u.test(body.name))) {
    return withParent({ name: body.name, level: body.level, locality: body.locality, span: header?.span ?? null });
  }
  if (header && !body) return withParent({ name: header.words, level: null, locality: null, span: header.span });

  const own = fromOwnClause(ctx);
  const opening = openingOf(ctx);
  const title = ctx.anatomy.title;
  const titleText = title ? ctx.doc.text.slice(title.span.start, title.span.end) : '';
  const scopeOf = (unit: string | null) =>
    scopeIn(ctx, titleText, title?.span.start ?? 0, unit) ??
    scopeIn(ctx, opening.text, opening.start, unit) ??
    (unit ? scopeIn(ctx, ctx.doc.text, 0, unit) : null);
  if (own) {
    if (own.name) return withParent(committee(ctx, own.unit, own.name, own.span));
    // "UBND huyện ban hành": the name is in the title or the scope of the plan.
    const scope = scopeOf(own.unit);
    return withParent(committee(ctx, own.unit, scope?.name ?? null, scope?.span ?? own.span));
  }
  if (header) {
    // "ỦY BAN NHÂN DÂN" with no unit line and no own clause: "tỉnh ta" in the text gives the unit; the name comes
    // from the scope or else from the place of issue the header prints.
    const ours = OUR_UNIT.exec(ctx.doc.text);
    if (ours) {
      const unit = ours[1] ?? '';
      const scope = scopeOf(unit);
      return withParent(committee(ctx, unit, scope?.name ?? placeOf(ctx), header.span));
    }
    return withParent({ name: body?.name ?? header.words, level: null, locality: null, span: header.span });
  }
  const scope = scopeOf(null);
  return scope ? committee(ctx, scope.unit, scope.name, scope.span) : null;
}

const levels = new WeakMap<ExtractContext, Level | null>();

/** The issuing body's level (`extractIssuer(ctx)?.level`), read once per context: the body extractors ask for it. */
export function issuerLevel(ctx: ExtractContext): Level | null {
  let level = levels.get(ctx);
  if (level === undefined) {
    level = extractIssuer(ctx)?.level ?? null;
    levels.set(ctx, level);
  }
  return level;
}
