import { decodeHTMLStrict } from '../../util/fold.js';
import type { FeedInfo, FeedItem, Located } from './item.js';
import { all, first, markupOf, NS, resolveUrl, textOf, type XElement } from './xml.js';

/** RSS 2.0 (and 0.9x) elements have no namespace; RSS 1.0 and 0.90 put the same names in theirs. */
const CORE = ['', NS.rss1, 'http://my.netscape.com/rdf/simple/0.9/'] as const;
const DC = [NS.dc] as const;

// Note: RSS says nothing of markup in titles, names and categories, and publishers escape them as
// HTML (WordPress writes "Fish &amp;amp; Chips" for "Fish & Chips"): they are decoded once more,
// strictly, so that "R&D &notes" keeps its "&not".
const html = (el: XElement): Located => ({ value: decodeHTMLStrict(textOf(el)), offset: el.start });

/** RSS 2.0 and RSS 1.0 (RDF): the channel, then each item in document order. */
export function readRss(root: XElement, source: string): { feed: FeedInfo; items: FeedItem[] } {
  const channel = first(root, CORE, 'channel');
  const title = channel && first(channel, CORE, 'title');
  const channelLink = channel && first(channel, CORE, 'link');
  const base = channelLink ? resolveUrl(textOf(channelLink), root.base) : root.base;
  const language = channel ? (first(channel, CORE, 'language') ?? first(channel, DC, 'language')) : null;
  const lang = channel?.lang ?? root.lang;
  const feed: FeedInfo = {
    site: title ? html(title) : null,
    language: language ? { value: textOf(language), offset: language.start } : lang ? { value: lang, offset: (channel ?? root).start } : null,
  };
  // RSS 2.0 items are in the channel, RSS 1.0 items beside it.
  const items = [...all(root, CORE, 'item'), ...(channel ? all(channel, CORE, 'item') : [])].sort((a, b) => a.start - b.start);
  return { feed, items: items.map((item) => readItem(item, source, item.base ?? base)) };
}

function readItem(item: XElement, source: string, base: string | null): FeedItem {
  const title = first(item, CORE, 'title');
  const urls: Located[] = [];
  for (const link of all(item, CORE, 'link')) urls.push({ value: resolveUrl(textOf(link), base), offset: link.start });
  for (const guid of all(item, CORE, 'guid')) {
    // A guid is the item's address unless it says it is not (isPermaLink defaults to true).
    if (guid.attrs.isPermaLink !== 'false' && /^https?:\/\//i.test(textOf(guid).trim())) urls.push({ value: textOf(guid).trim(), offset: guid.start });
  }
  const about = item.attrs['rdf:about'];
  if (about) urls.push({ value: resolveUrl(about, base), offset: item.start });

  const creators = all(item, DC, 'creator');
  const authors = (creators.length > 0 ? creators : all(item, CORE, 'author')).map((el) => {
    const a = html(el);
    // RSS 2.0's <author> is "address (Name)"; the name is the author.
    return { ...a, value: /^\S+@\S+\s*\((.+)\)\s*$/.exec(a.value.trim())?.[1] ?? a.value };
  });

  const dates = [...all(item, CORE, 'pubDate'), ...all(item, DC, 'date')].map((el) => ({ value: textOf(el), offset: el.start }));
  const content = [first(item, [NS.content], 'encoded'), first(item, CORE, 'description')].find((el) => el && markupOf(el, source).trim() !== '');
  const language = first(item, DC, 'language');
  const lang = item.attrs['xml:lang'];
  return {
    title: title ? html(title) : null,
    urls,
    authors,
    dates,
    body: content ? { value: markupOf(content, source), offset: content.contentStart, kind: 'html', oneLine: false } : null,
    tags: [...all(item, CORE, 'category'), ...all(item, DC, 'subject')].map((el) => html(el).value),
    language: language ? { value: textOf(language), offset: language.start } : lang ? { value: lang, offset: item.start } : null,
  };
}
