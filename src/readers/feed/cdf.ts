import { decodeHTMLStrict } from '../../text/fold.js';
import type { Body, FeedInfo, FeedItem, Located } from './item.js';
import { isElement, markupOf, resolveUrl, textOf, type XElement } from './xml.js';

/**
 * Microsoft's Channel Definition Format (CDF, 1997): a <CHANNEL> of <ITEM>s, each with its address
 * in HREF and its date in LASTMOD, its <TITLE> and its <ABSTRACT>. Channels nest (a sub-channel is
 * a section of the site); their items are the feed's, in document order. The files were written
 * in capitals by Internet Explorer's tools and in any case by hand: names are read in any case.
 */
const named = (el: XElement, local: string): XElement[] =>
  el.children.filter((c): c is XElement => isElement(c) && c.local.toLowerCase() === local);
const firstNamed = (el: XElement, local: string): XElement | null => named(el, local)[0] ?? null;

// Attributes are as case-free as the names.
function attrOf(el: XElement, name: string): string | null {
  for (const [key, value] of Object.entries(el.attrs)) if (key.toLowerCase() === name) return value;
  return null;
}

const located = (el: XElement): Located => ({ value: decodeHTMLStrict(textOf(el)), offset: el.start });

export function readCdf(root: XElement, source: string): { feed: FeedInfo; items: FeedItem[] } {
  const title = firstNamed(root, 'title');
  const href = attrOf(root, 'href');
  const base = href ? resolveUrl(href, root.base) : root.base;
  const feed: FeedInfo = {
    site: title && textOf(title).trim() ? located(title) : null,
    language: root.lang ? { value: root.lang, offset: root.start } : null,
  };
  const items: FeedItem[] = [];
  const visit = (channel: XElement, channelBase: string | null) => {
    for (const child of channel.children) {
      if (!isElement(child)) continue;
      const local = child.local.toLowerCase();
      if (local === 'item') items.push(readItem(child, source, channelBase));
      else if (local === 'channel') {
        const sub = attrOf(child, 'href');
        visit(child, sub ? resolveUrl(sub, channelBase) : channelBase);
      }
    }
  };
  visit(root, base);
  return { feed, items };
}

function readItem(item: XElement, source: string, base: string | null): FeedItem {
  const title = firstNamed(item, 'title');
  const href = attrOf(item, 'href');
  const lastmod = attrOf(item, 'lastmod');
  const lang = item.lang;
  return {
    title: title && textOf(title).trim() ? located(title) : null,
    urls: href?.trim() ? [{ value: resolveUrl(href.trim(), base), offset: item.start }] : [],
    authors: [],
    dates: lastmod?.trim() ? [{ value: lastmod.trim(), offset: item.start }] : [],
    body: bodyOf(firstNamed(item, 'abstract'), source),
    tags: [],
    language: lang ? { value: lang, offset: item.start } : null,
  };
}

// An abstract is a sentence or two of plain text; some carry HTML, escaped or as elements.
function bodyOf(abstract: XElement | null, source: string): Body | null {
  if (!abstract) return null;
  const value = markupOf(abstract, source);
  if (!value.trim()) return null;
  const kind = abstract.children.some(isElement) || /<[a-z!/]/i.test(value) ? 'html' : 'text';
  return { value: kind === 'text' ? decodeHTMLStrict(value) : value, offset: abstract.contentStart, kind, oneLine: false, base: abstract.base };
}
