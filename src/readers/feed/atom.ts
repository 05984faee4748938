import { decodeHTMLStrict } from '../../util/fold.js';
import type { Body, FeedInfo, FeedItem, Located } from './item.js';
import { all, first, markupOf, NS, resolveUrl, textOf, type XElement } from './xml.js';

const ATOM = [NS.atom, NS.atom03] as const;

/** Atom: the feed, then each entry in document order. */
export function readAtom(root: XElement, source: string): { feed: FeedInfo; items: FeedItem[] } {
  const title = first(root, ATOM, 'title');
  const base = alternate(root) ?? root.base;
  const feed: FeedInfo = {
    site: title ? { value: plain(title, source), offset: title.start } : null,
    language: root.lang ? { value: root.lang, offset: root.start } : null,
  };
  const feedAuthors = authors(root);
  const items = all(root, ATOM, 'entry').map((entry): FeedItem => {
    const entryTitle = first(entry, ATOM, 'title');
    const link = alternate(entry);
    const id = first(entry, ATOM, 'id');
    const urls: Located[] = link ? [{ value: link, offset: linkElement(entry)?.start ?? entry.start }] : [];
    if (id && /^https?:\/\//i.test(textOf(id).trim())) urls.push({ value: textOf(id).trim(), offset: id.start });
    const own = authors(entry);
    const origin = first(entry, ATOM, 'source');
    const content = first(entry, ATOM, 'content');
    const lang = content?.attrs['xml:lang'] ?? entry.attrs['xml:lang'];
    return {
      title: entryTitle ? { value: plain(entryTitle, source), offset: entryTitle.start } : null,
      urls: urls.map((u) => ({ ...u, value: resolveUrl(u.value, entry.base ?? base) })),
      authors: own.length > 0 ? own : origin && authors(origin).length > 0 ? authors(origin) : feedAuthors,
      dates: [first(entry, ATOM, 'published'), first(entry, ATOM, 'updated')].flatMap((el) => (el ? [{ value: textOf(el), offset: el.start }] : [])),
      body: body(content, source) ?? body(first(entry, ATOM, 'summary'), source),
      tags: all(entry, ATOM, 'category').map((c) => c.attrs.label ?? c.attrs.term ?? ''),
      language: lang ? { value: lang, offset: (content?.attrs['xml:lang'] ? content : entry).start } : null,
    };
  });
  return { feed, items };
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
function body(el: XElement | null, source: string): Body | null {
  if (!el || el.attrs.src) return null;
  const type = (el.attrs.type ?? 'text').toLowerCase();
  const kind = type === 'html' || type === 'xhtml' || type.includes('html') ? 'html' : type === 'text' || type.startsWith('text/') ? 'text' : null;
  const value = markupOf(el, source);
  return kind && value.trim() ? { value, offset: el.contentStart, kind, oneLine: false } : null;
}
