import type { MetaField, Note } from '../article.js';
import type { Candidate } from '../doc.js';
import { normalizeLine } from '../normalize.js';
import { parseDate } from '../metadata/dates/dates.js';
import { agencyAlone, readCredit, siteOfDesk } from '../metadata/credit/credit.js';
import { singleSpaced } from '../text/fold.js';
import { titleSuffix } from '../metadata/title-suffix.js';

/**
 * Metadata a record declares by key: a Markdown file's front matter, an NDJSON line. Shared so
 * that both readers take the same keys the same way, and so that the md renderer's own front
 * matter (title, author, published, site, url, language, tags) reads back as it was written.
 */
export type Field = MetaField | 'tags';

/** The keys that declare each field, the first one present winning. Matched without case. */
// Besides feedscrub's own names: what NewsAPI, mediastack, JSON Feed, schema.org and the common
// CMS exports call them (publishedAt, published_at, date_published, datePublished, headline...).
export const KEYS: Readonly<Record<Field, readonly string[]>> = {
  title: ['title', 'headline'],
  author: ['author', 'authors', 'byline', 'creator', 'author_name'],
  published: ['date', 'published', 'pubDate', 'pub_date', 'publishedAt', 'published_at', 'date_published', 'datePublished', 'publication_date', 'publicationDate'],
  site: ['site', 'site_name', 'publisher'],
  url: ['url', 'link', 'canonical', 'permalink', 'canonical_url'],
  language: ['lang', 'language'],
  tags: ['tags', 'categories', 'keywords'],
};

/**
 * Keys for the page's own title beside the headline (a crawler's `page_title`, an SEO plugin's
 * `seo_title`): where it is the headline with a suffix ("Site Takeover via … - SpecterOps"), the
 * suffix is the site, as the page's <title> names it.
 */
const PAGE_TITLE_KEYS = ['page_title', 'pagetitle', 'html_title', 'head_title', 'document_title', 'seo_title', 'meta_title', 'og_title', 'title_tag', 'browser_title'];
/** Below the record's own site field, above the footers a body repeats. */
const TITLE_SUFFIX_SITE = 75;

/** Ends the note on a declared date that did not parse; `feedscrub check` reports those notes. */
export const UNREAD_DATE = 'is not a date feedscrub can read';

/** A reader's own values: they beat every pattern and guess (see Candidate.weight). */
export const DECLARED = 100;

export interface Declared {
  title: { value: string; key: string; line: number | null } | null;
  /** Everything but the title, whose line the reader places itself. */
  candidates: Candidate[];
  tags: string[];
  /** The keys no field took, in their order, as JSON can hold them. */
  extra: Record<string, unknown>;
  notes: Note[];
}

export interface DeclaredOptions {
  from: string;
  /** Keys to try before the usual ones, per field (NDJSON's --field). */
  keys?: Partial<Record<Field, string>>;
  /** Keys the reader takes itself (NDJSON's content): neither a field nor extra. */
  taken?: readonly string[];
  lineOf: (key: string) => number | null;
  /** A YAML date as the file wrote it; without it, Dates are written as ISO 8601. */
  dateText?: (key: string, date: Date) => string;
}

/** A scalar (or a person object's name) as one clean line, or null. */
export function oneLine(value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object' && !Array.isArray(value) && 'name' in value) return oneLine(value.name);
  if (typeof value !== 'string') return null;
  const text = normalizeLine(singleSpaced(value).trim());
  return text || null;
}

function isWebUrl(text: string | null): boolean {
  try {
    return text !== null && /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

function list(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map(oneLine).filter((s) => s !== null);
  return Array.isArray(value) ? value.map(oneLine).filter((s) => s !== null) : [];
}

/** A Date from YAML, without a clock js-yaml made up: midnight UTC was a date alone. */
export function isoOfDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return String(date);
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}

/** Values as JSON can hold them: YAML also gives Dates, binary and infinities. */
function jsonSafe(value: unknown, date: (d: Date) => string): unknown {
  if (value instanceof Date) return date(value);
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return value.map((v) => jsonSafe(v, isoOfDate));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v, isoOfDate)]));
  return value;
}

// Below every site a record or its body states: the author field names the site only by default.
export const AUTHOR_SITE_WEIGHT = 15;

/**
 * The site an author field names when it credits no person: a blog, a broadcaster or a team
 * ("LineageOS team", "Radio Suisse Romande"), or an agency credited alone ("ТАСС"). The same field
 * written as the dump's last credit line names the site the same way (tail-byline), so that a
 * record, a feed item and a text dump of one item agree.
 */
export function siteOfAuthor(name: string): string | null {
  const credit = readCredit(name, { placed: true });
  if (!credit || credit.kind === 'person') return null;
  return siteOfDesk(credit.name) ?? agencyAlone(credit.name);
}

export function declared(record: Readonly<Record<string, unknown>>, options: DeclaredOptions): Declared {
  const out: Declared = { title: null, candidates: [], tags: [], extra: {}, notes: [] };
  const byName = new Map(Object.keys(record).map((k) => [k.toLowerCase(), k]));
  const used = new Set((options.taken ?? []).map((k) => byName.get(k.toLowerCase()) ?? k));
  const dateText = (key: string, d: Date) => (options.dateText ? options.dateText(key, d) : isoOfDate(d));

  for (const field of Object.keys(KEYS) as Field[]) {
    const chosen = options.keys?.[field];
    const names = chosen ? [chosen, ...KEYS[field]] : KEYS[field];
    for (const name of names) {
      const key = byName.get(name.toLowerCase());
      if (key === undefined || used.has(key)) continue;
      const value = record[key];
      // A site-relative permalink, a date no one can read: no field takes them, so they stay the
      // user's keys (extra) instead of vanishing from the output.
      if (field === 'url' && !isWebUrl(oneLine(value))) continue;
      used.add(key);
      const line = options.lineOf(key);
      const propose = (f: MetaField, v: string) => out.candidates.push({ field: f, value: v, from: options.from, line, weight: DECLARED });
      if (field === 'tags') {
        for (const tag of list(value)) if (!out.tags.includes(tag)) out.tags.push(tag);
      } else if (field === 'author') {
        const names = Array.isArray(value) ? list(value) : [oneLine(value)].filter((s) => s !== null);
        // Several authors are one list with commas, as every other source gives them.
        if (names.length) propose('author', names.join(', '));
        const site = names.length === 1 ? siteOfAuthor(names[0] as string) : null;
        if (site) out.candidates.push({ field: 'site', value: site, from: options.from, line, weight: AUTHOR_SITE_WEIGHT });
      } else if (field === 'published') {
        const text = value instanceof Date ? dateText(key, value) : oneLine(value);
        const parsed = text === null ? null : parseDate(text);
        if (parsed) propose('published', parsed.iso);
        if (parsed?.note) out.notes.push({ rule: options.from, line, message: parsed.note });
        if (!parsed && text !== null) out.notes.push({ rule: options.from, line, message: `"${key}: ${text}" ${UNREAD_DATE}` });
        if (!parsed) used.delete(key);
      } else {
        const text = oneLine(value);
        if (text === null) continue;
        if (field === 'title') out.title ??= { value: text, key, line };
        else propose(field, text);
      }
    }
  }
  const pageTitle = PAGE_TITLE_KEYS.map((k) => byName.get(k)).find((k) => k !== undefined);
  const suffix = pageTitle !== undefined && out.title ? titleSuffix(out.title.value, oneLine(record[pageTitle]) ?? '') : null;
  if (pageTitle !== undefined && suffix) out.candidates.push({ field: 'site', value: suffix, from: options.from, line: options.lineOf(pageTitle), weight: TITLE_SUFFIX_SITE });
  for (const [key, value] of Object.entries(record)) {
    if (!used.has(key)) out.extra[key] = jsonSafe(value, (d) => dateText(key, d));
  }
  return out;
}
