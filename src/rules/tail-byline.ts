import type { LineRef, Rule, RuleContext } from '../rule.js';
import { parseDate } from '../util/dates.js';
import { BYLINE_PREFIX, isName } from '../util/names.js';

// Drupal feeds (ZeroHedge among them) end the item with the author field and the created date on
// the next line: "Tyler Durden" / "Fri, 07/02/2021 – 02:45". Both lines are required: a lone
// two-word capitalised line could be a heading, a lone date could be part of the story.

function authorOf(line: LineRef): string | null {
  const text = line.text.trim().replace(BYLINE_PREFIX, '');
  return isName(text) ? text.replace(/,$/, '') : null;
}

/** Record a parsed dateline as `published`, with the parser's note when it had to choose. */
export function takeDate(ctx: RuleContext, line: LineRef, text: string): boolean {
  const date = parseDate(text);
  if (!date) return false;
  ctx.meta('published', date.iso, line);
  if (date.note) ctx.note(date.note, line);
  return true;
}

const rule: Rule = {
  id: 'tail-byline',
  description: 'Turns an author line followed by a date line at the end ("Tyler Durden" / "Fri, 07/02/2021 – 02:45") into author and published.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      const author = authorOf(line);
      const next = author ? ctx.nextInBlock(line) : undefined;
      if (!author || !next || !ctx.inTail(next.n) || !takeDate(ctx, next, next.text)) continue;
      ctx.meta('author', author, line);
      ctx.remove(line);
      ctx.remove(next);
      return;
    }
  },
};
export default rule;
