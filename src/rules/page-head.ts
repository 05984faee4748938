import { family, mayOpenWith, wholeLine, type Family } from '../phrases/match.js';
import { archiveHeadings, donationCalls, followTopic, headerLabels, loadingPlaceholders } from '../phrases/page-chrome.js';
import { widgetLabels } from '../phrases/widgets.js';
import type { LineRef, Rule, RuleContext } from '../rule.js';
import { readCredit } from '../metadata/credit/credit.js';
import { BYLINE_PREFIX } from '../metadata/credit/names.js';
import { dateLineWeight } from '../metadata/dates/dates.js';
import { countWords, endsLikeSentence, key } from '../text/fold.js';
import { isSiteName } from '../metadata/credit/names.js';
import { publicationEndings } from '../phrases/publication-words.js';
import { datedCredit, datelineOf, takeCredit } from './tail-byline.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const NOT_LETTERS = /[^\p{L}]+/u;

// A saved web page flattened to text opens with the page's chrome (site name, section, render date,
// follow and share rows, a donation box) and only then the headline, its byline and date, the
// story. The headline is told by what surrounds it, never by its words: it recurs further down
// (the page repeats it as a link, or bare under a rubric), a byline or date follows it, or the lead
// paragraph does while the title line above is no headline (an archive heading, a follow widget).
// Once it is found, the short lines above it are chrome, and the dates, bylines and labels between
// it and the story are its metadata.
const WINDOW = 16;
/** A line this long is the story (a lead, a standfirst, a caption), never chrome. */
const LEAD_WORDS = 15;
const MAX_HEADLINE_WORDS = 25;
const LEAD_ONLY_DEPTH = 3;
/** A label in the head, between headline and story: a few words, no sentence. */
const LABEL_WORDS = 8;
const URL_IN = /\b(?:https?:\/\/|www\.)\S/i;

const ARCHIVE = family(archiveHeadings);
const FOLLOW = family(followTopic);
const LOADING = family(loadingPlaceholders);
const WIDGETS = family(widgetLabels, String.raw`(?:\s*\d+)?`);
const CHROME = [family(donationCalls, String.raw`\s*\d*`), family(headerLabels, String.raw`\s*\d*`)];
// The font-size control: "- A +", "A- A+", "A A A".
const FONT_SIZE = /^(?:[-\u2013\u2212]\s*A\s*\+|A\s*[-\u2013\u2212]\s*A\s*\+?|A\s+A\s+A|A-\s*A\s*A\+)$/;
// A loader's word glued to the caption after it: "loadingThe minister…".
const GLUED = /^([\p{Ll}\p{Lu}][\p{Ll}.…]+)(?=\p{Lu}\p{Ll})/u;

/** A line as read: without Markdown heading marks, link targets or emphasis ("[ Back to Blog ](/blog)"). */
function plain(text: string): string {
  return text
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\[\s*([^\]]*?)\s*\]\([^)]*\)/g, '$1')
    .replace(/^[*_]+|[*_]+$/g, '')
    .trim();
}

export function isChromeTitle(text: string): boolean {
  return wholeLine(ARCHIVE, text) !== null || wholeLine(FOLLOW, text) !== null;
}

function chrome(text: string): string | null {
  const t = plain(text);
  if (FONT_SIZE.test(t)) return '';
  for (const f of [...CHROME, LOADING] as Family[]) {
    const hit = wholeLine(f, t);
    if (hit) return hit.lang;
  }
  return null;
}

const words = (l: LineRef | undefined): number => (l ? countWords(l.text, LEAD_WORDS + 10) : 0);
/** A paragraph of the story: long, with a sentence in it. */
const prose = (l: LineRef | undefined): boolean => words(l) >= LEAD_WORDS && (endsLikeSentence(l?.text ?? '') || /[.!?…]["”»)]?\s+\S/u.test(l?.text ?? ''));
/**
 * The story opens at line `i`: a long line, or a short one that kept its line break (a block of
 * plain text is not joined when its first line is that short) with the long line under it.
 */
function storyAt(all: readonly LineRef[], i: number): boolean {
  const first = all[i];
  const next = all[i + 1];
  return prose(first) || (first !== undefined && next?.block === first.block && prose(next));
}
const alone = (all: readonly LineRef[], i: number): boolean => all[i - 1]?.block !== all[i]?.block && all[i + 1]?.block !== all[i]?.block;

// A breadcrumb row of the page's header: "DCLM.ES · Castilla-La Mancha · La Ventana de CLM".
const CRUMBS = /\s+(?:[·|›»>/\u2022]|&gt;|&raquo;)\s+/u;
const DOMAIN_NAME = /^[\p{L}\d](?:[\p{L}\d-]*[\p{L}\d])?(?:\.[\p{L}\d-]+)*\.\p{L}{2,}$/u;
// What a masthead's tagline says the site brings: its news, stories, updates (with the publication words).
const TAGLINE_WORDS = new Set([...publicationEndings, 'updates', 'stories', 'headlines', 'articles', 'coverage', 'actualités', 'notícias', 'nachrichten', 'berita', 'noticias']);
/** The chrome's own evidence is weaker than a footer's, let alone the page's declared name. */
const MASTHEAD_WEIGHT = 30;

/** A tagline under the site's name: a sentence of a few words about its news ("Access real-time … news updates from around the globe."). */
function tagline(l: LineRef | undefined): boolean {
  if (!l) return false;
  const w = l.text.toLowerCase().split(NOT_LETTERS).filter(Boolean);
  return w.length >= 5 && w.length < LEAD_WORDS && w.some((x) => TAGLINE_WORDS.has(x) || TAGLINE_WORDS.has(x.replace(/s$/, '')));
}

/**
 * The site's name in the chrome above the headline: the first crumb of a breadcrumb row when it
 * is the site's address ("DCLM.ES · Castilla-La Mancha · …"), or a name with its tagline under it
 * (the masthead: "Decentral Block Post" / "Access real-time blockchain … news updates …").
 */
function masthead(ctx: RuleContext, chromeLines: readonly LineRef[]): void {
  for (let i = 0; i < chromeLines.length; i++) {
    const line = chromeLines[i] as LineRef;
    const text = plain(line.text);
    const crumbs = text.split(CRUMBS);
    if (crumbs.length >= 2 && DOMAIN_NAME.test(crumbs[0] ?? '')) return ctx.meta('site', crumbs[0] as string, line, MASTHEAD_WEIGHT);
    const name = crumbs.length === 1 && isSiteName(text, 5) && chrome(line.text) === null && datelineOf(text, ctx.now) === null;
    if (name && tagline(chromeLines[i + 1])) return ctx.meta('site', text, line, MASTHEAD_WEIGHT);
  }
}

/** The headline's text, and after a rubric glued to it ("RUBRIC:Headline"), the headline alone. */
function keys(raw: string): string[] {
  const text = plain(raw);
  const out = [key(text)];
  const glued = /^[^:]{3,60}:\s*(\S.{10,})$/u.exec(text);
  if (glued?.[1]) out.push(key(glued[1]));
  return out;
}

function headlineShaped(text: string): boolean {
  const t = text.trim();
  // Counted no further than a headline's most: the window holds the story's first paragraphs.
  const n = countWords(t, MAX_HEADLINE_WORDS + 1);
  // A full stop ends a sentence, unless it closes an abbreviation ("… Deutschland e.V.").
  // A headline never carries a link: a line with one is a credit or a footer ("Originally published at URL").
  // Nor does it open like a byline ("Submitted by …"): the text reader never takes such a line for
  // the title, so a second run, finding it on top, would not either.
  return n >= 3 && n <= MAX_HEADLINE_WORDS && !URL_IN.test(t) && !BYLINE_PREFIX.test(t) && !/[;:,]$/.test(t) && (!t.endsWith('.') || /\.\S+\.$/.test(t)) && datelineOf(t) === null && chrome(t) === null && readCredit(t) === null;
}

/**
 * Whether some line of `lines` reads as one of `own` (keys()). A line many times longer than the
 * longest of them cannot fold to it, and is not folded: a paragraph is the story's (folding every
 * paragraph for every candidate was a tenth of a text dump's cleaning). A line with Markdown links
 * is, since plain() drops their targets.
 */
function holdsKey(lines: readonly LineRef[], own: readonly string[]): number {
  const longest = Math.max(...own.map((k) => k.length));
  return lines.findIndex((l) => (l.text.length <= 8 * longest + 64 || l.text.includes('](')) && own.includes(key(plain(l.text))));
}

/** Whether the headline at `i` recurs lower down (not as the very next line: that is a caption's copy). */
function recurs(all: readonly LineRef[], i: number): boolean {
  return holdsKey(all.slice(i + 2), keys(all[i]?.text ?? '')) >= 0;
}

/** A byline or a date line standing alone under the headline, the story right after it. */
function creditedBelow(ctx: RuleContext, i: number): boolean {
  const all = ctx.all;
  const next = all[i + 1];
  if (!next || !alone(all, i + 1) || !prose(all[i + 2])) return false;
  return datelineOf(next.text, ctx.now) !== null || readCredit(next.text, { site: ctx.site })?.kind === 'person' || datedCredit(ctx, next.text)?.kind === 'person';
}

/**
 * A line that may be a page's chrome above its headline: a label, a name, a date, a menu. A
 * sentence of more than a label's words is not: it is the headline a reader turned down (two
 * sentences, "… They just might be.") or the story, and the lead alone is too little evidence to
 * take a short line under it for the headline and drop it.
 */
const chromeLike = (l: LineRef): boolean => words(l) <= LABEL_WORDS || !endsLikeSentence(l.text);

/** Where the headline is among the first lines, or -1. */
function findHeadline(ctx: RuleContext): number {
  const all = ctx.all;
  const titled = ctx.title !== null && !isChromeTitle(ctx.title);
  for (let i = 0; i < Math.min(all.length, WINDOW); i++) {
    const line = all[i] as LineRef;
    if (line.code || !alone(all, i) || !headlineShaped(line.text)) continue;
    // A real title line above: only a headline that recurs, with the story under it and nothing but chrome above, replaces it.
    if (titled) {
      if (i > 0 && recurs(all, i) && prose(all[i + 1]) && all.slice(0, i).every((l) => words(l) < LEAD_WORDS)) return i;
      // The title itself again, a byline or date under it and the story after: the headline, under
      // a box the page sets first (a fact-check's claim card, a kicker), which goes as chrome as
      // any short line above a headline does; a paragraph above it stays.
      if (i > 0 && keys(line.text).includes(key(plain(ctx.title as string))) && creditedBelow(ctx, i)) return i;
      continue;
    }
    // The lead alone is weaker evidence: only for a headline near the top, under a line or two of chrome.
    // A repeat alone is no headline: furniture repeats too ("submitted by /u/x" at the top and the
    // bottom); the story must start within the few lines of labels under it.
    const storyBelow = all.slice(i + 1, i + 2 + LABEL_WORDS).some(prose);
    if ((recurs(all, i) && storyBelow) || creditedBelow(ctx, i) || (i < LEAD_ONLY_DEPTH && storyAt(all, i + 1) && all.slice(0, i).every(chromeLike))) return i;
  }
  return -1;
}

/** The dates, bylines, labels and repeats between the headline at `h` and the story. */
/** The parts of the breadcrumb rows above the headline, as keys. */
function crumbsAbove(all: readonly LineRef[], h: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < h; i++) {
    const crumbs = plain((all[i] as LineRef).text).split(CRUMBS);
    if (crumbs.length >= 2) for (const c of crumbs) out.add(key(c));
  }
  return out;
}

// `all` is the line list as it stood before this rule removed anything: ctx.all drops removed lines.
function belowHeadline(ctx: RuleContext, all: readonly LineRef[], h: number, headline: readonly string[]): void {
  const stretch: LineRef[] = [];
  for (let i = h + 1; i < all.length && stretch.length < LABEL_WORDS && words(all[i]) < LEAD_WORDS; i++) stretch.push(all[i] as LineRef);
  let dated = false;
  let credited = false;
  const sections = crumbsAbove(all, h);
  const found = stretch.map((line) => {
    const text = plain(line.text);
    if (headline.includes(key(text))) return true;
    const date = datelineOf(text, ctx.now);
    if (date) {
      if (!dated) ctx.meta('published', date.iso, line, dateLineWeight(date, 60), date.dayFirst);
      dated = true;
      return true;
    }
    const credit = credited ? null : readCredit(text, { site: ctx.site });
    if (credit) {
      // "La Ventana de CLM en Castilla-La Mancha" under the headline names the section the
      // breadcrumb above ends with ("DCLM.ES · Castilla-La Mancha · La Ventana de CLM"), not a writer.
      if (sections.has(key(credit.name))) ctx.note(`"${credit.name}" is a section of the page's breadcrumb, not a writer`, line);
      else takeCredit(ctx, line, credit);
      credited = true;
      return true;
    }
    return chrome(line.text) !== null;
  });
  if (!found.some(Boolean)) return;
  stretch.forEach((line, i) => {
    const label = countWords(line.text) <= LABEL_WORDS && !/[.!?:]$/.test(line.text.trim());
    if (found[i] || label) ctx.remove(line, chrome(line.text) || undefined);
  });
}

/** A loader's placeholder word, glued to the caption after it or alone. */
function loadingWords(ctx: RuleContext): void {
  const all = ctx.all;
  // Above the story only: further down an ad slot's "Loading…" is ad-slot's.
  const story = all.findIndex((l, i) => i > 0 && prose(l));
  for (const line of all.slice(0, story === -1 ? WINDOW : Math.min(story, WINDOW))) {
    const hit = wholeLine(LOADING, line.text.trim());
    if (hit) {
      ctx.remove(line, hit.lang);
      continue;
    }
    // The glued word is a loading word, which opens the line: most lines open with none.
    const start = line.text.trimStart();
    const glued = mayOpenWith(LOADING, start) ? GLUED.exec(start) : null;
    const word = glued?.[1] ? wholeLine(LOADING, glued[1]) : null;
    if (glued?.[1] && word) ctx.cut(line, 0, line.text.indexOf(glued[1]) + glued[1].length, word.lang);
  }
}

/** The title repeated lower in the head: what lies between is the page's, but for the standfirst. */
function repeatedTitle(ctx: RuleContext): void {
  const all = ctx.all;
  if (ctx.title === null) return;
  const title = keys(ctx.title);
  const r = holdsKey(all.slice(1, WINDOW), title) + 1;
  if (r <= 0 || !all.slice(r + 1, r + WINDOW).some(prose)) return;
  const between = all.slice(0, r);
  // Only where the page's own widgets stand between them: a short line could be the post's.
  if (!between.some((l) => chrome(l.text) !== null || wholeLine(WIDGETS, plain(l.text)) !== null)) return;
  for (const line of between) if (words(line) < LEAD_WORDS) ctx.remove(line, chrome(line.text) || undefined);
  ctx.remove(all[r] as LineRef);
  belowHeadline(ctx, all, r, title);
}

const rule: Rule = {
  id: 'page-head',
  description: 'Finds the headline of a saved page under its chrome (site name, nav, render date, follow and donation boxes), removes that chrome and reads the byline and date under the headline.',
  zone: 'anywhere',
  meta: { inArticle: true, extracts: ['title', 'author', 'published'] },
  apply(ctx) {
    // The page's head is read once: in a later pass the story's first lines stand where it was.
    if (ctx.removals.some((r) => r.rule === 'page-head')) return;
    loadingWords(ctx);
    const h = findHeadline(ctx);
    if (h === -1) {
      repeatedTitle(ctx);
      return;
    }
    const all = ctx.all;
    const headline = all[h] as LineRef;
    const own = keys(headline.text);
    // A setext heading's underline ("Headline" / "======") reads as part of its line.
    ctx.meta('title', headline.text.replace(/\s+(?:={3,}|-{3,})\s*$/, '').trim(), headline, 40);
    masthead(ctx, all.slice(0, h).filter((l) => words(l) < LEAD_WORDS));
    for (const line of all.slice(0, h)) {
      if (words(line) >= LEAD_WORDS) continue;
      // A date above the headline is the story's, unless one stands under it: above, it may be the day the page was rendered.
      const date = datelineOf(line.text, ctx.now);
      if (date) ctx.meta('published', date.iso, line, dateLineWeight(date, 20), date.dayFirst);
      ctx.remove(line, chrome(line.text) || undefined);
    }
    ctx.remove(headline);
    belowHeadline(ctx, all, h, own);
    // Lower down, the page links to the post under its headline again ("Headline" / "Continue reading").
    for (const line of all.slice(h + 1)) if (ctx.inTail(line.n) && own.includes(key(line.text))) ctx.remove(line);
  },
};
export default rule;
