/**
 * A small, linear XML reader for OOXML parts: elements, attributes and text,
 * nothing else. Only the five predefined entities and character references are
 * expanded (a DOCTYPE is skipped, never obeyed), so entity bombs cannot grow.
 */

/** An element: qualified name (WordprocessingML always as `w:`), attributes, children in order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

/** An element or a run of text. */
export type XmlNode = XmlElement | string;

/** WordprocessingML main namespaces (transitional, strict). Parts are read as if they used the `w:` prefix. */
const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

// After '<': a start/end tag, a comment, CDATA, a processing instruction or a declaration.
const MARKUP = /(?:(\/)?([A-Za-z_][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/)?>|!--[\s\S]*?-->|!\[CDATA\[([\s\S]*?)\]\]>|\?[\s\S]*?\?>|![A-Za-z][^>]*>)/y;
const GROUP_CLOSE = 1;
const GROUP_NAME = 2;
const GROUP_ATTRS = 3;
const GROUP_SELF_CLOSING = 4;
const GROUP_CDATA = 5;
const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name] ?? whole;
    const code = hex ? parseInt(hex, 16) : parseInt(dec ?? '', 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Word nests tables in tables and content controls in those, but never within sight of this. */
const MAX_DEPTH = 512;

/** Shared by elements without attributes or children: the tree costs memory per node (an 11 MB DOCX of empty elements took 1.7 GB). */
const NO_ATTRS: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

/** Element names repeat endlessly: one string per name, not one per element. */
const NAMES = new Map<string, string>();
function intern(name: string): string {
  let kept = NAMES.get(name);
  if (kept === undefined) {
    if (NAMES.size >= 10_000) NAMES.clear();
    kept = name;
    NAMES.set(name, kept);
  }
  return kept;
}

/** What the parser counts against a document's budget: nodes parsed (elements, attributes, runs of text), and time. */
export interface XmlBudget {
  xmlNodes(count: number): void;
  checkTime(): void;
}

/**
 * Parse a whole part. Throws `Error` (with a short reason) on malformed XML; callers turn it into
 * `E_CORRUPT`. With a `budget`, every element and attribute is counted and the time checked, and
 * its `PlanError` (E_TOO_LARGE, E_TIMEOUT) ends the parse.
 */
export function parseXml(source: string, budget: XmlBudget | null = null): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  let parsed = 0;
  const stack: XmlElement[] = [root];
  let rename: string | null = null; // the prefix bound to the WordprocessingML namespace, when it is not "w"
  let pos = 0;
  while (pos < source.length) {
    const lt = source.indexOf('<', pos);
    const top = stack[stack.length - 1] as XmlElement;
    if (lt < 0 || lt > pos) {
      const end = lt < 0 ? source.length : lt;
      if (stack.length > 1) {
        budget?.xmlNodes(1);
        top.children.push(decodeEntities(source.slice(pos, end)));
      }
      pos = end;
      continue;
    }
    MARKUP.lastIndex = lt + 1;
    const m = MARKUP.exec(source);
    if (!m) throw new Error(`malformed XML at offset ${lt}`);
    pos = MARKUP.lastIndex;
    if (m[GROUP_CDATA] !== undefined) {
      top.children.push(m[GROUP_CDATA]);
      continue;
    }
    let name = m[GROUP_NAME];
    if (name === undefined) continue; // comment, PI or declaration
    if (rename && name.startsWith(rename)) name = `w:${name.slice(rename.length)}`;
    if (m[GROUP_CLOSE]) {
      if (top.name !== name || stack.length === 1) throw new Error(`malformed XML: </${name}> closes <${top.name}> at offset ${lt}`);
      stack.pop();
      continue;
    }
    let attrs = NO_ATTRS;
    let nodes = 1;
    const attrText = m[GROUP_ATTRS];
    if (attrText) {
      attrs = {};
      for (const a of attrText.matchAll(ATTR)) {
        nodes++;
        let key = a[1] as string;
        const value = decodeEntities(a[2] ?? a[3] ?? '');
        if (stack.length === 1 && key.startsWith('xmlns:') && W_NAMESPACES.has(value) && key !== 'xmlns:w') {
          rename = `${key.slice(6)}:`;
          if (name.startsWith(rename)) name = `w:${name.slice(rename.length)}`;
        }
        if (rename && key.startsWith(rename)) key = `w:${key.slice(rename.length)}`;
        attrs[key] = value;
      }
    }
    if (budget) {
      budget.xmlNodes(nodes);
      if (++parsed % 4096 === 0) budget.checkTime();
    }
    const selfClosing = m[GROUP_SELF_CLOSING] !== undefined;
    const element: XmlElement = { name: intern(name), attrs, children: selfClosing ? NO_CHILDREN : [] };
    top.children.push(element);
    if (!selfClosing) {
      // The readers walk the tree recursively: a forged nesting would overflow the call stack.
      if (stack.length > MAX_DEPTH) throw new Error(`elements nested more than ${MAX_DEPTH} deep at offset ${lt}`);
      stack.push(element);
    }
  }
  if (stack.length > 1) throw new Error(`malformed XML: <${(stack[stack.length - 1] as XmlElement).name}> is never closed (truncated?)`);
  const documentElement = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!documentElement) throw new Error('no root element');
  return documentElement;
}

/** Decode a part's bytes: UTF-8 unless it starts with a UTF-16 byte-order mark. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

/** The first child element with this name, or `null`. */
export function child(element: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!element) return null;
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return null;
}

/** Child elements, optionally only those with this name. */
export function elements(element: XmlElement | null | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  const out: XmlElement[] = [];
  for (const c of element.children) if (typeof c !== 'string' && (name === undefined || c.name === name)) out.push(c);
  return out;
}

/** The `w:val` of a child element (`<w:pStyle w:val="Heading1"/>`), or `null`. */
export function childVal(element: XmlElement | null | undefined, name: string): string | null {
  return child(element, name)?.attrs['w:val'] ?? null;
}

/** An OOXML on/off property: present and not `0`/`false`/`off`. */
export function isOn(element: XmlElement | null): boolean {
  if (!element) return false;
  const val = element.attrs['w:val'];
  return val === undefined || !['0', 'false', 'off'].includes(val);
}
