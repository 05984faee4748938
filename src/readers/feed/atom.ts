import { decodeHTMLStrict } from '../../util/fold.js';
import type { Body, FeedInfo, FeedItem, Located } from './item.js';
import { all, first, markupOf, NS, resolveUrl, textOf, type XElement } from './xml.js';

/** Atom 1.0 and 0.3, and the root's own namespace: a feed without one (or a wrong one) is still Atom. */
let ATOM: readonly string[] = [NS.atom, NS.atom03];

/** Atom (1.0, 0.3, or without its namespace), or one `<entry>` stored alone: the feed, then each entry in document order. */
export function readAtom(root: XElement, source: string): { feed: FeedInfo; items: FeedItem[] } {
  ATOM = [NS.atom, NS.atom03, root.ns];
  if (root.local === 'entry') return { feed: { site: null, language: null }, items: [readEntry(root, source, root.base, [])] };
  const title = first(root, ATOM, 'title');
  const base = alternate(root) ?? root.base;
  const feed: FeedInfo = {
    site: title ? { value: plain(title, source), offset: title.start } : null,
    language: root.lang ? { value: root.lang, offset: root.start } : null,
  };
  const feedAuthors = authors(root);
  const items = all(root, ATOM, 'entry').map((entry) => readEntry(entry, source, base, feedAuthors));
  return { feed, items };
}

function readEntry(entry: XElement, source: string, base: string | null, feedAuthors: Located[]): FeedItem {
  const entryTitle = first(entry, ATOM, 'title') ?? first(entry, [NS.dc], 'title');
  const link = alternate(entry);
  const id = first(entry, ATOM, 'id');
  const urls: Located[] = link ? [{ value: link, offset: linkElement(entry)?.start ?? entry.start }] : [];
  if (id && /^https?:\/\//i.test(textOf(id).trim())) urls.push({ value: textOf(id).trim(), offset: id.start });
  const own = authors(entry);
  const origin = first(entry, ATOM, 'source');
  const creators = all(entry, [NS.dc], 'creator').filter((c) => textOf(c).trim()).map((c) => ({ value: textOf(c), offset: c.start }));
  const content = first(entry, ATOM, 'content');
  const lang = content?.attrs['xml:lang'] ?? entry.attrs['xml:lang'];
  // Atom 0.3 named its dates issued, modified and created.
  const dates = ['published', 'issued', 'created', 'updated', 'modified'].map((name) => first(entry, ATOM, name)).concat(first(entry, [NS.dc], 'date'));
  const enclosures = all(entry, ATOM, 'link').filter((l) => l.attrs.rel === 'enclosure' && l.attrs.href).map((l) => ({ url: resolveUrl(l.attrs.href ?? '', l.base), ...(l.attrs.type ? { type: l.attrs.type } : {}), ...(l.attrs.length ? { length: l.attrs.length } : {}) }));
  return {
    title: entryTitle ? { value: plain(entryTitle, source), offset: entryTitle.start } : null,
    urls: urls.map((u) => ({ ...u, value: resolveUrl(u.value, entry.base ?? base) })),
    authors: own.length > 0 ? own : creators.length > 0 ? creators : origin && authors(origin).length > 0 ? authors(origin) : feedAuthors,
    dates: dates.flatMap((el) => (el ? [{ value: textOf(el), offset: el.start }] : [])),
    body: body(content, source) ?? body(first(entry, ATOM, 'summary'), source) ?? body(first(entry, [NS.dc], 'description'), source, 'html'),
    tags: all(entry, ATOM, 'category').map((c) => c.attrs.label ?? c.attrs.term ?? ''),
    language: lang ? { value: lang, offset: (content?.attrs['xml:lang'] ? content : entry).start } : null,
    ...(enclosures.length > 0 ? { extra: { enclosures } } : {}),
  };
}

/** The element's `link rel="alternate"` (a link without rel is one), preferring an HTML page. */
function linkElement(el: XElement): XElement | null {
  const links = all(el, ATOM, 'link').filter((l) => (l.attrs.rel ?? 'alternate') === 'alternate' && l.attrs.href);
  return links.find((l) => !l.attrs.type || /html/i.test(l.attrs.type)) ?? links[0] ?? null;
}

function alternate(el: XElement): string | null {
  const link = linkElement(el);
  return link?.attrs.href ? resolveUrl(link.attrs.href, link.base) : null;
}

function authors(el: XElement): Located[] {
  return all(el, ATOM, 'author').flatMap((a) => {
    const name = first(a, ATOM, 'name');
    return name && textOf(name).trim() ? [{ value: textOf(name), offset: name.start }] : [];
  });
}

/** A text construct as plain text: `text` is already, `html` and `xhtml` lose their markup. */
function plain(el: XElement, source: string): string {
  const type = el.attrs.type ?? 'text';
  if (type !== 'html' && type !== 'xhtml') return textOf(el);
  return decodeHTMLStrict(markupOf(el, source).replace(/<[^>]*>/g, ' '));
}

/** Content or summary as a body; out-of-line content (`src`) and non-text media give none. */
function body(el: XElement | null, source: string, fallback = 'text'): Body | null {
  if (!el || el.attrs.src) return null;
  // Atom 0.3 wrote its types as MIME types, and escaped or base64 content in `mode`.
  if (el.attrs.mode === 'base64') return null;
  const type = (el.attrs.type ?? fallback).toLowerCase();
  const kind = type === 'html' || type === 'xhtml' || type.includes('html') ? 'html' : type === 'text' || type.startsWith('text/') ? 'text' : null;
  const value = markupOf(el, source);
  return kind && value.trim() ? { value, offset: el.contentStart, kind, oneLine: false, base: el.base } : null;
}
