import type { LineRef, Rule, RuleContext } from '../rule.js';
import { parseDate } from '../util/dates.js';
import { spaceSeparated } from '../util/fold.js';
import { BYLINE_PREFIX, isName } from '../util/names.js';
import { takeDate } from './tail-byline.js';

// Bylines and datelines at the top of the body:
//   "By Jane Doe", "Written by Jane Doe", "By Jane Doe on July 2, 2021 at 2:45 am" (Feedzy listings),
//   "Authored by Lawrence Wilson via The Epoch Times," (ZeroHedge guest posts),
//   "Submitted by admin3 on Thu, 11/22/2018 - 16:22" (Drupal), "Published on: 2021-07-02",
//   or a date alone on its line.
const SUBMITTED = /^submitted by (.{1,40}?) on (.+)$/i;
const AUTHORED = /^authored by (.+?)(?: via (.+?))?[,:]$/i;
const BY_ON = /^(.+?),? (?:on|[-\u2013\u2014|]) (.+)$/i;

function byline(ctx: RuleContext, line: LineRef): boolean {
  // Values are taken from the line as written (curly apostrophes in names stay); dates fold themselves.
  const text = line.text.trim();
  const submitted = SUBMITTED.exec(text);
  if (submitted?.[1] && submitted[2] && parseDate(submitted[2], { now: ctx.now })) {
    takeDate(ctx, line, submitted[2]);
    ctx.meta('author', submitted[1], line);
    return true;
  }
  const authored = AUTHORED.exec(text);
  if (authored?.[1] && isName(authored[1]) && spaceSeparated(text, 15) <= 14) {
    ctx.meta('author', authored[1], line);
    if (authored[2]) ctx.note(`republished from ${authored[2]}`, line);
    return true;
  }
  if (!BYLINE_PREFIX.test(text)) return false;
  const rest = text.replace(BYLINE_PREFIX, '');
  if (isName(rest)) {
    ctx.meta('author', rest.replace(/,$/, ''), line);
    return true;
  }
  const on = BY_ON.exec(rest);
  if (on?.[1] && on[2] && isName(on[1]) && parseDate(on[2].replace(/^on /i, ''), { now: ctx.now })) {
    takeDate(ctx, line, on[2].replace(/^on /i, ''));
    ctx.meta('author', on[1], line);
    return true;
  }
  return false;
}

const rule: Rule = {
  id: 'head-byline',
  description: 'Turns a byline or dateline at the top ("By Jane Doe", "Authored by X via Y,", "Submitted by X on <date>", a date alone) into author and published.',
  zone: 'head',
  meta: { inArticle: true, extracts: ['author'] },
  apply(ctx) {
    // A dateline opens the body or follows the byline. A date alone after kept text ("Title" /
    // "A standfirst." / "July 2, 2021") is more likely part of the story: keep it.
    let openerAbove = true;
    for (const line of ctx.lines) {
      // takeDate reads "Published on: 2021-07-02" and "on July 2, 2021" as well as a bare date.
      const taken: boolean = byline(ctx, line) || (openerAbove && takeDate(ctx, line, line.text));
      if (taken) ctx.remove(line);
      openerAbove = taken;
    }
  },
};
export default rule;
