import { decodeHTMLStrict } from '../../text/fold.js';
import type { Body, FeedInfo, FeedItem, Located } from './item.js';
import { all, first, isElement, markupOf, NS, resolveUrl, textOf, type XElement } from './xml.js';

type Namespaces = readonly string[];

/** Atom (1.0, 0.3, or without its namespace), or one `<entry>` stored alone: the feed, then each entry in document order. */
export function readAtom(root: XElement, source: string): { feed: FeedInfo; items: FeedItem[] } {
  // Atom 1.0 and 0.3, and the root's own namespace: a feed without one (or a wrong one) is still Atom.
  const atom: Namespaces = [NS.atom, NS.atom03, root.ns];
  if (root.local === 'entry') return { feed: { site: null, language: null }, items: [readEntry(root, source, root.base, [], atom)] };
  const title = first(root, atom, 'title');
  const base = alternate(root, atom) ?? root.base;
  const feed: FeedInfo = {
    site: title ? { value: plain(title, source), offset: title.start } : null,
    language: root.lang ? { value: root.lang, offset: root.start } : null,
  };
  const feedAuthors = authors(root, atom);
  const items = all(root, atom, 'entry').map((entry) => readEntry(entry, source, base, feedAuthors, atom));
  return { feed, items };
}

function readEntry(entry: XElement, source: string, base: string | null, feedAuthors: Located[], atom: Namespaces): FeedItem {
  const entryTitle = first(entry, atom, 'title') ?? first(entry, [NS.dc], 'title');
  const link = alternate(entry, atom);
  const id = first(entry, atom, 'id');
  const urls: Located[] = link ? [{ value: link, offset: linkElement(entry, atom)?.start ?? entry.start }] : [];
  if (id && /^https?:\/\//i.test(textOf(id).trim())) urls.push({ value: textOf(id).trim(), offset: id.start });
  const own = authors(entry, atom);
  const origin = first(entry, atom, 'source');
  const creators = all(entry, [NS.dc], 'creator').filter((c) => textOf(c).trim()).map((c) => ({ value: textOf(c), offset: c.start }));
  const content = first(entry, atom, 'content');
  const lang = content?.attrs['xml:lang'] ?? entry.attrs['xml:lang'];
  // Atom 0.3 named its dates issued, modified and created.
  const dates = ['published', 'issued', 'created', 'updated', 'modified'].map((name) => first(entry, atom, name)).concat(first(entry, [NS.dc], 'date'));
  const enclosures = all(entry, atom, 'link').filter((l) => l.attrs.rel === 'enclosure' && l.attrs.href).map((l) => ({ url: resolveUrl(l.attrs.href ?? '', l.base), ...(l.attrs.type ? { type: l.attrs.type } : {}), ...(l.attrs.length ? { length: l.attrs.length } : {}) }));
  return {
    title: entryTitle ? { value: plain(entryTitle, source), offset: entryTitle.start } : null,
    urls: urls.map((u) => ({ ...u, value: resolveUrl(u.value, entry.base ?? base) })),
    authors: own.length > 0 ? own : creators.length > 0 ? creators : origin && authors(origin, atom).length > 0 ? authors(origin, atom) : feedAuthors,
    dates: dates.flatMap((el) => (el ? [{ value: textOf(el), offset: el.start }] : [])),
    body: body(content, source) ?? body(first(entry, atom, 'summary'), source) ?? body(first(entry, [NS.dc], 'description'), source, 'html') ?? mediaBody(entry, source),
    tags: all(entry, atom, 'category').map((c) => c.attrs.label ?? c.attrs.term ?? ''),
    language: lang ? { value: lang, offset: (content?.attrs['xml:lang'] ? content : entry).start } : null,
    ...(enclosures.length > 0 ? { extra: { enclosures } } : {}),
  };
}

/** The element's `link rel="alternate"` (a link without rel is one), preferring an HTML page. */
function linkElement(el: XElement, atom: Namespaces): XElement | null {
  const links = all(el, atom, 'link').filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate' && l.attrs.href);
  return links.find((l) => !l.attrs.type || /html/i.test(l.attrs.type)) ?? links[0] ?? null;
}

function alternate(el: XElement, atom: Namespaces): string | null {
  const link = linkElement(el, atom);
  return link?.attrs.href ? resolveUrl(link.attrs.href, link.base) : null;
}

function authors(el: XElement, atom: Namespaces): Located[] {
  return all(el, atom, 'author').flatMap((a) => {
    const name = first(a, atom, 'name');
    return name && textOf(name).trim() ? [{ value: textOf(name), offset: name.start }] : [];
  });
}

/**
 * A text construct's kind, from Atom 1.0's `type` or Atom 0.3's MIME type and `mode`, and its
 * value: base64 content (0.3's mode, or 1.0's content of a non-text MIME type) is decoded when it
 * is UTF-8 text, and gives nothing when it is not.
 */
function construct(el: XElement, source: string, fallback: string): { kind: 'html' | 'text'; value: string } | null {
  const type = (el.attrs.type ?? fallback).toLowerCase();
  const base64 = el.attrs.mode === 'base64' || (type.includes('/') && !type.startsWith('text/') && !type.endsWith('xml'));
  const value = base64 ? fromBase64(textOf(el)) : markupOf(el, source);
  if (value === null) return null;
  const markup = type === 'html' || type === 'xhtml' || type.includes('html') || el.attrs.mode === 'escaped' || el.children.some(isElement);
  return { kind: markup || (base64 && /<[a-z]/i.test(value)) ? 'html' : 'text', value };
}

function fromBase64(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  try {
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** A text construct as plain text: `text` is already, `html` and `xhtml` lose their markup. */
function plain(el: XElement, source: string): string {
  const read = construct(el, source, 'text');
  if (!read) return '';
  return read.kind === 'text' ? read.value : decodeHTMLStrict(read.value.replace(/<[^>]*>/g, ' '));
}

/**
 * A video or podcast entry's own words when it has no content or summary: YouTube and other
 * video sites put the whole description in Media RSS (on the entry or in its media:group), as RSS
 * items do; plain text unless its `type` says html.
 */
function mediaBody(entry: XElement, source: string): Body | null {
  const holders = [entry, ...all(entry, [NS.media], 'group')];
  const el = holders.map((h) => first(h, [NS.media], 'description')).find((d) => d !== null && markupOf(d, source).trim() !== '') ?? first(entry, [NS.itunes], 'summary');
  if (!el || !markupOf(el, source).trim()) return null;
  const kind = el.attrs.type === 'html' || el.children.some(isElement) ? 'html' : 'text';
  return { value: markupOf(el, source), offset: el.contentStart, kind, oneLine: false, base: el.base };
}

/** Content or summary as a body; out-of-line content (`src`) gives none. */
function body(el: XElement | null, source: string, fallback = 'text'): Body | null {
  if (!el || el.attrs.src) return null;
  const read = construct(el, source, fallback);
  return read && read.value.trim() ? { value: read.value, offset: el.contentStart, kind: read.kind, oneLine: false, base: el.base } : null;
}
