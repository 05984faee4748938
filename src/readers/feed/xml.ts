import type { EntityDecoderOptions, XMLParser } from 'fast-xml-parser';
import { loadFastXmlParser } from './deps.js';
import { decodeEntities } from './entities.js';
import { parseLenient } from './lenient.js';
import { Recoveries } from './recoveries.js';
import { singleSpaced } from '../../text/fold.js';
import { nameIn, type Scope, type XElement, type XNode } from './tree.js';

export { NS, resolveUrl, type XElement, type XNode } from './tree.js';

/** The strict parser's decoder reports to the document being parsed (parsing is synchronous). */
let parsing: Recoveries | null = null;

// Note: a DOCTYPE's own entities are never expanded, whatever they are: the decoder the parser
// calls ignores them, so a billion-laughs document costs its own length and its references stay
// as text. The parser's entity limits only guard its own decoder, which this replaces.
const entityDecoder: EntityDecoderOptions = {
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
  decode: (text: string) => decodeEntities(text, parsing, 0),
};

const TEXT = '#text';
const CDATA = '#cdata';
const ATTRS = ':@';

let loaded: { parser: XMLParser; meta: symbol } | null = null;
function getParser(): { parser: XMLParser; meta: symbol } {
  if (loaded) return loaded;
  const { XMLParser } = loadFastXmlParser();
  const parser = new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: CDATA,
    ignoreDeclaration: true,
    ignorePiTags: true,
    entityDecoder,
  });
  loaded = { parser, meta: XMLParser.getMetaDataSymbol() as unknown as symbol };
  return loaded;
}

export interface XmlError {
  /** Whether the document is not XML at all, rather than XML the parser refuses (an external entity). */
  malformed: boolean;
  message: string;
  /** Offset of the problem, or null when the parser gave no place. */
  offset: number | null;
}

/** What a document was read as: its root, and what was forgiven to read it. */
export interface XmlRead {
  root: XElement;
  recoveries: Recoveries;
}

/**
 * The document's root element. Well-formed XML goes to the strict parser; XML it refuses goes to
 * the lenient reader, as a feed reader would; what neither can read (no element at all, or an
 * external entity) is an error, as one line with a place.
 */
export function parseXml(text: string): XmlRead | XmlError {
  const recoveries = new Recoveries();
  const scope: Scope = { prefixes: {}, lang: null, base: null, recoveries };
  const checked = loadFastXmlParser().XMLValidator.validate(text);
  if (checked !== true) {
    const root = parseLenient(text, scope);
    return root ? { root, recoveries } : validatorError(text, checked.err);
  }
  const { parser, meta } = getParser();
  let ordered: unknown;
  parsing = recoveries;
  try {
    ordered = parser.parse(text);
  } catch (error) {
    const message = oneLine((error as Error).message);
    // An external entity is refused outright; a DOCTYPE the parser cannot read is skipped by the
    // lenient reader, which expands no entity at all.
    const root = /external/i.test(message) ? null : parseLenient(text, scope);
    return root ? { root, recoveries } : { malformed: false, message, offset: null };
  } finally {
    parsing = null;
  }
  const root = elements(ordered as Ordered[], { source: text, meta }, scope).find(isElement);
  return root ? { root, recoveries } : { malformed: true, message: 'no root element', offset: null };
}

function validatorError(text: string, err: { code: string; msg: string; line: number; col: number }): XmlError {
  // The validator lists every tag still open at the end as a JSON array placed at line 1: the
  // document was cut short, and the end is where it was cut.
  const open = /^Invalid '(\[.*\])' found\.$/.exec(err.msg);
  if (err.code === 'InvalidXml' && open?.[1]) {
    const tags = (JSON.parse(open[1]) as string[]).map((t) => `<${t}>`).join(', ');
    return { malformed: true, message: `the XML ends before ${tags} are closed`, offset: text.trimEnd().length };
  }
  // Note: the validator counts lines at \n alone and skips a BOM; turned back into an offset here.
  let offset = text.startsWith('\uFEFF') ? 1 : 0;
  for (let line = 1; line < err.line; line++) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return { malformed: true, message: oneLine(err.msg), offset: offset + Math.max(0, err.col - 1) };
}

const oneLine = (s: string) => singleSpaced(s).trim();

export const isXmlError = (r: XmlRead | XmlError): r is XmlError => 'message' in r;

type Ordered = Record<string, unknown>;
interface Input {
  source: string;
  /** The parser's key for each element's offsets. */
  meta: symbol;
}
function elements(list: Ordered[], input: Input, scope: Scope): XNode[] {
  const out: XNode[] = [];
  for (const node of list) {
    if (TEXT in node) {
      out.push({ text: String(node[TEXT]) });
      continue;
    }
    if (CDATA in node) {
      const parts = node[CDATA] as Ordered[];
      out.push({ text: parts.map((p) => String(p[TEXT] ?? '')).join('') });
      continue;
    }
    const name = Object.keys(node).find((k) => k !== ATTRS);
    if (!name) continue;
    out.push(element(name, node, input, scope));
  }
  return out;
}

function element(name: string, node: Ordered, input: Input, outer: Scope): XElement {
  const { source, meta: key } = input;
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [k, v] of Object.entries((node[ATTRS] ?? {}) as Record<string, unknown>)) attrs[k] = String(v);
  const meta = (node as Record<symbol, { startIndex?: number; endIndex?: number } | undefined>)[key];
  const start = meta?.startIndex ?? 0;
  const { local, ns, scope } = nameIn(name, attrs, outer, start);
  const contentStart = endOfTag(source, start);
  const end = meta?.endIndex;
  const closing = end === undefined || source[contentStart - 2] === '/' ? -1 : source.lastIndexOf('</', end - 1);
  return {
    local,
    ns,
    attrs,
    children: elements((node[name] ?? []) as Ordered[], input, scope),
    start,
    contentStart,
    contentEnd: closing >= contentStart ? closing : contentStart,
    lang: scope.lang,
    base: scope.base,
  };
}

/** The offset just past the start tag that opens at `start` (a `>` inside quotes is not its end). */
function endOfTag(source: string, start: number): number {
  let quote: string | null = null;
  for (let i = start + 1; i < source.length; i++) {
    const c = source[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i + 1;
  }
  return source.length;
}

export const isElement = (n: XNode): n is XElement => 'local' in n;

/** The element's child elements named `local` in one of the namespaces `ns`. */
export function all(el: XElement, ns: readonly string[], local: string): XElement[] {
  return el.children.filter((c): c is XElement => isElement(c) && c.local === local && ns.includes(c.ns));
}

export function first(el: XElement, ns: readonly string[], local: string): XElement | null {
  return all(el, ns, local)[0] ?? null;
}

/** The text directly inside the element (CDATA included), as the parser decoded it. */
export function textOf(el: XElement): string {
  return el.children.map((c) => ('text' in c ? c.text : '')).join('');
}

const CDATA_SECTION = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/** The element's content as markup: its text, or the source itself when it holds elements (XHTML). */
export function markupOf(el: XElement, source: string): string {
  if (!el.children.some(isElement)) return textOf(el);
  // Markup written bare beside a CDATA section (an <img>, then the post in CDATA): the section's
  // content is markup too, which an HTML parser would take for a comment and drop.
  return source.slice(el.contentStart, el.contentEnd).replace(CDATA_SECTION, '$1');
}
