/**
 * The Article: the one contract every reader produces and every renderer consumes.
 * `schema/article.schema.json` describes the same shape for users of the JSON output;
 * the golden tests validate every fixture against it, so the two cannot drift.
 */

/** One piece of input text the cleaner took out of the body, and which unit took it. */
export interface Removal {
  /** Id of the rule (or extractor, e.g. `title`) that removed the text. */
  rule: string;
  /** 1-based line number in the input. */
  line: number;
  /** The removed text, after normalization. A whole line, or the part of it that was cut. */
  text: string;
  /** For a phrase-family rule (read-more, a feed footer...): the language of the phrase it matched (ISO 639-1). */
  lang?: string;
}

/** Something a user should know about a decision the cleaner made (an ambiguous date, say). */
export interface Note {
  rule: string;
  line: number | null;
  message: string;
}

/** A repaired piece of mis-decoded text (UTF-8 read as Windows-1252: "Itâ€™s" -> "It’s"). */
export interface Repair {
  line: number;
  from: string;
  to: string;
}

export interface ArticleSource {
  /** The input path as given, or null for stdin and in-memory strings. */
  path: string | null;
  /** The reader that was used (`text`, `html`, `md`, `feed`, `ndjson`). */
  format: string;
  /** 0-based position of the article within its input. */
  index: number;
  /** A Markdown input's front matter: the md output writes the same syntax and key names. */
  frontMatter?: FrontMatter;
}

export interface FrontMatter {
  /** `---` YAML, `+++` TOML or a JSON object. */
  format: 'yaml' | 'toml' | 'json';
  /** Its top-level keys as written, in their order. */
  keys: string[];
}

export interface Article {
  title: string | null;
  author: string | null;
  /** ISO 8601, keeping the dump's own clock: offset only when the dump gave one, date-only when it had no time. */
  published: string | null;
  site: string | null;
  url: string | null;
  language: string | null;
  /** The clean body: paragraphs separated by one blank line. */
  text: string;
  /** The clean body as an HTML fragment. */
  html: string;
  wordCount: number;
  /** True when the body ends in a truncation marker (`[…]`, `(more…)`), i.e. it is an excerpt. */
  truncated: boolean;
  /** Categories and tags the input declared (feed categories, front-matter tags). */
  tags: string[];
  /** Input fields feedscrub has no column for (unknown front-matter keys), in their original order. */
  extra: Record<string, unknown>;
  removed: Removal[];
  repairs: Repair[];
  notes: Note[];
  source: ArticleSource;
}

/** An input record that could not be read (a broken NDJSON line): reported in place, in order. */
export interface ItemError {
  error: string;
  /** 1-based line of the input where the record starts, when known. */
  line: number | null;
  source: ArticleSource;
}

export type Item = Article | ItemError;

export function isArticle(item: Item): item is Article {
  return !('error' in item);
}

/** Metadata fields, in the order renderers write them. */
export const META_FIELDS = ['title', 'author', 'published', 'site', 'url', 'language'] as const;
export type MetaField = (typeof META_FIELDS)[number];
export type Metadata = { [K in MetaField]: string | null };
