import type { Rule } from '../rule.js';
import { readCredit } from '../metadata/credit/credit.js';
import { cities, countries, regions } from '../phrases/places.js';
import { datelineOf, takeCredit, takeDate } from './tail-byline.js';

// A dump's own credit fields put under the title instead of after the body: the author field
// over the date field, "jvoisin" / "Fri, 16 Feb 2024 13:30:00 +0100", as a paragraph of its own
// above the story. The date is what a feed or an API writes, not what a person types: RFC 822
// ("Fri, 16 Feb 2024 13:30:00 +0100", "16 Feb 2024 13:30 GMT") or ISO 8601 with a time
// ("2024-08-14T04:00:15Z", "2019-01-18 00:00:00"). Over such a date any credit shape counts, as it
// does over the date closing a dump (a login, an agency, a desk); over a date a person writes
// ("January 18, 2019") a heading is as likely, and head-byline asks for a name in the strict sense.
const RFC_822 = /^(?:[A-Z][a-z]{2},?\s+)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[+-]\d{4}|[A-Z]{1,5}))?$/;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|\s*[+-]\d{2}:?\d{2})?$/;
const isFieldDate = (text: string): boolean => RFC_822.test(text.trim()) || ISO_8601.test(text.trim());
// A place over a date is a dateline ("BERLIN" / "2024-08-14 10:00"), not a credit.
const PLACES: ReadonlySet<string> = new Set([...countries, ...regions, ...cities]);

const rule: Rule = {
  id: 'head-fields',
  description: 'Turns the feed credit fields put under the title (an author field over a feed-written date, or the date alone) into author and published.',
  zone: 'head',
  meta: { inArticle: true, extracts: ['author', 'published'] },
  apply(ctx) {
    const all = ctx.all;
    const [first, second, third] = all;
    if (!first || !ctx.inHead(first.n)) return;
    // The date field alone, a paragraph of its own over the story.
    if (isFieldDate(first.text) && second && second.block !== first.block) {
      if (takeDate(ctx, first, first.text.trim())) ctx.remove(first);
      return;
    }
    // The author field over the date field, the two a paragraph of their own over the story.
    if (!second || !third || second.block !== first.block || third.block === first.block || !isFieldDate(second.text)) return;
    if (PLACES.has(first.text.trim().toLowerCase()) || !datelineOf(second.text.trim(), ctx.now)) return;
    const credit = readCredit(first.text, { placed: true, site: ctx.site, hostLabels: ctx.hostLabels });
    if (!credit) return;
    takeDate(ctx, second, second.text.trim());
    takeCredit(ctx, first, credit, undefined, true);
    ctx.remove(first);
    ctx.remove(second);
  },
};
export default rule;
