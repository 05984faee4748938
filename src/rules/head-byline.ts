import type { LineRef, Rule, RuleContext } from '../rule.js';
import { isAgency, readCredit, withoutBylinePrefix } from '../metadata/credit/credit.js';
import { dateLabel, dateLine, parseDate } from '../metadata/dates/dates.js';
import { isAgeLine } from '../metadata/dates/relative.js';
import { countWords, fold, isProse, spaceSeparated } from '../text/fold.js';
import { isName } from '../metadata/credit/names.js';
import { ROLE_WORDS as ROLE_VOCABULARY } from '../metadata/credit/words.js';
import { readingTimeLang } from '../text/reading-time.js';
import { bylineRoles } from '../phrases/byline-roles.js';
import { taxonomyLabels } from '../phrases/taxonomy.js';
import { family, wholeLine } from '../phrases/match.js';
import { aboveStory } from './head-label.js';
import { datelineOf, prefixedWithDate, takeCredit, takeDate } from './tail-byline.js';
import { commentPrompt } from './comment-count.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const WORD_STOP = /\p{L}{2}\.$/u;

// Bylines and datelines at the top of the body:
//   "By Jane Doe", "Por Ana Ruiz", "Par Michel Gay.", "Автор: Иван Петров" (prefixes: src/metadata/credit/words.ts),
//   "By Jane Doe on July 2, 2021 at 2:45 am" (Feedzy listings), "Posted by Jane Doe at 9:12 PM, June 3, 2005",
//   "Jane Doe · 5 min read · Mar 5, 2024" (Medium and its imitators),
//   "Authored by Lawrence Wilson via The Epoch Times," (ZeroHedge guest posts), alone or glued to the first sentence,
//   "Submitted by admin3 on Thu, 11/22/2018 - 16:22" (Drupal), "Published on: 2021-07-02",
//   theme meta rows ("January 18, 2019 / Jane Doe / News / 3 Comments", "Jane Doe · Follow · 5 min
//   read · Jan 18, 2019", "Ana Ruiz | Madrid | 18 ene 2019"), "Jana Roth, 18. Januar 2019",
//   a newsroom credited alone ("Redazione"),
//   a bare name next to a date line, a bare name alone between the headline and the story,
//   or a date alone on its line.
const SUBMITTED = /^submitted by (.{1,40}?) on (.+)$/i;
const AUTHORED = /^authored by (.+?)(?: via (.+?))?[,:]$/i;
const AUTHORED_GLUED = /^authored by ([^,]{3,60}?) via ([^,]{2,60}),\s+(?=\p{Lu})/iu;
// Parts of a one-line credit: "Jane Doe · 5 min read · Mar 5, 2024", "Jane Doe | March 5, 2024".
const PART_SEPARATOR = /\s+[·•|]\s+|\s+[\u2013\u2014]\s+/;
const ROW_HYPHEN = /\s+-\s+/;
const ROW_SLASH = /\s+\/\s+/;
const MAX_PARTS = 5;
// "Categoria: Saúde", "Tags: budget, harbour": a row's taxonomy parts (src/phrases/taxonomy.ts).
const TAXONOMY = family(taxonomyLabels, String.raw`\s*\S.*`);

/** "5 min read", "Reading time: 5 minutes", "Lesezeit: 4 Minuten" (src/text/reading-time.ts). */
function isReadingTime(text: string): boolean {
  return readingTimeLang(text) !== null;
}
// A bare name with no date is taken only when prose follows it: the story's first paragraph.
const PROSE = 80;

function dated(ctx: RuleContext, text: string): boolean {
  return parseDate(text.replace(/^(?:on|at) /i, ''), { now: ctx.now }) !== null;
}

/**
 * "Jane Doe · 5 min read · Mar 5, 2024": a name part, a date part, reading times, nothing else;
 * or a theme's whole meta row, whose other parts are its taxonomy ("05/10/2018 - Publicado por:
 * Clarissa Borba - Categoria: Saúde - Tags: …"). Spaced hyphens part a row with a date in it only.
 */
function composite(ctx: RuleContext, line: LineRef, text: string): boolean {
  // At most one part past the most a row has: a paragraph of a page's <br> lines split whole was
  // an array of 130,000 parts, given up on for its length.
  let parts = text.split(PART_SEPARATOR, MAX_PARTS + 1);
  const weak = parts.length < 2 ? (ROW_HYPHEN.test(text) ? ROW_HYPHEN : ROW_SLASH.test(text) ? ROW_SLASH : null) : null;
  if (weak) parts = text.split(weak, MAX_PARTS + 1);
  if (parts.length < 2 || parts.length > MAX_PARTS) return false;
  // A part may carry its label: "Published March 5, 2024 · By Jane Doe"; or its credit too:
  // "January 18, 2019 by Jane Doe · 3 comments".
  // A post's age is the row's date too, dated only with --now ("Jane Doe · 2 hours ago").
  const date = parts.find((p) => dated(ctx, p) || datelineOf(p, ctx.now) !== null || isAgeLine(p.trim()));
  const both = date ? null : parts.find((p) => dateLine(p, { now: ctx.now })?.by !== undefined);
  if (weak && !date && !both) return false;
  const rest = parts.filter((p) => p !== date && p !== both && !isReadingTime(p.trim()) && wholeLine(TAXONOMY, p.trim()) === null && !rowWords(p.trim()));
  const credits = rest.map((p) => readCredit(p, { site: ctx.site }));
  const credit = credits.find(Boolean) ?? null;
  if (both) {
    // The date's part names the writer; the rest must be the row's words only.
    if (rest.length > 0) return false;
    const row = { ...line, text: both, folded: fold(both) };
    return prefixedWithDate(ctx, row);
  }
  // One part names the writer; with a date in the row, the others may be a section or a place
  // ("Jane Doe | Madrid | 18 ene 2019", "Jane Doe | January 18, 2019 | News"), a word or three each.
  const others = rest.filter((_, i) => !credits[i]);
  const extras = others.length === 0 || (date !== undefined && others.length <= 2 && others.every(shortLabel));
  if (!credit || credits.filter(Boolean).length > 1 || !extras || (!date && rest.length === parts.length)) return false;
  if (date) takeDate(ctx, line, date.replace(/^(?:on|at) /i, ''));
  takeCredit(ctx, line, credit);
  return true;
}

// The words a theme's meta row prints beside the byline: "Follow", "3 Comments", "Leave a comment",
// "Posted in News", "Filed under Politics".
const ROW_WORDS = /^(?:follow|subscribe|(?:posted|filed|published) (?:in|under) [^\d,;:.!?]{1,40}|in [^\d,;:.!?]{1,40})$/iu;
const rowWords = (part: string): boolean => ROW_WORDS.test(part) || commentPrompt(part) !== null;
/** A section or a place in a meta row: a word or three, no digits, no sentence punctuation. */
const shortLabel = (part: string): boolean => countWords(part, 4) <= 3 && !/[\d.!?;:,"“”]/u.test(part.trim());

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
  const rest = withoutBylinePrefix(text);
  const credit = rest === null ? null : readCredit(text, { site: ctx.site });
  if (credit) {
    takeCredit(ctx, line, credit);
    return true;
  }
  return prefixedWithDate(ctx, line, nearTitle(ctx, line)) || composite(ctx, line, text);
}

/**
 * The first line or two under the headline: where a name, a comma and a date with no byline's
 * prefix ("Jana Roth, 18. Januar 2019") can only be the credit (tail-byline's dateAfterCredit says
 * which names count).
 */
function nearTitle(ctx: RuleContext, line: LineRef): boolean {
  const i = ctx.all.findIndex((l) => l.n === line.n);
  return i >= 0 && i <= 1 && ctx.all.slice(0, i).every((l) => !isProse(l.text));
}

/** "Authored by X via Y, The first sentence…": the credit leaves, the sentence stays. */
function gluedAuthored(ctx: RuleContext, line: LineRef): boolean {
  const m = AUTHORED_GLUED.exec(line.text);
  if (!m?.[1] || !isName(m[1])) return false;
  ctx.meta('author', m[1], line);
  if (m[2]) ctx.note(`republished from ${m[2]}`, line);
  ctx.cut(line, 0, m[0].length);
  return true;
}

const THEMATIC_BREAK = /^(?:[-*_=~•·]\s*){3,}$/;
const OPENS_WITH_ARTICLE = /^(?:a|an|the|le|la|les|un|une|der|die|das|ein|eine|el|los|las|il|lo|gli|o|os|as|het|de|een)\s/i;

/** Whether `line` is a paragraph of its own among the live lines. */
function alone(all: readonly LineRef[], i: number): boolean {
  const block = all[i]?.block;
  return block !== undefined && all[i - 1]?.block !== block && all[i + 1]?.block !== block;
}

/**
 * A name standing alone: with a date line right above or below it, or between the headline and
 * the story's first paragraph ("Rıfat DOĞAN" under the dek). Either way strictly a name.
 */
// The headline or its standfirst sits above (i > 0): a name right under the title line is as
// likely a subheading ("Post Content").
function bareName(ctx: RuleContext, line: LineRef): boolean {
  const all = ctx.all;
  const i = all.findIndex((l) => l.n === line.n);
  if (i < 0) return false;
  const text = line.text.trim();
  // A short sentence ("Definitely Want.") or a role alone ("SENIOR EDITOR", a job ad's heading)
  // looks like a name; a name alone ends in no full stop but an initial's.
  if (WORD_STOP.test(text) && !/\b(?:jr|sr)\.$/iu.test(text)) return false;
  if (text.split(/\s+/).every((w) => ROLE_VOCABULARY.has(w.toLowerCase()))) return false;
  const credit = isName(line.text) ? readCredit(line.text, { site: ctx.site }) : null;
  if (!credit) return false;
  const next = all[i + 1];
  const prev = all[i - 1];
  // Right under the title line a name is as likely a subheading, unless its date is in its paragraph.
  if (i === 0 && next?.block !== line.block) return false;
  for (const other of [next, prev]) {
    // A pair closing a short body is the dump's own credit: tail-byline reads those.
    if (other && other.block === line.block && other !== all[all.length - 1] && datelineOf(other.text, ctx.now)) {
      takeDate(ctx, other, other.text);
      ctx.remove(other);
      takeCredit(ctx, line, credit);
      return true;
    }
  }
  if (!alone(all, i) || next === undefined || next.text.length < PROSE || !/[.!?…"”»]$/.test(next.text.trim())) return false;
  // Without a date, only where a credit stands (under the headline and its dek), never after a
  // section break, and never a heading that opens with an article ("A Subheading", "The Plan").
  if (i > 2 || (prev && THEMATIC_BREAK.test(prev.text.trim())) || OPENS_WITH_ARTICLE.test(line.text.trim())) return false;
  takeCredit(ctx, line, credit);
  return true;
}

// A newsroom credited alone under the headline: "Redazione", "La Rédaction", "Staff".
const NEWSROOM = new Set(['staff', 'newsroom', 'redazione', 'redaktion', 'redacción', 'redaccion', 'redação', 'redacao', 'rédaction', 'redaction', 'redactie', 'redakcja', 'redakce', 'redaksi', 'редакция', 'редакція', '编辑部', '編輯部', 'editorial']);
const NEWSROOM_ARTICLES = new Set(['la', 'die', 'de', 'the', 'a']);

const MAX_NEWSROOM_LINE = 40;

function newsroomLine(ctx: RuleContext, line: LineRef): boolean {
  if (line.text.length > MAX_NEWSROOM_LINE) return false;
  const tokens = line.text.trim().toLowerCase().split(/\s+/);
  if (tokens.length > 3 || !tokens.some((t) => NEWSROOM.has(t)) || !tokens.every((t) => NEWSROOM.has(t) || NEWSROOM_ARTICLES.has(t))) return false;
  const all = ctx.all;
  const i = all.findIndex((l) => l.n === line.n);
  const next = all[i + 1];
  if (i < 0 || i > 1 || !alone(all, i) || !next) return false;
  ctx.note(`credited to ${line.text.trim()}, not a person`, line);
  return true;
}

const ROLES = family(bylineRoles, String.raw`\s*\.?`);
/** A title is a word or a few ("Senior Political Correspondent"); more is a description of someone. */
const ROLE_WORDS = 4;

// A name and its title parted by a comma, a pipe, a slash or a dash: "Jane Doe, Staff Writer",
// "Jane Doe | Staff Writer", "Jane Doe — Senior Editor", "Jane Doe / Reuters".
const ROLE_SEPARATOR = /,\s*|\s+[|\u2013\u2014/-]\s+/g;

/**
 * "Jane Doe, Staff Writer", "Juan Pérez, corresponsal": a name and a newsroom title (src/phrases/
 * byline-roles.ts) over the story. Without a byline's prefix only the title says it is a credit,
 * so it must be one as a whole, and the line must stand above the story: at the end "— Jane Doe,
 * resident" closes a quotation, and "Paris, France" or "Harbour Bank, Inc." names no writer.
 */
function nameWithRole(ctx: RuleContext, line: LineRef): boolean {
  const text = line.text.trim();
  let sep: RegExpExecArray | null = null;
  for (const m of text.matchAll(ROLE_SEPARATOR)) sep = m as RegExpExecArray;
  if (!sep) return false;
  const comma = sep.index;
  const role = text.slice(comma + sep[0].length).trim();
  // The title may be the writer's agency ("Jane Doe / Reuters", "Jane Doe - AFP").
  if (countWords(role, ROLE_WORDS + 1) > ROLE_WORDS || OPENS_WITH_ARTICLE.test(role) || !(wholeLine(ROLES, role) || isAgency(role))) return false;
  const name = text.slice(0, comma).trim();
  const bare = withoutBylinePrefix(name) ?? name;
  if (!isName(bare) || !aboveStory(ctx.all, line)) return false;
  const credit = readCredit(bare, { site: ctx.site });
  if (credit?.kind !== 'person') return false;
  takeCredit(ctx, line, credit);
  return true;
}

/**
 * A page's meta block puts a byline's label on a line of its own and the name on the next
 * ("Author:" / "Jane Doe"): the two are read as one line, and go together. A label left with no
 * value under it ("Publish date:" over the story) is the block's too.
 */
function labelOverValue(ctx: RuleContext, line: LineRef, named: boolean): 'credit' | 'empty' | null {
  // A meta row whose value went with its markup keeps the separator it had: "Posted: |".
  const text = line.text.trim().replace(/(?<=[:：])[\s|·•/\u2013\u2014-]+$/u, '');
  // "By" alone: a page's byline whose names were links into an author box that went with it.
  const bare = isBareByline(text);
  const bylineLabel = bare || isBylineLabel(text);
  if (!bylineLabel && dateLabel(text) === null) return null;
  // A bare "By" is read with the name under it even across a blank line (a page's <em>By</em> and <a>name</a>).
  const value = ctx.nextInBlock(line) ?? (bare ? ctx.all[ctx.all.indexOf(line) + 1] : undefined);
  // A label over the next label, or over nothing, is empty; a label over a date is labelled-date's.
  if (value === undefined || isLabel(value.text.trim())) return 'empty';
  if (!bylineLabel || named) return bare ? 'empty' : null;
  const joined = `${text} ${value.text.trim()}`;
  if (!byline(ctx, { n: line.n, text: joined, folded: fold(joined), block: line.block, code: false })) {
    // The label says the value is a credit: a desk's ("Editorial Staff") counts, as a note.
    const credit = readCredit(joined, { site: ctx.site, placed: true });
    if (!credit) return bare ? 'empty' : null;
    takeCredit(ctx, line, credit);
  }
  ctx.remove(value);
  return 'credit';
}

/** "Author:", "Por:": a byline's prefix and nothing after it. */
const isBylineLabel = (text: string): boolean => withoutBylinePrefix(text) === '' && /[:：]$/u.test(text);
const isBareByline = (text: string): boolean => !/\s/u.test(text) && /^\p{Lu}/u.test(text) && withoutBylinePrefix(`${text} x`) === 'x';
const isLabel = (text: string): boolean => isBylineLabel(text) || dateLabel(text) !== null;

const rule: Rule = {
  id: 'head-byline',
  description: 'Turns a byline or dateline at the top ("By Jane Doe", "Por Ana Ruiz", "Jane Doe · 5 min read · Mar 5, 2024", "Posted on <date> by X", a date alone) into author and published; drops a lone reading time.',
  zone: 'head',
  meta: { inArticle: true, extracts: ['author', 'published'] },
  apply(ctx) {
    // A dateline opens the body or follows the byline. A date alone after kept text ("Title" /
    // "A standfirst." / "July 2, 2021") is more likely part of the story: keep it.
    let openerAbove = true;
    let named = false;
    for (const line of ctx.lines) {
      if (!named && AUTHORED_GLUED.test(line.text) && !AUTHORED.test(line.text.trim())) {
        named = gluedAuthored(ctx, line);
        if (named) continue;
      }
      // A reading time alone ("5 min read") is the byline's companion: it goes, and a date may still follow.
      if (isReadingTime(line.text.trim())) {
        ctx.remove(line);
        continue;
      }
      const labelled = labelOverValue(ctx, line, named);
      if (labelled) {
        ctx.remove(line);
        named ||= labelled === 'credit';
        continue;
      }
      // A heading or a picture's alt text may be a name, never a bare one's credit: only a byline's prefix makes it one.
      const credit: boolean = !named && (byline(ctx, line) || (!line.structural && (nameWithRole(ctx, line) || bareName(ctx, line) || newsroomLine(ctx, line))));
      // takeDate reads "Published on: 2021-07-02" and "on July 2, 2021" as well as a bare date.
      const taken: boolean = credit || (openerAbove && takeDate(ctx, line, line.text));
      if (taken) ctx.remove(line);
      named ||= credit;
      openerAbove = taken;
    }
  },
};
export default rule;
