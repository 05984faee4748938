import type { MetaField } from '../article.js';

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

function isArticle(o: Record<string, Json>): boolean {
  const type = o['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

function str(value: Json): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** A name, or the names of a list: `"Jane"`, `{ "name": "Jane" }`, `[{ "name": "Jane" }, …]`. */
function names(value: Json): string | null {
  const list = (Array.isArray(value) ? value : [value]).map((v) => str(v) ?? (v && typeof v === 'object' ? str((v as Record<string, Json>).name) : null));
  const found = list.filter((v): v is string => v !== null);
  return found.length > 0 ? found.join(', ') : null;
}

function idOf(value: Json): string | null {
  return str(value) ?? (value && typeof value === 'object' ? str((value as Record<string, Json>)['@id']) : null);
}

/** The metadata of the first Article in a JSON-LD script, field by field; nothing when it does not parse. */
export function jsonLdFields(source: string): [MetaField, string][] {
  let data: Json;
  try {
    data = JSON.parse(source);
  } catch {
    return [];
  }
  const article = objects(data).find(isArticle);
  if (!article) return [];
  const fields: [MetaField, string | null][] = [
    ['title', str(article.headline) ?? str(article.name)],
    ['author', names(article.author)],
    ['published', str(article.datePublished)],
    ['site', names(article.publisher)],
    ['url', str(article.url) ?? idOf(article.mainEntityOfPage)],
    ['language', str(article.inLanguage)],
  ];
  return fields.filter((f): f is [MetaField, string] => f[1] !== null);
}
