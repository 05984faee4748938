import type { Doc } from '../doc.js';
import type { ReadOptions, Reader } from '../reader.js';
import { lineIndex, type LineIndex } from '../util/line-index.js';
import { readAtom } from './feed/atom.js';
import { itemDoc, type FeedInfo, type FeedItem } from './feed/item.js';
import { jsonErrorOffset, readJsonFeed } from './feed/json.js';
import { readRss } from './feed/rss.js';
import { isXmlError, NS, parseXml } from './feed/xml.js';

const JSON_FEED = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/;
const FEED_ROOTS = new Set(['rss', 'feed', 'RDF']);

/**
 * The first element's name after the prolog (declaration, comments, doctype), and whether an XML
 * declaration came first. A prolog longer than the text seen gives no name.
 */
function rootOf(head: string): { name: string | null; declared: boolean } {
  const s = head.replace(/^\uFEFF/, '');
  let declared = false;
  let i = 0;
  for (;;) {
    while (i < s.length && /\s/.test(s.charAt(i))) i++;
    let end = -1;
    if (s.startsWith('<?', i)) {
      declared ||= s.startsWith('<?xml', i);
      end = s.indexOf('?>', i) + 2;
    } else if (s.startsWith('<!--', i)) end = s.indexOf('-->', i) + 3;
    else if (s.startsWith('<!DOCTYPE', i)) {
      const subset = s.indexOf('[', i);
      const close = s.indexOf('>', i);
      end = (subset !== -1 && subset < close ? s.indexOf('>', s.indexOf(']', subset)) : close) + 1;
    } else return { name: /^<([\w.:-]+)/.exec(s.slice(i, i + 100))?.[1] ?? null, declared };
    if (end <= i) return { name: null, declared };
    i = end;
  }
}

function sniff(head: string): boolean {
  if (/^\s*\{/.test(head.replace(/^\uFEFF/, ''))) return JSON_FEED.test(head);
  const { name, declared } = rootOf(head);
  // An XML declaration says feed unless the root is visibly something else (XHTML says html).
  return name === null ? declared : FEED_ROOTS.has(name.slice(name.indexOf(':') + 1));
}

function errorDoc(message: string, line: number | null): Doc {
  return { title: null, lines: [], candidates: [], removed: [], notes: [], error: { message, line } };
}

function readXml(source: string, lines: LineIndex, domRules: ReadOptions['domRules']): Doc[] {
  const root = parseXml(source);
  if (isXmlError(root)) {
    const what = root.malformed ? 'not well-formed XML' : 'cannot read the XML';
    return [errorDoc(`${what}: ${root.message}`, root.offset === null ? null : lines.lineAt(root.offset))];
  }
  let read: { feed: FeedInfo; items: FeedItem[] };
  if ((root.local === 'rss' && root.ns === '') || (root.local === 'RDF' && root.ns === NS.rdf)) read = readRss(root, source);
  else if (root.local === 'feed' && (root.ns === NS.atom || root.ns === NS.atom03)) read = readAtom(root, source);
  else return [errorDoc(`not a feed: the root element is <${root.local}>, not <rss>, <rdf:RDF> or an Atom <feed>`, lines.lineAt(root.start))];
  return read.items.map((item) => itemDoc(item, read.feed, lines, domRules));
}

function readJson(source: string, lines: LineIndex, domRules: ReadOptions['domRules']): Doc[] {
  let read: { feed: FeedInfo; items: FeedItem[] } | null;
  try {
    read = readJsonFeed(source);
  } catch (error) {
    const message = (error as Error).message;
    return [errorDoc(`not valid JSON: ${message.replace(/\s+/g, ' ')}`, lines.lineAt(jsonErrorOffset(message, source)))];
  }
  if (!read) return [errorDoc('not a feed: JSON without the "items" list of a JSON Feed', 1)];
  const { feed, items } = read;
  return items.map((item) => itemDoc(item, feed, lines, domRules));
}

const reader: Reader = {
  id: 'feed',
  description: 'RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed: one article per item, in feed order, with the item\'s fields as metadata.',
  extensions: ['xml', 'rss', 'atom', 'rdf', 'json'],
  sniff,
  parse(text, options) {
    // Note: dropping a BOM moves offsets by one but no line, and line numbers are all that leave here.
    const source = text.replace(/^\uFEFF/, '');
    const lines = lineIndex(source);
    return /^\s*\{/.test(source) ? readJson(source, lines, options.domRules) : readXml(source, lines, options.domRules);
  },
};
export default reader;
