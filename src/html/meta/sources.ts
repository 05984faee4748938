import type { MetaField } from '../../article.js';

/**
 * <meta> names and properties that declare article metadata, with their rank among the sources
 * of their field (lower wins; the full precedence is in docs/page-metadata.md). Keys are lower
 * case; `name`, `property` and `itemprop` are all read, since sites mix them up.
 */
export interface MetaSource {
  field: MetaField;
  rank: number;
}

const rows: [MetaField, number, string][] = [
  // Open Graph and its article:* namespace, in the variants CMSs write.
  ['title', 1, 'og:title'],
  ['site', 0, 'og:site_name'],
  ['url', 0, 'og:url'],
  ['language', 6, 'og:locale'],
  ['author', 2, 'article:author article:author_name og:article:author author'],
  ['published', 2, 'article:published_time article:published og:article:published_time og:published_time article:published_date published_time'],
  // Twitter cards: a title; twitter:creator is a handle, not a name.
  ['title', 3, 'twitter:title'],
  // parse.ly, sailthru, Dublin Core (both spellings), and the common bare names.
  ['title', 4, 'parsely-title sailthru.title dc.title dcterms.title headline'],
  ['author', 3, 'parsely-author sailthru.author dc.creator dcterms.creator byl byline author_name cxenseparse:author'],
  ['published', 3, 'parsely-pub-date sailthru.date dc.date.issued dcterms.issued dc.date dcterms.date dcterms.created pubdate publishdate publish-date publish_date date datepublished article.published cxenseparse:recs:publishtime pub_date pub-date publication_date publication-date publish_time published-date date_published citation_publication_date citation_date dc.date.created published_time_telegram'],
  ['site', 2, 'application-name parsely-site dc.publisher publisher'],
  ['language', 2, 'dc.language content-language language'],
];

export const META_SOURCES: ReadonlyMap<string, MetaSource> = new Map(
  rows.flatMap(([field, rank, names]) => names.split(' ').map((name) => [name, { field, rank }] as const)),
);

/** Ranks of the other sources, per field, between and after the <meta> ones above. */
export const RANK = {
  jsonLd: { title: 0, author: 0, published: 0, site: 1, url: 1, language: 1 },
  /** A WebPage's or a ClaimReview's fields, when the JSON-LD describes no Article: after the <meta> vocabularies. */
  jsonLdPage: 3.5,
  htmlLang: 0,
  microdata: 4,
  titleElement: 5,
  /** The page's <h1>, where nothing declares a headline: after the <title>. */
  shownHeadline: 6,
  canonical: 2,
  relAuthor: 5,
  time: 5,
  byline: 6,
  /** Added for what is shown outside the article element. */
  outside: 3,
} as const;
