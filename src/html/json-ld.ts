import type { MetaField } from '../article.js';
import { strictJson } from '../util/loose-json.js';

/**
 * Article metadata from schema.org JSON-LD (<script type="application/ld+json">), which news and
 * blog platforms (Yoast, WordPress.com, most CMSs) put in every article page.
 */

// NewsArticle, BlogPosting, ReportageNewsArticle, TechArticle...: an Article by another name.
const ARTICLE_TYPE = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report)$/;

type Json = unknown;

function objects(value: Json): Record<string, Json>[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, Json>;
  return [record, ...objects(record['@graph'])];
}

// Yoast before version 12 describes a post as its WebPage (datePublished, author) with no Article
// in the graph; fact-check pages give only their ClaimReview. Their `name` is the page's <title>,
// not a headline, so only the dates, credits and address are read from them.
const PAGE_TYPE = /^(?:WebPage|ItemPage|ClaimReview)$/;

function isType(o: Record<string, Json>, pattern: RegExp): boolean {
  const type = o['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && pattern.test(t));
}
const isArticle = (o: Record<string, Json>) => isType(o, ARTICLE_TYPE);

function str(value: Json): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function isOrganization(v: Json): boolean {
  const type = v && typeof v === 'object' ? (v as Record<string, Json>)['@type'] : null;
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /Organization$|^NewsMediaOrganization$|^Corporation$/.test(t));
}

/**
 * A name, or the names of a list: `"Jane"`, `{ "name": "Jane" }`, `[{ "name": "Jane" }, …]`. With
 * `people`, an Organization credited as author (the publisher again, or an agency) names no one.
 */
function names(value: Json, people = false, graph: Record<string, Json>[] = []): string | null {
  // Yoast's @graph credits `{ "@id": "…#/schema/person/…" }` and describes the Person elsewhere.
  const resolve = (v: Json): Json => {
    const id = v && typeof v === 'object' && !Array.isArray(v) && !('name' in v) ? str((v as Record<string, Json>)['@id']) : null;
    return (id && graph.find((o) => o['@id'] === id && 'name' in o)) || v;
  };
  const list = (Array.isArray(value) ? value : [value])
    .map(resolve)
    .filter((v) => !(people && isOrganization(v)))
    .map((v) => str(v) ?? (v && typeof v === 'object' ? str((v as Record<string, Json>).name) : null));
  const found = list.filter((v): v is string => v !== null);
  return found.length > 0 ? found.join(', ') : null;
}

function idOf(value: Json): string | null {
  return str(value) ?? (value && typeof value === 'object' ? str((value as Record<string, Json>)['@id']) : null);
}

/**
 * The script's JSON: saved pages wrap it in `<![CDATA[ … ]]>` or `<!-- … -->` (for old parsers), and
 * templates leave what JSON does not allow: a trailing comma, a raw line break inside a string, a
 * `// commented-out` field. What JSON.parse refuses is made strict and read again.
 */
function parse(source: string): Json {
  const bare = source
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
  try {
    return JSON.parse(bare);
  } catch {
    try {
      return JSON.parse(strictJson(bare));
    } catch {
      return undefined;
    }
  }
}

/**
 * The metadata of the first Article in a JSON-LD script, field by field; nothing when it does not
 * parse. Fields read from a page's description instead of an Article are marked `weak`: Open Graph
 * and article:* tags, where the page has them, say the same of the article itself.
 */
export function jsonLdFields(source: string): [MetaField, string, 'weak'?][] {
  const data = parse(source);
  const all = objects(data);
  let article = all.find(isArticle) ?? all.find((o) => str(o.headline) !== null && o.author !== undefined);
  const page = article ? undefined : all.find((o) => isType(o, PAGE_TYPE) && str(o.datePublished) !== null);
  article ??= page;
  if (!article) return [];
  const fields: [MetaField, string | null][] = [
    ['title', page ? null : (str(article.headline) ?? str(article.name))],
    // schema.org's creator is the author's superproperty: some templates fill only it.
    ['author', names(article.author, true, all) ?? names(article.creator, true, all)],
    ['published', str(article.datePublished) ?? str(article.dateCreated)],
    ['site', names(article.publisher)],
    ['url', str(article.url) ?? idOf(article.mainEntityOfPage)],
    ['language', str(article.inLanguage)],
  ];
  const given = fields.filter((f): f is [MetaField, string] => f[1] !== null);
  return page ? given.map(([field, value]) => [field, value, 'weak']) : given;
}
