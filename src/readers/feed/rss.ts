import { decodeHTMLStrict } from '../../text/fold.js';
import type { Body, FeedInfo, FeedItem, Located } from './item.js';
import { all, first, isElement, markupOf, NS, resolveUrl, textOf, type XElement } from './xml.js';

const BARE_ADDRESS = /^(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;

/** RSS 2.0 (and 0.9x) elements have no namespace; RSS 1.0 and 0.90 put the same names in theirs. */
const CORE = ['', NS.rss1, 'http://my.netscape.com/rdf/simple/0.9/', 'http://backend.userland.com/rss2', 'http://backend.userland.com/rss'] as const;
const DC = [NS.dc] as const;
// Apple's own documentation wrote the namespace with "DTDs", and feeds copied it.
const ITUNES = [NS.itunes, 'http://www.itunes.com/DTDs/Podcast-1.0.dtd'] as const;
const MEDIA = [NS.media] as const;
const ATOM = [NS.atom] as const;

// Note: RSS says nothing of markup in titles, names and categories, and publishers escape them as
// HTML (WordPress writes "Fish &amp;amp; Chips" for "Fish & Chips"): they are decoded once more,
// strictly, so that "R&D &notes" keeps its "&not".
const html = (el: XElement): Located => ({ value: decodeHTMLStrict(textOf(el)), offset: el.start });
const MARKUP = /<[a-z!/]/i;
const hasText = (el: XElement | null, source: string): el is XElement => el !== null && markupOf(el, source).trim() !== '';

/** RSS 2.0, 0.9x and 1.0 (RDF), or one `<item>` stored alone: the channel, then each item in document order. */
export function readRss(root: XElement, source: string): { feed: FeedInfo; items: FeedItem[] } {
  // The root's own namespace is RSS's, whatever a publisher declared it to be.
  const core = [...CORE, root.ns];
  if (root.local.toLowerCase() === 'item') return { feed: { site: null, language: null }, items: [readItem(root, source, root.base, core)] };
  const channel = first(root, core, 'channel');
  const title = channel && first(channel, core, 'title');
  const channelLink = channel && first(channel, core, 'link');
  const base = channelLink ? resolveUrl(textOf(channelLink), root.base) : root.base;
  const language = channel ? (first(channel, core, 'language') ?? first(channel, DC, 'language')) : null;
  const lang = channel?.lang ?? root.lang;
  const feed: FeedInfo = {
    site: title ? html(title) : null,
    language: language ? { value: textOf(language), offset: language.start } : lang ? { value: lang, offset: (channel ?? root).start } : null,
  };
  // RSS 2.0 items are in the channel, RSS 1.0 items beside it.
  const items = [...all(root, core, 'item'), ...(channel ? all(channel, core, 'item') : [])].sort((a, b) => a.start - b.start);
  return { feed, items: items.map((item) => readItem(item, source, item.base ?? base, core)) };
}

/** Media RSS puts its fields on the item, in a media:group, or in a media:content (in a group too). */
function mediaOf(item: XElement): XElement[] {
  const groups = all(item, MEDIA, 'group');
  const contents = [item, ...groups].flatMap((g) => all(g, MEDIA, 'content'));
  return [item, ...groups, ...contents];
}

function readItem(item: XElement, source: string, base: string | null, core: readonly string[]): FeedItem {
  const media = mediaOf(item);
  const title = [first(item, core, 'title'), first(item, DC, 'title'), ...media.map((m) => first(m, MEDIA, 'title')), first(item, ITUNES, 'title')].find((el) => hasText(el, source)) ?? null;
  const urls: Located[] = [];
  for (const link of all(item, core, 'link')) if (textOf(link).trim()) urls.push({ value: resolveUrl(textOf(link), base), offset: link.start });
  for (const guid of all(item, core, 'guid')) {
    // A guid is the item's address unless it says it is not (isPermaLink defaults to true).
    if (guid.attrs.isPermaLink !== 'false' && /^https?:\/\//i.test(textOf(guid).trim())) urls.push({ value: textOf(guid).trim(), offset: guid.start });
  }
  const about = item.attrs['rdf:about'];
  if (about) urls.push({ value: resolveUrl(about, base), offset: item.start });

  // RSS 2.0's <author> is often the publisher's bare address ("podcast@example.org"), which names
  // no one: a podcast's <itunes:author> beside it names the host.
  const named = (list: ReturnType<typeof all>) => list.some((el) => textOf(el).trim() && !BARE_ADDRESS.test(textOf(el).trim()));
  const lists = [all(item, DC, 'creator'), all(item, core, 'author'), all(item, ITUNES, 'author')];
  const creators = lists.find(named) ?? lists.find((list) => list.some((el) => textOf(el).trim())) ?? [];
  const authors = creators.map((el) => {
    const a = html(el);
    // RSS 2.0's <author> is "address (Name)"; the name is the author.
    return { ...a, value: /^\S+@\S+\s*\((.+)\)\s*$/.exec(a.value.trim())?.[1] ?? a.value };
  });

  // A lower-case <pubdate> is common enough in hand-made feeds to be read as the one RSS defines.
  // Atom's own date elements come last: .NET's SyndicationFeed writes an RSS item's date only as
  // <a10:updated>, and other generators add <atom:published> beside (or instead of) pubDate.
  const dates = [...all(item, core, 'pubDate'), ...all(item, core, 'pubdate'), ...all(item, DC, 'date'), ...all(item, ATOM, 'published'), ...all(item, ATOM, 'updated')].map((el) => ({ value: textOf(el), offset: el.start }));
  const language = first(item, DC, 'language');
  const lang = item.attrs['xml:lang'];
  const enclosures = all(item, core, 'enclosure').flatMap((el) => (el.attrs.url ? [{ url: resolveUrl(el.attrs.url, base), ...(el.attrs.type ? { type: el.attrs.type } : {}), ...(el.attrs.length ? { length: el.attrs.length } : {}) }] : []));
  return {
    title: title ? html(title) : null,
    urls,
    authors,
    dates,
    body: bodyOf(item, source, core, media),
    tags: [...all(item, core, 'category'), ...all(item, DC, 'subject')].map((el) => html(el).value),
    language: language ? { value: textOf(language), offset: language.start } : lang ? { value: lang, offset: item.start } : null,
    ...(enclosures.length > 0 ? { extra: { enclosures } } : {}),
  };
}

/**
 * The fullest body the item has: content:encoded, then description (RSS's or Dublin Core's), then
 * the podcast and media descriptions, which are plain text unless they say otherwise.
 */
function bodyOf(item: XElement, source: string, core: readonly string[], media: XElement[]): Body | null {
  const asHtml = [first(item, [NS.content], 'encoded'), first(item, core, 'description'), first(item, DC, 'description')].find((el) => hasText(el, source));
  if (asHtml) {
    const value = markupOf(asHtml, source);
    // Without a single tag, line breaks are the publisher's own paragraphs: HTML would join them.
    if (!MARKUP.test(value) && value.trim().includes('\n')) return { value: decodeHTMLStrict(value), offset: asHtml.contentStart, kind: 'text', oneLine: false, base: asHtml.base };
    return { value, offset: asHtml.contentStart, kind: 'html', oneLine: false, base: asHtml.base };
  }
  const summary = first(item, ITUNES, 'summary');
  if (hasText(summary, source)) return plainBody(summary, source, false);
  const description = media.map((m) => first(m, MEDIA, 'description')).find((el) => hasText(el, source));
  if (description) return plainBody(description, source, description.attrs.type === 'html');
  return null;
}

function plainBody(el: XElement, source: string, markup: boolean): Body {
  const kind = markup || el.children.some(isElement) ? 'html' : 'text';
  return { value: markupOf(el, source), offset: el.contentStart, kind, oneLine: false, base: el.base };
}
