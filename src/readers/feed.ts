import type { Note } from '../article.js';
import type { Doc } from '../doc.js';
import type { ReadOptions, Reader } from '../reader.js';
import { lineIndex, type LineIndex } from '../text/line-index.js';
import { readAtom } from './feed/atom.js';
import { itemDoc, type FeedInfo, type FeedItem } from './feed/item.js';
import { jsonErrorOffset, readJsonFeed } from './feed/json.js';
import { readRss } from './feed/rss.js';
import { readCdf } from './feed/cdf.js';
import type { Recoveries } from './feed/recoveries.js';
import { isXmlError, NS, parseXml, type XElement } from './feed/xml.js';

const JSON_FEED = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\/1/;
// An item or entry stored on its own is a feed of one (archives keep items one per file).
const FEED_ROOTS = new Set(['rss', 'feed', 'RDF', 'item', 'entry', 'CHANNEL', 'channel', 'Channel']);

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
  const parsed = parseXml(source);
  if (isXmlError(parsed)) {
    const what = parsed.malformed ? 'not well-formed XML' : 'cannot read the XML';
    return [errorDoc(`${what}: ${parsed.message}`, parsed.offset === null ? null : lines.lineAt(parsed.offset))];
  }
  const { root, recoveries } = parsed;
  const read = readFeed(root, source, recoveries);
  if (!read) return [errorDoc(`not a feed: the root element is <${root.local}>, not <rss>, <rdf:RDF>, an Atom <feed>, a CDF <CHANNEL>, or an <item> or <entry> of one`, lines.lineAt(root.start))];
  const notes: Note[] = recoveries.list().map((r) => ({ rule: 'feed', line: lines.lineAt(r.offset), message: r.message }));
  const docs = read.items.map((item) => itemDoc(item, read.feed, lines, domRules));
  return withText(docs, notes, read.items.length);
}

/** The feed's items, whatever the root is: RSS or RDF, Atom, CDF, or one item or entry stored alone. */
function readFeed(root: XElement, source: string, recoveries: Recoveries): { feed: FeedInfo; items: FeedItem[] } | null {
  const local = root.local.toLowerCase();
  if (local === 'rss') {
    // RSS has no namespace, but <rss xmlns="http://backend.userland.com/rss2"> is served too.
    if (root.ns !== '') recoveries.add('rss-namespace', root.start, root.ns);
    return readRss(root, source);
  }
  if (root.local === 'RDF' && root.ns === NS.rdf) return readRss(root, source);
  if (local === 'feed') {
    if (root.ns !== NS.atom && root.ns !== NS.atom03) recoveries.add('atom-namespace', root.start, root.ns);
    return readAtom(root, source);
  }
  // Archives keep items one per file: the item is a feed of one, with no channel around it.
  if (local === 'item') {
    recoveries.add('single-item', root.start, root.local);
    return readRss(root, source);
  }
  if (local === 'entry') {
    recoveries.add('single-item', root.start, root.local);
    return readAtom(root, source);
  }
  if (local === 'channel' && root.ns === '') return readCdf(root, source);
  return null;
}

/**
 * Items without any text are not articles: one is noted on the first article that has text, and
 * a feed where none has any is one error that says so (not "empty input").
 */
function withText(docs: Doc[], notes: Note[], count: number): Doc[] {
  const kept = docs.filter((d) => d.title !== null || d.lines.some((l) => l.text.trim() !== ''));
  if (count > 0 && kept.length === 0) {
    return [errorDoc(`feed with ${count} item${count === 1 ? '' : 's'}, none with text${notes.length > 0 ? ` (${notes.map((n) => n.message).join('; ')})` : ''}`, null)];
  }
  const skipped = count - kept.length;
  const all: Note[] = skipped > 0 ? [...notes, { rule: 'feed', line: null, message: `${skipped} of the feed's ${count} items ${skipped === 1 ? 'has' : 'have'} no title and no text, and ${skipped === 1 ? 'was' : 'were'} left out` }] : notes;
  for (const d of kept) d.notes = [...all, ...d.notes];
  return kept;
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
