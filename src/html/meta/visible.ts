import type { AnyNode, Element } from 'domhandler';
import type { MetaField } from '../../article.js';
import { attr, classes, elements, holds, isElement, isText, textContent } from '../dom.js';
import { lineText } from '../parse.js';
import { cleanAuthor } from './author.js';
import { onlyPublished, opensPublished, opensUpdated, publicationPart, shownDate } from './date.js';
import { elsewhere, linkedElsewhere, type Place } from './place.js';
import { authorBoxHeadings } from '../../phrases/author-box.js';
import { family, wholeLine } from '../../phrases/match.js';

/**
 * Metadata the page shows rather than declares: microdata (itemprop on visible elements), rel=author
 * links, <time datetime> and elements whose class says byline, author or date. Read inside the
 * article where there is one, so that a sidebar's teaser does not lend the post its author.
 */
export interface Found {
  field: MetaField;
  raw: string;
  el: Element;
  source: 'microdata' | 'relAuthor' | 'time' | 'byline';
  /** A date the page marks as the post's update: taken only where nothing else dates it. */
  updated?: true;
}

// Every element of a page is asked, and most have no itemprop: no list to make for them.
const NONE: readonly string[] = [];
function props(el: Element): readonly string[] {
  const value = attr(el, 'itemprop');
  return value === null ? NONE : value.toLowerCase().split(/\s+/);
}
const rels = (el: Element) => (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);

// class="byline", "c-byline__author", "author-name", "entry-author", "posted-by": a credit.
export const AUTHOR_CLASS = /(?:^|[-_])(?:byline|author|authors|author-?name|posted-?by|writer|autor|auteur)(?:$|[-_])/i;
// class="date", "entry-date", "published", "post-date", "dateline", "timestamp".
// WordPress themes' "posted-on"; camelCase names ("storyDate", "publishDate") read as hyphenated.
export const DATE_CLASS = /(?:^|[-_])(?:date|datetime|dateline|datestamp|published|pubdate|post-?date|posted-?on|timestamp|time|datum|fecha)(?:$|[-_])/i;

// Unicode classes held in constants: the bundle builds a regex with \p{…} where it is written, and
// these are asked for every class and text node of a page.
const CAMEL = /(\p{Ll})(\p{Lu})/gu;
const ENDS_LOWER = /\p{Ll}$/u;
const OPENS_UPPER = /^\p{Lu}/u;
const TWO_LETTERS = /\p{L}{2}/u;
// "storyDate" as "story-Date": an ASCII class without a capital after a small letter is as it is.
const hyphenated = (c: string) => (/[a-z][A-Z]/.test(c) || /[^\x00-\x7f]/.test(c) ? c.replace(CAMEL, '$1-$2') : c);
/** Whether one of the element's classes names it as `pattern` says, camelCase read as hyphenated. */
export const named = (el: Element, pattern: RegExp) => classes(el).some((c) => pattern.test(c) || pattern.test(hyphenated(c)));
// An author box's "About the author" and bio are long; a credit is a name or two.
const LONGEST_CREDIT = 80;
// A meta row that dates the post may also credit it, count its comments and say when it changed.
const LONGEST_DATE = 160;
const INLINE = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'small', 'time', 'abbr', 'br']);

const BREAKS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'time', 'ul', 'section', 'header', 'figure', 'table', 'tr']);

/**
 * The text of `el` line by line: a block or a <br> breaks the line, and so does an element whose
 * text runs on from another's without a space ("Jane Roe" + "Staff Writer" shown as two lines).
 * A widget or teaser inside a byline's box (a broken page nests them there) is not read.
 */
function linesOf(el: Element, place: Place): string[] {
  const lines: string[] = [''];
  let last: AnyNode | null = null;
  const visit = (node: AnyNode) => {
    if (isText(node)) {
      const line = lines[lines.length - 1] ?? '';
      if (last !== null && node.parent !== last.parent && ENDS_LOWER.test(line) && OPENS_UPPER.test(node.data)) lines.push('');
      lines[lines.length - 1] += node.data;
      last = node;
    } else if (isElement(node) && node.name !== 'script' && node.name !== 'style' && !(node !== el && elsewhere(node, el, place))) {
      if (BREAKS.has(node.name)) lines.push('');
      node.children.forEach(visit);
      if (BREAKS.has(node.name)) lines.push('');
    }
  };
  visit(el);
  return lines.map(lineText).filter(Boolean);
}

// An author box's heading ("About the author", "Sobre o autor") stands over the name, naming no one.
const BOX_HEADINGS = family(authorBoxHeadings);

// A meta row's "Updated", "Published:" or date is no name.
const datedLine = (line: string) => opensUpdated(line) || onlyPublished(line) || shownDate(line) !== null;

/** The first line of `el` that names someone: a byline's name before its date. */
function firstLine(el: Element, place: Place): string {
  return linesOf(el, place).find((l) => TWO_LETTERS.test(l) && cleanAuthor(l) !== null && !wholeLine(BOX_HEADINGS, l) && !datedLine(l)) ?? '';
}

/** What dates an element: its datetime, content or value, else the part of its text that reads as a date. */
function shownDateOf(el: Element, place: Place): string | null {
  // hAtom's <abbr class="published" title="2024-03-05T10:30:00Z">March 5</abbr> keeps the date in its title.
  const given = attr(el, 'datetime') ?? attr(el, 'content') ?? attr(el, 'value') ?? (el.name === 'abbr' ? attr(el, 'title') : null);
  if (given && shownDate(given) !== null) return given;
  const text = lineText(textContent(el));
  if (!text || text.length > LONGEST_DATE) return null;
  return publicationPart(text, linesOf(el, place));
}

function microdataValue(el: Element, prop: string): string | null {
  const direct = attr(el, 'content') ?? attr(el, 'datetime');
  if (direct) return direct;
  if (prop === 'author') {
    const name = elements(el).find((d) => props(d).includes('name'));
    if (name) return attr(name, 'content') ?? lineText(textContent(name));
  }
  return lineText(textContent(el));
}

/**
 * A credit inside the byline that the byline's first line garbled: the line ran the names into the
 * next part ("Jane Roe and John Doe" + "Example Gazette": too many words for a name, the second
 * lost; "Jane Roe" + "Staff Writer"). The inner one wins when it keeps every name the line gave,
 * or the line's name holds one of its own; a role or one author of several does not.
 */
function namesMore(inner: string, outer: string): boolean {
  const names = (s: string) => (cleanAuthor(s) ?? '').split(', ').filter(Boolean);
  const had = names(outer);
  const now = names(inner);
  if (now.length === 0 || now.join() === had.join()) return false;
  return had.every((name) => now.includes(name) || now.some((n) => name.includes(n)));
}

const MICRODATA: Record<string, MetaField> = { author: 'author', creator: 'author', datepublished: 'published', headline: 'title' };

// WordPress's post_class() names the post's own box "author-<login>": a box with the headline in
// it is the post, not its byline.
const POST_BOXES = new Set(['article', 'main', 'body', 'section']);
const isPost = (el: Element) => POST_BOXES.has(el.name) || elements(el).some((d) => /^h[1-3]$/.test(d.name) && d !== el);

// hAtom's "updated", schema.org's dateModified: the day the post changed, beside the day it appeared.
const UPDATED_CLASS = /(?:^|[-_])(?:updated|modified|last-?modified|date-?modified|date-?updated|edited)(?:$|[-_])/i;
const PUBLISHED_CLASS = /(?:^|[-_])(?:published|pubdate|entry-date|post-date|date-published)(?:$|[-_])/i;
const UPDATED_PROPS = new Set(['datemodified', 'dateupdated']);

/** Whether a date element is the post's update: by its class, its itemprop, or an "Updated" just before it. */
function updated(el: Element): boolean {
  // WordPress marks a post never changed "entry-date published updated": published still.
  if (named(el, UPDATED_CLASS) && !named(el, PUBLISHED_CLASS)) return true;
  if (props(el).some((p) => UPDATED_PROPS.has(p))) return true;
  let before = '';
  for (let at = el.prev; at && before.length < 40; at = at.prev) before = `${isText(at) ? at.data : isElement(at) ? textContent(at) : ''} ${before}`;
  const label = lineText(before).split(/[|·•]/).pop()?.trim() ?? '';
  return label !== '' && opensUpdated(label) && label.length <= 30;
}

/**
 * A dateline no class names, told by its label: "First Published: Tuesday, November 19, 2019",
 * "Publicado em 05/10/2018". Only an element of inline content whose text opens with the label.
 */
function labelled(el: Element): boolean {
  const first = el.children[0];
  if (!first || !isText(first) || !opensPublished(first.data.trim())) return false;
  return el.children.every((c) => isText(c) || (isElement(c) && INLINE.has(c.name)));
}

/** Everything shown under `root`, in document order; `place` tells the article from teasers around it. */
export function visibleMeta(root: Element, place: Place = {}): Found[] {
  const found: Found[] = [];
  let credit: Found | null = null;
  let dated = false;
  const away = (el: Element) => elsewhere(el, root, place);
  for (const el of elements(root)) {
    if (el.name === 'meta' || el.name === 'script' || el.name === 'style') continue;
    for (const prop of props(el)) {
      const field = MICRODATA[prop];
      const raw = field ? microdataValue(el, prop) : null;
      if (field && raw && !away(el)) found.push({ field, raw, el, source: 'microdata' });
    }
    if (el.name === 'a' && rels(el).includes('author') && !away(el)) {
      found.push({ field: 'author', raw: lineText(textContent(el)), el, source: 'relAuthor' });
    }
    if (el.name === 'time' && attr(el, 'datetime') && !away(el) && !linkedElsewhere(el, place)) {
      found.push({ field: 'published', raw: attr(el, 'datetime') ?? '', el, source: 'time', ...(updated(el) ? { updated: true } : {}) });
    }
    const cls = classes(el);
    // feedscrub's own HTML output: <p class="byline"><span class="site">…</span></p>.
    if (cls.includes('site') && el.parent && isElement(el.parent) && classes(el.parent).includes('byline')) {
      found.push({ field: 'site', raw: lineText(textContent(el)), el, source: 'byline' });
    }
    if (named(el, AUTHOR_CLASS) && !isPost(el) && (!credit || holds(credit.el, el)) && !away(el)) {
      const text = firstLine(el, place);
      if (text && text.length <= LONGEST_CREDIT && (!credit || namesMore(text, credit.raw))) {
        if (credit) found.splice(found.indexOf(credit), 1);
        credit = { field: 'author', raw: text, el, source: 'byline' };
        found.push(credit);
      }
    }
    // A <time> without datetime shows its date as text; a hidden <input> or a <data> holds it as a
    // value. Only an element that dates the post ends the search: a meta row may hold no date.
    const shows = el.name === 'time' ? attr(el, 'datetime') === null : named(el, DATE_CLASS) || labelled(el);
    if (!dated && shows && !away(el) && !linkedElsewhere(el, place)) {
      const text = shownDateOf(el, place);
      // An update's date is kept for a page that shows no other, and the search goes on.
      if (text && updated(el)) found.push({ field: 'published', raw: text, el, source: 'byline', updated: true });
      else if (text) {
        found.push({ field: 'published', raw: text, el, source: 'byline' });
        dated = true;
      }
    }
  }
  return found;
}
