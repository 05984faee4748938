import type { Element } from 'domhandler';
import type { MetaField } from '../../article.js';
import type { Candidate } from '../../doc.js';
import { decodeHTMLStrict, key, lettersKey } from '../../text/fold.js';
import { attr, closest, elements, textContent } from '../dom.js';
import { jsonLdFields } from '../json-ld.js';
import { lineText, type ParsedHtml } from '../parse.js';
import { cleanAuthor } from './author.js';
import { metaDate, shownDate, shownReading } from './date.js';
import { META_SOURCES, RANK } from './sources.js';
import { visibleMeta } from './visible.js';
import { hostOf, isSiteName, withoutSiteAffix, type TitleEvidence } from './title-affix.js';
import { headlineTest, isHome, retitles, shownHeadline } from './headline.js';
import { titleSuffix } from '../../metadata/title-suffix.js';

// WordPress escapes a title twice in its JSON-LD and some themes in their <meta> tags: the
// parser's one decoding leaves "&#8220;" and "&nbsp;" in the value (reader modes decode again).
const RESIDUAL_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/i;

function decodedAgain(text: string): string {
  return RESIDUAL_REFERENCE.test(text) ? decodeHTMLStrict(text) : text;
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
  /** The post's update, not its publication: a date of last resort. */
  updated?: true;
}

const ADDRESS = /^(?:https?:)?\/\//i;

function value(f: Found, base: string | null, site: string | null): string | null {
  const text = lineText(f.field === 'title' || f.field === 'author' || f.field === 'site' ? decodedAgain(f.raw) : f.raw);
  if (!text) return null;
  if (f.field === 'published') return f.shown ? shownDate(text) : metaDate(text);
  if (f.field === 'language') return language(text);
  if (f.field === 'author') return ADDRESS.test(text) ? null : cleanAuthor(text, site);
  // A CMS that fills og:site_name with the home page's address: its host is the name a reader sees.
  if (f.field === 'site' && ADDRESS.test(text)) return hostOf(text)?.replace(/^www\./, '') ?? null;
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
      for (const [field, raw, weak] of jsonLdFields(textContent(el))) add(field, raw, el, weak ? RANK.jsonLdPage : RANK.jsonLd[field]);
    } else if (el.name === 'link' && hasRel(el, 'canonical')) add('url', attr(el, 'href'), el, RANK.canonical);
    else if (el.name === 'html') add('language', attr(el, 'lang'), el, RANK.htmlLang);
  }
  demoteRightsHolder(found, all);
  // An address is a site's name of last resort: a publisher tag elsewhere on the page names it.
  for (const f of found) if (f.field === 'site' && ADDRESS.test(f.raw.trim())) f.rank += RANK_AFTER_ALL;
  return found;
}

const RANK_AFTER_ALL = RANK.byline + RANK.outside + 1;
const RIGHTS_NAMES = new Set(['copyright', 'rights', 'dc.rights', 'dcterms.rights']);
const RIGHTS_WORDS = /\b(?:copyright|all rights reserved|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|todos os direitos reservados|tutti i diritti riservati)\b|\(c\)|©|\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b|[.,;]/giu;

/**
 * Publishing groups put their own name in `<meta name="author">` on every page ("Condé Nast", the
 * name their copyright notice gives) while the byline shows the writer. Such an author ranks after
 * what the page shows; it still names a blog's writer who is also its rights holder and has no byline.
 */
function demoteRightsHolder(found: Found[], all: readonly Element[]): void {
  const rights = found.some((f) => f.field === 'author') ? rightsHolder(all) : null;
  if (!rights) return;
  for (const f of found) {
    if (f.field === 'author' && f.el.name === 'meta' && lettersKey(f.raw) === rights) f.rank = RANK_AFTER_ALL;
  }
}

function rightsHolder(all: readonly Element[]): string | null {
  for (const el of all) {
    if (el.name !== 'meta' || !RIGHTS_NAMES.has((attr(el, 'name') ?? attr(el, 'property') ?? '').trim().toLowerCase())) continue;
    const holder = lettersKey((attr(el, 'content') ?? '').replace(RIGHTS_WORDS, ' '));
    if (holder) return holder;
  }
  return null;
}

// News and blog addresses file a post under its day: "/2019/11/19/slug", "/story/2019-11-19/slug".
// The day alone, and weaker than any date the text shows: a page that states none still has one.
const URL_DAY = /\/((?:19|20)\d\d)([/-])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/_-]|$)/;
const URL_DAY_WEIGHT = 15;
// An "updated" date is the publication's on a page that never changed, and some themes show no other.
const UPDATED_WEIGHT = 18;

function urlDay(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DAY.exec(path);
  return m ? `${m[1]}-${m[3]}-${m[4]}` : null;
}

const HAS_ZONE = /(?:Z|[+-]\d\d:?\d\d)$/;

/**
 * The best-ranked date of publication, with the time and zone of a lower-ranked source that gives
 * the same day (and the same minute, where the first has one): JSON-LD's "November 19, 2019" is
 * article:published_time's 11:21:08+00:00, an itemprop's zoneless time is the <time>'s UTC.
 */
function refinePublished(candidates: Candidate[]): void {
  const dates = candidates.filter((c) => c.field === 'published');
  const best = dates[0];
  if (!best || dates.length < 2) return;
  const timed = best.value.length > 10;
  if (timed && HAS_ZONE.test(best.value)) return;
  for (const other of dates.slice(1)) {
    const v = other.value;
    if (v.length <= 10) continue;
    // A date that reads both ways is settled by the source that agrees with one reading.
    const reading = [best.value, best.dayFirst].find((d) => d !== undefined && d.slice(0, timed ? 16 : 10) === v.slice(0, timed ? 16 : 10));
    if (reading === undefined || (timed && !HAS_ZONE.test(v))) continue;
    best.value = v;
    delete best.dayFirst;
    if (HAS_ZONE.test(v)) return;
  }
}

/**
 * What tells a site's name in a title from the headline: the declared name, the page's host (its
 * address, else the host most of its absolute links and images point to), its <h1>s.
 */
function titleEvidence(all: readonly Element[], site: string | null, url: string | null): TitleEvidence {
  const headings = new Set<string>();
  const logos = new Set<string>();
  const hosts = new Map<string, number>();
  for (const el of all) {
    // A blog's logo is its name in an <h1> linking home, on every page: never the headline.
    if (el.name === 'h1') (isHome(el) ? logos : headings).add(key(lineText(textContent(el))));
    else if (!url && (el.name === 'a' || el.name === 'img')) {
      const host = hostOf(attr(el, el.name === 'a' ? 'href' : 'src') ?? null);
      if (host) hosts.set(host, (hosts.get(host) ?? 0) + 1);
    }
  }
  let host = hostOf(url);
  if (!host) for (const [h, n] of hosts) if (!host || n > (hosts.get(host) ?? 0)) host = h;
  return { site, host, headings, logos };
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
  const titleTag = all.find((el) => el.name === 'title');
  const declaredTitles = found.filter((f) => f.field === 'title').map((f) => decodedAgain(f.raw));
  const place = { content, headline: headlineTest(titleTag ? [...declaredTitles, textContent(titleTag)] : declaredTitles), url: found.find((f) => f.field === 'url')?.raw ?? baseHref ?? baseUrl };
  for (const [scope, extra] of scopes) {
    for (const v of visibleMeta(scope, place)) {
      const rank = RANK[v.source] + extra;
      found.push({ field: v.field, raw: v.raw, el: v.el, rank, shown: v.source === 'byline', ...(v.updated ? { updated: true } : {}) });
    }
  }
  const byRank = (a: Found, b: Found) => a.rank - b.rank;
  found.sort(byRank);
  const siteFound = found.find((f) => f.field === 'site');
  let site = siteFound ? value(siteFound, null, null) : null;
  // Note: an inline <svg> has <title>s of its own.
  const titleElement = all.find((el) => el.name === 'title' && !closest(el, (a) => a.name === 'svg'));
  // A page that declares no site name still signs its <title>: "Headline - Sputnik International",
  // where the headline is what og:title or the JSON-LD give.
  if (titleElement && !site) {
    const pageTitle = lineText(textContent(titleElement));
    const headlines = found.filter((f) => f.field === 'title').map((f) => lineText(decodedAgain(f.raw)));
    const suffix = headlines.map((h) => titleSuffix(h, pageTitle)).find((s) => s !== null);
    if (suffix) {
      site = suffix;
      found.push({ field: 'site', raw: suffix, el: titleElement, rank: RANK.titleElement });
      found.sort(byRank);
    }
  }
  let evidence: TitleEvidence | null = null;
  // A page that declares no headline, or whose <title> is only the site's name, shows it in its <h1>.
  const shown = found.some((f) => f.field === 'title') ? null : shownHeadline(all, content);
  const pageTitle = titleElement ? lineText(textContent(titleElement)) : '';
  const siteOnly = () => isSiteName(pageTitle, (evidence ??= titleEvidence(all, site, found.find((f) => f.field === 'url')?.raw ?? baseHref ?? baseUrl)));
  if (titleElement && !(shown && siteOnly())) {
    found.push({ field: 'title', raw: textContent(titleElement), el: titleElement, rank: RANK.titleElement });
  }
  if (shown) {
    const raw = textContent(shown);
    const rank = titleElement && retitles(lineText(raw), pageTitle) ? RANK.titleElement - 0.5 : RANK.shownHeadline;
    found.push({ field: 'title', raw, el: shown, rank });
  }
  found.sort(byRank);
  let named: Candidate | null = null;
  const untitled = (title: string, line: number) => {
    evidence ??= titleEvidence(all, site, found.find((f) => f.field === 'url')?.raw ?? baseHref ?? baseUrl);
    const { title: rest, site: affix } = withoutSiteAffix(title, evidence);
    // The site's name in its own title, known by the host: weaker than a declared name.
    if (affix && !site) named ??= { field: 'site', value: affix, from: 'html', line, weight: 40 };
    return rest;
  };

  const candidates: Candidate[] = [];
  for (const f of found) {
    // A shown date is read once for both its readings.
    const shown = f.field === 'published' && f.shown ? shownReading(lineText(f.raw)) : undefined;
    const v = shown === undefined ? value(f, baseHref ?? baseUrl, site) : (shown?.iso ?? null);
    const line = lineOf(f.el);
    if (!v) continue;
    const dayFirst = shown?.dayFirst;
    candidates.push({ field: f.field, value: f.field === 'title' ? untitled(v, line) : v, from: 'html', line, weight: f.updated ? UPDATED_WEIGHT : 100, ...(dayFirst ? { dayFirst } : {}) });
  }
  if (named) candidates.push(named);
  const address = candidates.find((c) => c.field === 'url');
  const dayOfUrl = address && !candidates.some((c) => c.field === 'published' && c.weight > UPDATED_WEIGHT) ? urlDay(address.value) : null;
  if (dayOfUrl) candidates.push({ field: 'published', value: dayOfUrl, from: 'html', line: address?.line ?? null, weight: URL_DAY_WEIGHT });
  refinePublished(candidates);
  const title = candidates.find((c) => c.field === 'title');
  return { candidates, title: title ? { text: title.value, line: title.line ?? 1 } : null, base: baseHref };
}
