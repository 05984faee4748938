import type { Article } from '../article.js';

/** "2021-07-02T02:45:00" -> "2021-07-02 02:45": the date as a person reads it, clock as given. */
export function readableDate(iso: string): string {
  return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::00)?/, '$1 $2');
}

/** The parts of a byline, in the order people write them: author, site, date. */
export function bylineParts(a: Article): { author: string | null; site: string | null; date: string | null } {
  return { author: a.author, site: a.site, date: a.published ? readableDate(a.published) : null };
}
