/**
 * One escaping function per output kind. Text from a plan, a file name or an error reaches a
 * terminal, a spreadsheet, a wiki or a browser; none of it may act there as anything but text:
 * no terminal control sequence (ESC[2J, OSC 8 links), no bidi override turning a name around
 * (U+202E), no formula run by Excel, no markup, no broken one-line error. Every formatter and
 * every error line goes through these.
 *
 * Controls are made visible rather than dropped, so a reader sees that something was there:
 * C0 controls as their Control Pictures (ESC → ␛), C1 and invisible format controls as <U+202E>.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';

// C0 controls and DEL (tab and line feed are decided per output), C1 controls.
const C0 = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
const C1 = /[\u0080-\u009f]/g;
/**
 * Invisible characters that change how text around them is shown: bidi embeddings, overrides
 * and isolates, directional marks, line/paragraph separators, the Arabic letter mark, and
 * code points no text contains (U+FFFE/U+FFFF, lone surrogates).
 */
const INVISIBLE = /[\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const picture = (c: string) => (c === '\u007f' ? '␡' : String.fromCharCode(0x2400 + c.charCodeAt(0)));
const codePoint = (c: string) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`;

/** Controls and invisible format characters made visible; `keep` lists the controls that stay (e.g. "\n\t"). */
export function visible(text: string, keep = ''): string {
  return text
    .replace(C0, (c) => (keep.includes(c) ? c : picture(c)))
    .replace(/[\t\n]/g, (c) => (keep.includes(c) ? c : picture(c)))
    .replace(C1, codePoint)
    .replace(INVISIBLE, codePoint);
}

/** For a terminal: controls visible (so no escape sequence runs), line feeds kept unless `oneLine`, tabs kept. */
export function terminal(text: string, options: { oneLine?: boolean } = {}): string {
  return visible(text, options.oneLine ? '\t' : '\t\n');
}

/** For one line of a terminal (an error, a progress line): a line break in a file name must not cut it. */
export function terminalLine(text: string): string {
  return terminal(text, { oneLine: true });
}

// OWASP "CSV injection": a cell starting with one of these is read as a formula by spreadsheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180), safe in a spreadsheet: a text cell that a spreadsheet would read as a
 * formula gets a leading `'` (OWASP's advice); cells holding a comma, quote or line break are
 * quoted with inner quotes doubled; controls other than line breaks are made visible. Numbers
 * come from plan-extract itself and are written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let s = visible(value, '\t\r\n');
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Markdown text inside a line (a table cell, a list item, a heading): characters that open
 * markup escaped (emphasis, code, links, HTML, table pipes, strike-through), line breaks read as
 * spaces, controls visible. Line-start markup (`#`, `-`, `1.`) cannot occur: callers never start a line with the text.
 */
export function markdown(text: string): string {
  return visible(text.replace(/\s*[\r\n]+\s*/g, ' '), '\t').replace(/([\\`*_{}[\]<>|~])/g, '\\$1');
}

/**
 * A Markdown code span around `text` (a file name, a rule id): fenced with more backticks than
 * any run inside it, padded when it starts or ends with one, pipes escaped for tables.
 */
export function markdownCode(text: string): string {
  const flat = visible(text.replace(/[\r\n]+/g, ' '), '\t');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Text and attribute values in HTML: markup escaped, controls and bidi overrides visible. */
export function html(text: string): string {
  return visible(text, '\t\n')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Text and attribute values in XML 1.0 (JUnit): as HTML, and no character XML forbids survives (they are made visible). */
export function xml(text: string): string {
  return html(text);
}

/**
 * A file path as a SARIF artifact URI (RFC 3986): an absolute path as a `file://` URL, a relative
 * one as a relative reference with each segment percent-encoded (spaces, `%`, `#`, `?`, non-ASCII
 * letters and controls included), backslashes read as separators.
 */
export function sarifUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

/**
 * JSON, pretty-printed, safe on a terminal: JSON.stringify already writes C0 controls as \u escapes;
 * C1 controls and the invisible format characters (bidi overrides…) are written so too. They can
 * stand only inside strings, where the escape means the same character: the value parses unchanged.
 */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
