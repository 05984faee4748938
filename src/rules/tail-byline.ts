import type { LineRef, Rule, RuleContext } from '../rule.js';
import { parseDate, type ParsedDate } from '../util/dates.js';
import { BYLINE_PREFIX, isName } from '../util/names.js';

// Drupal feeds (ZeroHedge among them) end the item with the author field and the created date on
// the next line: "Tyler Durden" / "Fri, 07/02/2021 – 02:45". Both lines are required: a lone
// two-word capitalised line could be a heading, a lone date could be part of the story.

// Words a dateline may open with: WP RSS Aggregator's "Published on: 2021-07-02", Feedzy's
// "on July 2, 2021 at 2:45 am", theme meta "Posted: ...".
const DATELINE_PREFIX = /^(?:(?:published|posted|updated|date)(?: on)?:?|on)\s+/i;
// WP RSS Aggregator's time-ago option: a dateline, though not one we can turn into a date.
const TIME_AGO = /^(?:\d+|an?|one) (?:sec|second|min|minute|hr|hour|day|week|month|year)s? ago\.?$/i;

/** A line that is a date and nothing else, with or without a "Published on:" / "on" prefix. */
export function datelineOf(text: string, now: Date | null = null): ParsedDate | null {
  const t = text.trim();
  return parseDate(t, { now }) ?? parseDate(t.replace(DATELINE_PREFIX, ''), { now });
}

function authorOf(line: LineRef): string | null {
  const text = line.text.trim().replace(BYLINE_PREFIX, '');
  return isName(text) ? text.replace(/,$/, '') : null;
}

/** Record a parsed dateline as `published`, with the parser's note when it had to choose. */
export function takeDate(ctx: RuleContext, line: LineRef, text: string): boolean {
  const date = datelineOf(text, ctx.now);
  if (!date) return false;
  ctx.meta('published', date.iso, line);
  if (date.note) ctx.note(date.note, line);
  return true;
}

/**
 * An earlier rule (aggregator-meta takes "Published on: ..." and "2 days ago") may already have
 * removed the date line; the name right above it is still the other half of the byline.
 */
function datelineRemovedAfter(ctx: RuleContext, line: LineRef): boolean {
  return ctx.removals.some(
    (r) => r.line === line.n + 1 && r.rule !== 'title' && ctx.inTail(r.line) && (datelineOf(r.text, ctx.now) !== null || TIME_AGO.test(r.text)),
  );
}

const rule: Rule = {
  id: 'tail-byline',
  description: 'Turns an author line followed by a date line at the end ("Tyler Durden" / "Fri, 07/02/2021 – 02:45") into author and published.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      const author = authorOf(line);
      if (!author) continue;
      const next = ctx.nextInBlock(line);
      if (next && ctx.inTail(next.n) && takeDate(ctx, next, next.text)) {
        ctx.meta('author', author, line);
        ctx.remove(line);
        ctx.remove(next);
        return;
      }
      if (datelineRemovedAfter(ctx, line)) {
        ctx.meta('author', author, line);
        ctx.remove(line);
        return;
      }
    }
  },
};
export default rule;
