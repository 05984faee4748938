import { cutOut } from './cut-out.js';
import { decodeHTMLStrict } from 'entities';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseDocument } from 'htmlparser2';
import type { AnyNode } from 'domhandler';
import type { Article } from '../../src/article.js';
import { normalizeLine } from '../../src/normalize.js';
import { decode } from '../../src/read.js';
import { repairText } from '../../src/text/mojibake.js';

/** Inputs the feed reader takes: conservation is checked per item, not per line of markup. */
export const FEED_INPUT = /\.(xml|rss|atom|rdf|json)$/i;

/** What a feed item says, read here independently of the reader under test. */
interface Item {
  title: string | null;
  url: string | null;
  authors: string[];
  date: string | null;
  /** Every text run of the body. */
  pieces: string[];
}

type Node = Record<string, unknown>;
const list = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Node[];
const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'object' && v ? String((v as Node)['#text'] ?? '') : '');
const clean = (s: string) => normalizeLine(s.replace(/\s+/g, ' ').trim());

function htmlPieces(html: string): string[] {
  const out: string[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') out.push(n.data);
      else if ('children' in n && !(n.type === 'script' || n.type === 'style')) walk(n.children);
    }
  };
  walk(parseDocument(html).children);
  return out;
}

/** The text strings of an XHTML body the parser turned into objects. */
function objectPieces(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(objectPieces);
  if (typeof v === 'object' && v) return Object.entries(v).flatMap(([k, x]) => (k.startsWith('@') ? [] : objectPieces(x)));
  return [];
}

function xmlItems(xml: string): Item[] {
  const parser = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['item', 'entry', 'link', 'creator', 'author'].includes(name) });
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const rdf = doc.RDF as Node | undefined;
  // An entry stored on its own is a feed of one.
  const atom = (doc.feed ?? (doc.entry ? { entry: doc.entry } : undefined)) as Node | undefined;
  if (atom) {
    const base = String(atom['@base'] ?? '') || null; // xml:base, its prefix removed
    return list(atom.entry).map((e) => {
      const link = list(e.link).find((l) => (l['@rel'] ?? 'alternate') === 'alternate');
      const body = (e.content ?? e.summary) as Node | string | undefined;
      const type = typeof body === 'object' ? body['@type'] : undefined;
      return {
        title: decodeHTMLStrict(text(e.title)),
        url: link ? new URL(String(link['@href']), base ?? undefined).href : null,
        authors: list(e.author).map((a) => text(a.name)),
        date: text(e.published) || text(e.updated) || null,
        pieces: type === 'xhtml' ? objectPieces((body as Node).div) : type === 'html' ? htmlPieces(text(body)) : [text(body)],
      };
    });
  }
  const cdf = doc.CHANNEL as Node | undefined;
  if (cdf) return cdfItems(cdf);
  const items = rss ? list((rss.channel as Node).item) : rdf ? list(rdf.item) : list(doc.item);
  return items.map((i) => ({
    title: decodeHTMLStrict(text(i.title)),
    url: text(list(i.link)[0]) || null,
    authors: [...list(i.creator), ...list(i.author)].map((a) => decodeHTMLStrict(text(a)).replace(/^\S+@\S+\s*\((.+)\)$/, '$1')),
    date: text(i.pubDate) || text(i.date) || null,
    pieces: htmlPieces(text(i.encoded) || text(i.description)),
  }));
}

/** A CDF channel's items, its sub-channels' included, in document order (this fixture's: absolute HREFs). */
function cdfItems(channel: Node): Item[] {
  const out: Item[] = [];
  for (const [key, value] of Object.entries(channel)) {
    if (key === 'ITEM') {
      for (const i of list(value)) {
        const href = i['@HREF'];
        out.push({ title: decodeHTMLStrict(text(i.TITLE)), url: typeof href === 'string' ? href : null, authors: [], date: typeof i['@LASTMOD'] === 'string' ? i['@LASTMOD'] : null, pieces: [text(i.ABSTRACT)] });
      }
    } else if (key === 'CHANNEL') for (const sub of list(value)) out.push(...cdfItems(sub));
  }
  return out;
}

function jsonItems(json: string): Item[] {
  const feed = JSON.parse(json) as { items?: Node[] };
  return (feed.items ?? []).map((i) => ({
    title: typeof i.title === 'string' ? decodeHTMLStrict(i.title) : null,
    url: typeof i.url === 'string' ? i.url : null,
    authors: list(i.authors).map((a) => String(a.name)),
    date: typeof i.date_published === 'string' ? i.date_published : null,
    pieces: typeof i.content_html === 'string' ? htmlPieces(i.content_html) : typeof i.content_text === 'string' ? i.content_text.split('\n') : [],
  }));
}

function parses(json: string): boolean {
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

/**
 * The conservation invariant for feeds: each item is one article, in order; its title, link,
 * authors and date are in the article's metadata; every text run of its body is in the body, or
 * in `removed`, or split between the two.
 */
export function unaccountedFeed(input: string | Uint8Array, articles: readonly Article[]): string[] {
  const source = repairText(decode(input).text).text.replace(/^\uFEFF/, '');
  const json = source.trimStart().startsWith('{');
  // XML that is not well-formed is read leniently, which no independent strict parser can check
  // here (test/feed.test.ts asserts what each recovery keeps); broken JSON is one error.
  if (!json && XMLValidator.validate(source) !== true) return [];
  if (json && !parses(source)) return articles.length === 0 ? [] : ['a broken feed gave articles'];
  // An item with neither title nor text is no article.
  const items = (json ? jsonItems(source) : xmlItems(source)).filter((i) => i.title || i.pieces.some((p) => clean(p)));
  const problems: string[] = [];
  if (items.length !== articles.length) problems.push(`${items.length} items but ${articles.length} articles`);
  items.forEach((item, i) => {
    const a = articles[i];
    if (!a) return;
    const at = (what: string) => problems.push(`item ${i}: ${what}`);
    const title = item.title ? clean(item.title) : '';
    if (title && !(a.title && title.startsWith(a.title))) at(`title ${JSON.stringify(title)} is not the article's (${JSON.stringify(a.title)})`);
    if (item.url && a.url !== new URL(item.url).href) at(`link ${item.url} is not the article's url (${a.url})`);
    // A bare address names no one: the item's other author field, or the body's credit, stands for it.
    const named = item.authors.map(clean).filter((name) => !/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u.test(name));
    for (const name of named) if (!a.author?.includes(name)) at(`author ${JSON.stringify(name)} is not in ${JSON.stringify(a.author)}`);
    if (item.date && (!a.published || Date.parse(a.published) !== Date.parse(item.date))) at(`date ${item.date} is not ${a.published}`);
    const removed = a.removed.map((r) => r.text);
    // Mojibake repaired inside an item (a run behind a character reference) is in `repairs`.
    const mend = (piece: string) => a.repairs.reduce((p, r) => p.split(decodeHTMLStrict(r.from)).join(r.to), piece);
    for (const piece of item.pieces.map((p) => mend(clean(p)))) {
      if (!piece || a.text.includes(piece) || removed.some((r) => r.includes(piece))) continue;
      let rest = piece;
      for (const r of removed) if (rest.includes(r)) rest = cutOut(rest, r, a.text);
      if (rest && !a.text.includes(rest)) at(`${JSON.stringify(piece)} is neither in the body nor in removed`);
    }
  });
  return problems;
}
