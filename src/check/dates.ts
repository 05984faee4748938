import type { Article } from '../article.js';
import { KEYS } from '../readers/record.js';
import type { FileContext } from './rule.js';

/** The published date as a time, reading a date without offset as UTC (the rules allow slack for it). */
export function publishedTime(article: Article): number | null {
  const iso = article.published;
  if (iso === null) return null;
  const withZone = /[zZ]|[+-]\d\d:?\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`;
  const time = Date.parse(withZone);
  return Number.isNaN(time) ? null : time;
}

/** The line that declared the date: its front-matter key, else the removed byline that carried it, else 1. */
export function dateLine(ctx: FileContext, article: Article): number {
  const keys = KEYS.published.map((k) => k.toLowerCase());
  const declared = ctx.lines.findIndex((l, i) => i < 200 && keys.some((k) => l.toLowerCase().startsWith(`${k}:`)));
  if (declared !== -1) return declared + 1;
  const byline = article.removed.find((r) => r.rule.endsWith('byline'));
  return byline?.line ?? 1;
}
