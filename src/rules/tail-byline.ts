import type { LineRef, Rule, RuleContext } from '../rule.js';
import { dateLine, dateLineWeight, type DateLine } from '../metadata/dates/dates.js';
import { trailingWeekday } from '../metadata/dates/names.js';
import { agencyAlone, readCredit, siteOfDesk, withoutBylinePrefix, type Credit } from '../metadata/credit/credit.js';
import { isHeadingWords, isName } from '../metadata/credit/names.js';
import { cities, countries, regions } from '../phrases/places.js';
import { countWords, endsLikeSentence } from '../text/fold.js';
import { withoutCommentLink } from './comment-link.js';
import { isAgeLine } from '../metadata/dates/relative.js';

// Drupal feeds (ZeroHedge among them) end the item with the author field and the created date on
// the next line: "Tyler Durden" / "Fri, 07/02/2021 – 02:45". Both lines are required: a lone
// two-word capitalised line could be a heading, a lone date could be part of the story.
// A text dump keeps the two in one paragraph; an HTML body (a feed's description too) gives each
// field its own <p>, so there the pair is two paragraphs of one line each, one right after the other.

// WP RSS Aggregator's time-ago option: a dateline, though not one we can turn into a date.

/**
 * A line that is a date and nothing else, with or without a label in any language (WP RSS
 * Aggregator's "Published on: 2021-07-02", Feedzy's "on July 2, 2021 at 2:45 am", "Publié le ...").
 */
export function datelineOf(text: string, now: Date | null = null): DateLine | null {
  const date = dateLine(text, { now });
  // "Posted on <date> by <name>" carries an author as well: not a date line alone.
  return date && date.by === undefined ? date : null;
}

/**
 * The credit on `line`. The dump's own author field sits right above its date at the very end, so
 * there any credit shape counts (a login, a single name, a name in any script, an agency, a desk);
 * higher up, a name in the strict sense, since a heading above a dated paragraph looks the same.
 */
function creditOf(ctx: RuleContext, line: LineRef, dateLine: LineRef | undefined): Credit {
  // A sentence is no credit, whatever its first words look like ("Imported from China, the new
  // ferry engines arrived in March."): a credit line is a name, maybe a role, never a long clause.
  if (endsLikeSentence(line.text) && countWords(line.text, SENTENCE_WORDS + 1) >= SENTENCE_WORDS && !withoutBylinePrefix(line.text)) return null;
  const last = dateLine !== undefined && ctx.all[ctx.all.length - 1]?.n === dateLine.n;
  return readCredit(line.text, { placed: last, site: ctx.site, hostLabels: ctx.hostLabels });
}

const DESK_SITE_WEIGHT = 15;
/** Below every other site a dump states: an agency's copy runs on many sites. */
const AGENCY_SITE_WEIGHT = 5;
const SENTENCE_WORDS = 8;

/**
 * Record what a credit says: a person is the author; a desk or publication names no one, but may
 * name the site. `placed`: the credit is the dump's own author field (above its date at the end),
 * where an agency credited alone is the only publisher the dump names ("ТАСС" over a TASS story).
 */
export function takeCredit(ctx: RuleContext, line: LineRef, credit: NonNullable<Credit>, weight?: number, placed = false): void {
  if (credit.kind === 'person') return ctx.meta('author', credit.name, line, weight);
  ctx.note(`credited to ${credit.name}, not a person`, line);
  // A blog, a broadcaster or a project credited as its own author names the site, weakly: a
  // footer or the feed says it better.
  const site = siteOfDesk(credit.name);
  if (site) ctx.meta('site', site, line, DESK_SITE_WEIGHT);
  const agency = placed && !site ? agencyAlone(credit.name) : null;
  if (agency) ctx.meta('site', agency, line, AGENCY_SITE_WEIGHT);
}

// "Posted by Jane Doe at June 3, 2005 9:12 PM", "By Jane Doe on July 2, 2021", "Por Ana Ruiz el 5 de marzo".
// A comma alone parts them too: "Von Jane Doe, 05.03.2024".
const BY_ON = /^(.+?)(?:,? (?:on|at|am|le|el|em|il|op|den|[-\u2013\u2014|])|,) (.+)$/i;

/**
 * A credit and its date on one line, either way round: "By Jane Doe on July 2, 2021", or the
 * themes' "Posted on March 5, 2024 by Jane Doe" ("Publié le … par …", "Veröffentlicht am … von
 * …"). Both are taken.
 */
export function prefixedWithDate(ctx: RuleContext, line: LineRef, bare = false): boolean {
  return creditThenDate(ctx, line, bare) || dateThenCredit(ctx, line);
}

const DATE_FIRST_CREDIT = 40;

function dateThenCredit(ctx: RuleContext, line: LineRef): boolean {
  const date = dateLine(line.text, { now: ctx.now });
  // Its shape says it is a credit: a desk or an account counts ("by Port Press Office"), as a note.
  const credit = date?.by === undefined ? null : readCredit(date.by, { site: ctx.site, prefixed: true, placed: true });
  if (!date || !credit) return false;
  recordDate(ctx, line, date);
  // A theme's line names whoever posted, which can be a desk or an account ("by PIB Delhi"): an
  // author field the dump also has (its own byline pair, a feed's author) names the writer.
  takeCredit(ctx, line, credit, DATE_FIRST_CREDIT);
  return true;
}

const BARE_COMMA = /^([^,]{3,60}),\s+(.+)$/;
const DATELINE_PLACES: ReadonlySet<string> = new Set([...countries, ...regions, ...cities]);

/** A writer's name and nothing else: not a heading, not a place, not set in capitals as datelines are. */
function personNamed(name: string): boolean {
  if (!isName(name) || isHeadingWords(name) || name === name.toUpperCase()) return false;
  const k = name.toLowerCase();
  return !DATELINE_PLACES.has(k) && !DATELINE_PLACES.has(k.split(/\s+/).at(-1) ?? '');
}

// A theme's category after the date: "Posted by Jane Doe on January 18, 2019 in News".
const IN_CATEGORY = /\s+in\s+[^\d,;:.!?]{1,40}$/i;
// Blogger's "Posted by Jane Doe at 9:53 AM": the post's time, its day being in the date header above.
const TIME_ONLY = /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,5})?$/i;
// A credit is a few words: the date after it is looked for after each of its first words.
const MAX_CREDIT_WORDS = 6;

/** The date a credit's line ends with, as written: after "on", a comma or a dash, or after the name with nothing between. */
function dateAfterCredit(ctx: RuleContext, rest: string, bare: boolean): { credit: Credit; date: string | null } | null {
  // Without a byline's prefix only a comma parts the name from its date ("Jana Roth, 18. Januar
  // 2019"): "Public Hearing on January 18" is a heading, and a city with its date a dateline.
  const on = bare ? BARE_COMMA.exec(rest) : BY_ON.exec(rest);
  const read = (name: string): Credit => {
    if (!bare) return readCredit(name, { site: ctx.site, prefixed: true });
    return personNamed(name) ? readCredit(name, { site: ctx.site }) : null;
  };
  if (on?.[1] && on[2]) {
    // "By Aaron Pell Monday, March 4, 2019": the weekday is the date's, when a name of two words stays.
    const weekday = trailingWeekday(on[1]);
    const name = weekday > 0 && /\S\s+\S/u.test(on[1].slice(0, weekday).trim()) ? on[1].slice(0, weekday).trim() : on[1];
    const written = on[2].replace(/^(?:on|at) /i, '');
    const date = datelineOf(written, ctx.now) || isAgeLine(written.trim()) ? written : IN_CATEGORY.test(written) && datelineOf(written.replace(IN_CATEGORY, ''), ctx.now) ? written.replace(IN_CATEGORY, '') : null;
    if (date || (!bare && TIME_ONLY.test(written.trim()))) {
      const credit = read(name);
      if (credit) return { credit, date };
    }
  }
  // "By Jane Doe Jan 18, 2019", "By Jane Doe Published January 18, 2019", "作者：王小明 2019-01-18 09:53".
  if (bare) return null;
  const words = rest.split(/\s+/);
  for (let k = 1; k <= MAX_CREDIT_WORDS && k < words.length; k++) {
    const date = words.slice(k).join(' ');
    if (!/\d/.test(date) || !(datelineOf(date, ctx.now) || isAgeLine(date))) continue;
    const credit = read(words.slice(0, k).join(' '));
    if (credit) return { credit, date };
  }
  return null;
}

/** The credit of a prefixed byline that ends with its date ("By Jane Doe on Monday, March 4, 2019"), or null. */
export function datedCredit(ctx: RuleContext, text: string): Credit {
  const rest = withoutBylinePrefix(text);
  if (rest === null || !/\d/.test(rest)) return null;
  return dateAfterCredit(ctx, rest, false)?.credit ?? null;
}

function creditThenDate(ctx: RuleContext, line: LineRef, bare: boolean): boolean {
  const prefixed = withoutBylinePrefix(line.text);
  const rest = prefixed ?? (bare ? line.text.trim() : null);
  if (rest === null || !/\d/.test(rest)) return false;
  const found = dateAfterCredit(ctx, rest, prefixed === null);
  if (!found?.credit) return false;
  if (found.date) takeDate(ctx, line, found.date);
  takeCredit(ctx, line, found.credit);
  return true;
}

/** Record a parsed dateline as `published`, with the parser's note when it had to choose. */
export function takeDate(ctx: RuleContext, line: LineRef, text: string): boolean {
  const date = datelineOf(text, ctx.now);
  if (!date) return false;
  recordDate(ctx, line, date);
  return true;
}

function recordDate(ctx: RuleContext, line: LineRef, date: DateLine): void {
  ctx.meta('published', date.iso, line, dateLineWeight(date, 50), date.dayFirst);
  if (date.note) ctx.note(date.note, line);
}

/** Whether `line` is the only live line of its paragraph. */
function alone(all: readonly LineRef[], i: number): boolean {
  const block = all[i]?.block;
  return all[i - 1]?.block !== block && all[i + 1]?.block !== block;
}

/**
 * The line that may hold the date for the name on `line`: the next one in its paragraph, or, when
 * the name is a paragraph of its own, the next paragraph if that is one line too. A longer
 * paragraph opening with a date ("Thursday, 4 September" / "The meeting...") is the story's.
 */
function dateLineAfter(ctx: RuleContext, line: LineRef): LineRef | undefined {
  const inBlock = ctx.nextInBlock(line);
  if (inBlock) return inBlock;
  const all = ctx.all;
  const i = all.indexOf(line);
  return i >= 0 && alone(all, i) && alone(all, i + 1) ? all[i + 1] : undefined;
}

/**
 * An earlier rule (aggregator-meta takes "Published on: ..." and "2 days ago") may already have
 * removed the date line; the name right above it is still the other half of the byline. A name
 * standing alone takes the first line removed below it, up to the next live line.
 */
function datelineRemovedAfter(ctx: RuleContext, line: LineRef): boolean {
  const all = ctx.all;
  const i = all.indexOf(line);
  const until = i >= 0 && alone(all, i) ? (all[i + 1]?.n ?? Infinity) : line.n + 2;
  const below = ctx.removals.filter((r) => r.line > line.n && r.line < until && r.rule !== 'title');
  // A loop, not Math.min(...list): spread arguments overflow the stack at some 100,000 removals.
  let first = Infinity;
  for (const r of below) if (r.line < first) first = r.line;
  return below.some(
    (r) => r.line === first && ctx.inTail(r.line) && (datelineOf(r.text, ctx.now) !== null || isAgeLine(r.text)),
  );
}

const ADDRESS = /^<?(?:mailto:)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?$/;
// A news API's author field holding the writer's or the publication's profile link alone
// ("https://www.facebook.com/examplenews"), or a desk's initials in brackets ("(sb)", "(red/jd)").
const PROFILE_LINK = /^https?:\/\/[^\s/]+\.[^\s/]+(?:\/\S*)?$/i;
const DESK_INITIALS = /^\((?:\p{Ll}{1,4}[./]?){1,3}\)$/u;
// An author field printed over several lines ("Jane Doe, Contributor," / "Jane Doe, Contributor" / link).
const MAX_FIELD_LINES = 2;

/** The line right above `line` in its paragraph. */
function lineAbove(ctx: RuleContext, line: LineRef): LineRef | undefined {
  const above = ctx.all[ctx.all.indexOf(line) - 1];
  return above?.block === line.block ? above : undefined;
}

/**
 * An author field with no name in it (an address alone, a placeholder "none@none.com", a profile
 * link, a desk's initials) over the date field that closes the dump: both are the item's credit
 * fields. Lines of the same field right above a profile link ("Jane Doe, Contributor,") credit the
 * writer and go with it.
 */
function nameless(ctx: RuleContext, line: LineRef, next: LineRef): boolean {
  const text = line.text.trim();
  const link = PROFILE_LINK.test(text);
  const kind = (text.includes('@') && ADDRESS.test(text)) || link || DESK_INITIALS.test(text);
  if (!kind || ctx.all[ctx.all.length - 1]?.n !== next.n || !ctx.inTail(next.n)) return false;
  if (!takeDate(ctx, next, next.text)) return false;
  ctx.note(`credited to ${text}, without a name`, line);
  const field: LineRef[] = [];
  for (let above = lineAbove(ctx, line); link && above && field.length < MAX_FIELD_LINES; above = lineAbove(ctx, above)) field.push(above);
  ctx.remove(line);
  ctx.remove(next);
  for (const [k, above] of field.entries()) {
    const credit = readCredit(above.text.trim().replace(/,$/, ''), { placed: true, site: ctx.site });
    if (credit?.kind !== 'person') break;
    if (k === 0) takeCredit(ctx, above, credit);
    ctx.remove(above);
  }
  return true;
}

// Blogger's post footer, kept by a saved page's text: "Posted by Jane Doe at 10:30 AM" (the theme's
// timestamp is a time alone), "Eingestellt von … um 10:30", "Publié par … à 10:30", often with the
// comment link glued on ("… No comments:").
const AT_TIME = /^(.+?),? (?:at|um|à|a las|a la|en|alle|às|as|op|om|kl\.?|klo|o|v|в|на|о|lúc|vào lúc|di|pada|em) (\d{1,2}[:.]\d{2}(?:\s?[ap]\.?\s?m\.?)?)(?:\s+(?:no comments|\d+ comments?|keine kommentare|aucun commentaire|no hay comentarios|nessun commento|nenhum comentário|geen opmerkingen|inga kommentarer):?)?\.?$/iu;
const BLOGGER_CREDIT = 30;
const MAX_POSTED_AT = 200;
const HAS_TIME = /\d[:.]\d\d/u;

/** A Blogger footer line: its author is taken, weakly (the feed's author field says it better). */
function postedAtTime(ctx: RuleContext, line: LineRef): boolean {
  if (line.text.length > MAX_POSTED_AT || !HAS_TIME.test(line.text)) return false;
  const rest = withoutBylinePrefix(line.text);
  const m = rest === null ? null : AT_TIME.exec(rest);
  const credit = m?.[1] ? readCredit(m[1], { site: ctx.site, prefixed: true, hostLabels: ctx.hostLabels }) : null;
  if (!credit) return false;
  takeCredit(ctx, line, credit, BLOGGER_CREDIT);
  return true;
}

const rule: Rule = {
  id: 'tail-byline',
  description: 'Turns the credit lines at the end (an author line above a date line in any credit shape, "Posted by X at <date>", "Haber: X/CITY") into author and published.',
  zone: 'tail',
  meta: { extracts: ['author', 'published'] },
  apply(ctx) {
    for (const line of ctx.lines) if (postedAtTime(ctx, withoutCommentLink(line))) ctx.remove(line);
    for (const line of ctx.lines) {
      const next = dateLineAfter(ctx, line);
      if (next && nameless(ctx, line, next)) return;
      const credit = creditOf(ctx, line, next);
      if (!credit) continue;
      if (next && ctx.inTail(next.n) && datelineOf(next.text, ctx.now)) {
        takeDate(ctx, next, next.text);
        takeCredit(ctx, line, credit, undefined, ctx.all[ctx.all.length - 1]?.n === next.n);
        ctx.remove(line);
        ctx.remove(next);
        return;
      }
      if (credit.kind === 'person' && datelineRemovedAfter(ctx, line)) {
        takeCredit(ctx, line, credit);
        ctx.remove(line);
        return;
      }
    }
    // A prefixed credit closing the body, with its date ("Posted by Jane Doe at June 3, 2005 9:12 PM")
    // or without ("By Jane Doe", "Haber: Murat KÜÇÜK/BOLU").
    const last = ctx.all[ctx.all.length - 1];
    const credited = last && withoutCommentLink(last);
    if (last && credited && ctx.inTail(last.n) && prefixedWithDate(ctx, credited)) ctx.remove(last);
    else if (last && credited && ctx.inTail(last.n) && withoutBylinePrefix(credited.text) !== null) {
      const credit = readCredit(credited.text, { site: ctx.site, prefixed: true });
      // A desk under a byline's prefix ("By Staff", "Por Redacción") is a credit line too.
      if (credit) {
        takeCredit(ctx, last, credit);
        ctx.remove(last);
      }
    }
  },
};
export default rule;
