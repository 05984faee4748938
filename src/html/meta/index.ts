import type { Element } from 'domhandler';
import type { MetaField } from '../../article.js';
import type { Candidate } from '../../doc.js';
import { key } from '../../text/fold.js';
import { attr, closest, elements, textContent } from '../dom.js';
import { jsonLdFields } from '../json-ld.js';
import { lineText, type ParsedHtml } from '../parse.js';
import { cleanAuthor } from './author.js';
import { metaDate, shownDate } from './date.js';
import { META_SOURCES, RANK } from './sources.js';
import { visibleMeta } from './visible.js';
import { titleSuffix } from '../../metadata/title-suffix.js';

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

interface Found {
  field: MetaField;
  raw: string;
  el: Element;
  rank: number;
  /** Shown on the page (a byline's date), not declared in a machine format. */
  shown?: boolean;
}

function value(f: Found, base: string | null, site: string | null): string | null {
  const text = lineText(f.raw);
  if (!text) return null;
  if (f.field === 'published') return f.shown ? shownDate(text) : metaDate(text);
  if (f.field === 'language') return language(text);
  if (f.field === 'author') return /^https?:|^\/\//i.test(text) ? null : cleanAuthor(text, site);
  if (f.field === 'url') {
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

const isLdJson = (el: Element) => el.name === 'script' && (attr(el, 'type') ?? '').trim().toLowerCase().startsWith('application/ld+json');
const hasRel = (el: Element, rel: string) => (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes(rel);

function declared(all: Element[]): Found[] {
  const found: Found[] = [];
  const add = (field: MetaField, raw: string | null, el: Element, rank: number) => {
    if (raw) found.push({ field, raw, el, rank });
  };
  for (const el of all) {
    if (el.name === 'meta') {
      const content = attr(el, 'content');
      for (const name of [attr(el, 'property'), attr(el, 'name'), attr(el, 'itemprop')]) {
        const source = name ? META_SOURCES.get(name.trim().toLowerCase()) : undefined;
        if (source) add(source.field, content, el, source.rank);
      }
      const equiv = (attr(el, 'http-equiv') ?? '').toLowerCase();
      if (equiv === 'content-language') add('language', content, el, 2);
    } else if (isLdJson(el)) {
      for (const [field, raw] of jsonLdFields(textContent(el))) add(field, raw, el, RANK.jsonLd[field]);
    } else if (el.name === 'link' && hasRel(el, 'canonical')) add('url', attr(el, 'href'), el, RANK.canonical);
    else if (el.name === 'html') add('language', attr(el, 'lang'), el, RANK.htmlLang);
  }
  return found;
}

/**
 * Metadata the page declares or shows, as candidates of weight 100 (see Candidate). Within a field
 * the best-ranked source wins, then the first in the document: JSON-LD, then Open Graph and
 * article:*, then the other <meta> vocabularies, then what the article shows (docs/page-metadata.md).
 */
export function pageMeta(parsed: ParsedHtml, baseUrl: string | null, content: Element | null, all: Element[] = elements(parsed.document)): PageMeta {
  const { lineOf } = parsed;
  const baseEl = all.find((el) => el.name === 'base' && attr(el, 'href'));
  let baseHref: string | null = null;
  if (baseEl) baseHref = value({ field: 'url', raw: attr(baseEl, 'href') ?? '', el: baseEl, rank: 0 }, baseUrl, null);
  const found = declared(all);
  // The article's own credits first; the page around it (a header above a scored body) after.
  const body = all.find((el) => el.name === 'body');
  const scopes: [Element, number][] = content ? [[content, 0]] : [];
  if (body && body !== content) scopes.push([body, RANK.outside]);
  for (const [scope, extra] of scopes) {
    for (const v of visibleMeta(scope)) {
      const rank = RANK[v.source] + extra;
      found.push({ field: v.field, raw: v.raw, el: v.el, rank, shown: v.source === 'byline' });
    }
  }
  const byRank = (a: Found, b: Found) => a.rank - b.rank;
  found.sort(byRank);
  const siteRaw = found.find((f) => f.field === 'site')?.raw ?? null;
  let site = siteRaw && lineText(siteRaw);
  // Note: an inline <svg> has <title>s of its own.
  const titleElement = all.find((el) => el.name === 'title' && !closest(el, (a) => a.name === 'svg'));
  // A page that declares no site name still signs its <title>: "Headline - Sputnik International",
  // where the headline is what og:title or the JSON-LD give.
  if (titleElement && !site) {
    const pageTitle = lineText(textContent(titleElement));
    const headlines = found.filter((f) => f.field === 'title').map((f) => lineText(f.raw));
    const suffix = headlines.map((h) => titleSuffix(h, pageTitle)).find((s) => s !== null);
    if (suffix) {
      site = suffix;
      found.push({ field: 'site', raw: suffix, el: titleElement, rank: RANK.titleElement });
      found.sort(byRank);
    }
  }
  if (titleElement) {
    found.push({ field: 'title', raw: withoutSite(lineText(textContent(titleElement)), site), el: titleElement, rank: RANK.titleElement });
    found.sort(byRank);
  }

  const candidates: Candidate[] = [];
  for (const f of found) {
    const v = value(f, baseHref ?? baseUrl, site);
    if (v) candidates.push({ field: f.field, value: f.field === 'title' ? withoutSite(v, site) : v, from: 'html', line: lineOf(f.el), weight: 100 });
  }
  const title = candidates.find((c) => c.field === 'title');
  return { candidates, title: title ? { text: title.value, line: title.line ?? 1 } : null, base: baseHref };
}
