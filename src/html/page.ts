import type { Document, Element, ParentNode } from 'domhandler';
import type { MetaField } from '../article.js';
import type { Candidate } from '../doc.js';
import { parseDate } from '../util/dates.js';
import { key } from '../util/fold.js';
import { attr, closest, elements, hasClass, textContent, visibleText } from './dom.js';
import { jsonLdFields } from './json-ld.js';
import { lineText, type ParsedHtml } from './parse.js';

/** A saved page rather than a post body: it says so with a doctype or <html>, <head>, <body>. */
export function isPage(document: Document): boolean {
  if (document.children.some((c) => c.type === 'directive' && /^!doctype$/i.test(c.name))) return true;
  return elements(document).some((el) => el.name === 'html' || el.name === 'head' || el.name === 'body');
}

export interface ContentRoot {
  /** The element that holds the article, or null when the page has not even a <body>. */
  element: Element | null;
  /** Elements inside it that are page furniture, not article. */
  chrome: readonly string[];
}

// Note: an <article> inside the article keeps its header (the title and byline are in it);
// around a bare <body> the header is the site's.
const ARTICLE_CHROME = ['nav', 'aside', 'form', 'footer'];
const BODY_CHROME = ['head', 'title', 'header', 'nav', 'footer', 'aside', 'form'];

/** The largest of several <article>s: the others are teasers of related posts. */
function largest(list: Element[]): Element | undefined {
  // Note: most pages have one; weighing it would read the whole article's text for nothing.
  if (list.length < 2) return list[0];
  let best: Element | undefined;
  let size = -1;
  for (const el of list) {
    const length = lineText(visibleText(el)).length;
    if (length > size) [best, size] = [el, length];
  }
  return best;
}

/** Where a page keeps its article: <article>, else <main>, else the entry content, else <body>. */
export function contentRoot(root: ParentNode): ContentRoot {
  const all = elements(root);
  const found =
    largest(all.filter((el) => el.name === 'article')) ??
    all.find((el) => el.name === 'main') ??
    all.find((el) => (attr(el, 'itemprop') ?? '').split(/\s+/).includes('articleBody')) ??
    all.find((el) => hasClass(el, 'entry-content')) ??
    all.find((el) => hasClass(el, 'post-content'));
  if (found) return { element: found, chrome: ARTICLE_CHROME };
  return { element: all.find((el) => el.name === 'body') ?? null, chrome: BODY_CHROME };
}

/**
 * A byline whose parts are marked up (<span class="author">, <span class="site">, <time>), as
 * feedscrub's own HTML output writes it: its parts are metadata, the line itself page furniture.
 */
export function isStructuredByline(el: Element): boolean {
  return hasClass(el, 'byline') && elements(el).some((d) => d.name === 'time' || hasClass(d, 'author') || hasClass(d, 'site'));
}

// "Headline | Site", "Headline – Site", "Headline :: Site".
const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' :: ', ' » '];

function withoutSite(title: string, site: string | null): string {
  if (!site) return title;
  for (const separator of TITLE_SEPARATORS) {
    const at = title.lastIndexOf(separator);
    if (at > 0 && key(title.slice(at + separator.length)) === key(site)) return title.slice(0, at).trim();
  }
  return title;
}

/** "en_US", "EN-gb" to the schema's form ("en-US", "en-gb"); null for anything else. */
function language(value: string): string | null {
  const tag = value.trim().replace(/_/g, '-').replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
  return /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : null;
}

function value(field: MetaField, raw: string, base: string | null): string | null {
  const text = lineText(raw);
  if (!text) return null;
  if (field === 'published') return parseDate(text)?.iso ?? null;
  if (field === 'language') return language(text);
  if (field === 'url') {
    try {
      return new URL(text, base ?? undefined).href;
    } catch {
      return null;
    }
  }
  return text;
}

export interface PageMeta {
  candidates: Candidate[];
  /** The declared title and where it was declared, for the cleaner to compare body lines with. */
  title: { text: string; line: number } | null;
  /** <base href>, when the page has one. */
  base: string | null;
}

const META: Record<string, MetaField> = {
  'og:title': 'title',
  'og:site_name': 'site',
  'article:published_time': 'published',
  'og:url': 'url',
  author: 'author',
};

/**
 * Metadata the page declares, as candidates of weight 100 (see Candidate). Among declarations of
 * one field the first proposed wins, so they are proposed from the most to the least specific:
 * <meta> and <html lang>, then JSON-LD, then <title>, <link rel=canonical>, rel=author, <time>
 * and a marked-up byline, og:locale last.
 */
export function pageMeta(parsed: ParsedHtml, baseUrl: string | null): PageMeta {
  const { document, lineOf } = parsed;
  const all = elements(document);
  const base = all.find((el) => el.name === 'base' && attr(el, 'href'));
  const baseHref = base ? value('url', attr(base, 'href') ?? '', baseUrl) : null;
  const found: { field: MetaField; raw: string; el: Element; rank: number }[] = [];
  const add = (field: MetaField, raw: string | null, el: Element, rank: number) => {
    if (raw) found.push({ field, raw, el, rank });
  };

  for (const el of all) {
    const name = (attr(el, 'property') ?? attr(el, 'name') ?? '').toLowerCase();
    if (el.name === 'meta' && META[name]) add(META[name], attr(el, 'content'), el, 0);
    else if (el.name === 'meta' && name === 'og:locale') add('language', attr(el, 'content'), el, 3);
    else if (el.name === 'script' && (attr(el, 'type') ?? '').trim().toLowerCase().startsWith('application/ld+json')) {
      for (const [field, raw] of jsonLdFields(textContent(el))) add(field, raw, el, 1);
    } else if (el.name === 'link' && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) {
      add('url', attr(el, 'href'), el, 2);
    } else if (el.name === 'a' && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('author')) {
      add('author', lineText(textContent(el)), el, 2);
    } else if (el.name === 'html') add('language', attr(el, 'lang'), el, 0);
  }
  const root = contentRoot(document).element;
  const time = root ? elements(root).find((el) => el.name === 'time' && attr(el, 'datetime')) : undefined;
  if (time) add('published', attr(time, 'datetime'), time, 2);
  const byline = root ? elements(root).find(isStructuredByline) : undefined;
  for (const el of byline ? elements(byline) : []) {
    if (hasClass(el, 'author')) add('author', lineText(textContent(el)), el, 2);
    else if (hasClass(el, 'site')) add('site', lineText(textContent(el)), el, 2);
  }
  const byRank = (a: { rank: number }, b: { rank: number }) => a.rank - b.rank;
  const site = found.filter((f) => f.field === 'site').sort(byRank)[0]?.raw ?? null;
  // Note: an inline <svg> has <title>s of its own.
  const titleElement = all.find((el) => el.name === 'title' && !closest(el, (a) => a.name === 'svg'));
  if (titleElement) add('title', withoutSite(lineText(textContent(titleElement)), site && lineText(site)), titleElement, 2);

  const candidates: Candidate[] = [];
  for (const f of found.sort(byRank)) {
    const v = value(f.field, f.raw, baseHref ?? baseUrl);
    if (v) candidates.push({ field: f.field, value: v, from: 'html', line: lineOf(f.el), weight: 100 });
  }
  const title = candidates.find((c) => c.field === 'title');
  return { candidates, title: title ? { text: title.value, line: title.line ?? 1 } : null, base: baseHref };
}
