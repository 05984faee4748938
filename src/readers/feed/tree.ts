import type { Recoveries } from './recoveries.js';

// The element tree both XML parsers build, in a module of its own so that the strict parser
// (xml.ts) and the lenient one it falls back on (lenient.ts) share it without importing each other.

/** An XML element with what the feed mappers need: its namespace, text, and where it sits in the file. */
export interface XElement {
  local: string;
  /** Namespace URI, '' for none. */
  ns: string;
  attrs: Record<string, string>;
  children: XNode[];
  /** Offset of the start tag's `<`. */
  start: number;
  /** Offsets of the content: just past the start tag, and the end tag's `<`. */
  contentStart: number;
  contentEnd: number;
  /** xml:lang and xml:base in scope. */
  lang: string | null;
  base: string | null;
}
export type XNode = XElement | { text: string };

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  /** Atom 0.3: still served, with 1.0's element names. */
  atom03: 'http://purl.org/atom/ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const;

// Feeds use these prefixes without declaring them often enough that an undeclared one is read as
// the module everyone means by it.
const CUSTOMARY: Record<string, string> = {
  atom: NS.atom,
  content: NS.content,
  dc: NS.dc,
  rdf: NS.rdf,
  itunes: NS.itunes,
  media: NS.media,
  xhtml: NS.xhtml,
};

export interface Scope {
  prefixes: Record<string, string>;
  lang: string | null;
  base: string | null;
  recoveries: Recoveries;
}

/** An element's local name and namespace, and the scope its children inherit. */
export function nameIn(name: string, attrs: Record<string, string>, outer: Scope, start: number): { local: string; ns: string; scope: Scope } {
  const prefixes = { ...outer.prefixes };
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'xmlns') prefixes[''] = v;
    else if (k.startsWith('xmlns:')) prefixes[k.slice(6)] = v;
  }
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const base = attrs['xml:base'] ? resolveUrl(attrs['xml:base'], outer.base) : outer.base;
  let ns = prefixes[prefix];
  if (ns === undefined && prefix && prefix !== 'xml' && prefix !== 'xmlns') {
    // An undeclared prefix of a known module is that module; of no known one, nobody's namespace,
    // and never the default one.
    ns = CUSTOMARY[prefix] ?? `undeclared:${prefix}`;
    outer.recoveries.add('prefix', start, `${prefix}:`);
  }
  return {
    local: colon === -1 ? name : name.slice(colon + 1),
    ns: ns ?? '',
    scope: { prefixes, lang: attrs['xml:lang'] ?? outer.lang, base, recoveries: outer.recoveries },
  };
}

/** `href` made absolute against `base`, or as written when it cannot be. */
export function resolveUrl(href: string, base: string | null): string {
  try {
    return new URL(href.trim(), base ?? undefined).href;
  } catch {
    return href.trim();
  }
}
