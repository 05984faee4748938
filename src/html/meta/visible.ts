import type { AnyNode, Element } from 'domhandler';
import type { MetaField } from '../../article.js';
import { attr, classes, elements, holds, isElement, isText, textContent } from '../dom.js';
import { lineText } from '../parse.js';
import { cleanAuthor } from './author.js';

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
}

// Every element of a page is asked, and most have no itemprop: no list to make for them.
const NONE: readonly string[] = [];
function props(el: Element): readonly string[] {
  const value = attr(el, 'itemprop');
  return value === null ? NONE : value.toLowerCase().split(/\s+/);
}
const rels = (el: Element) => (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);

// Teasers and discussion: a credit or a date inside them belongs to another post or a commenter.
const ELSEWHERE = /(?:^|[-_])(?:related|comment|comments|recommend\w*|more-stories|sidebar|widget|teaser|promo|trending|popular|footer)(?:$|[-_])/i;

/** Whether `el` sits in a teaser, a comment or a footer between itself and `scope`. */
function elsewhere(el: Element, scope: Element): boolean {
  for (let at: Element | null = el; at && at !== scope; at = at.parent && isElement(at.parent) ? at.parent : null) {
    if (at.name === 'aside' || at.name === 'footer' || classes(at).some((c) => ELSEWHERE.test(c))) return true;
  }
  return false;
}

// class="byline", "c-byline__author", "author-name", "entry-author", "posted-by": a credit.
export const AUTHOR_CLASS = /(?:^|[-_])(?:byline|author|authors|author-?name|posted-?by|writer|autor|auteur)(?:$|[-_])/i;
// class="date", "entry-date", "published", "post-date", "dateline", "timestamp".
export const DATE_CLASS = /(?:^|[-_])(?:date|datetime|dateline|published|pubdate|post-?date|timestamp|time)(?:$|[-_])/i;
// An author box's "About the author" and bio are long; a credit is a name or two.
const LONGEST_CREDIT = 80;

const BREAKS = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'time', 'ul', 'section', 'header', 'figure', 'table', 'tr']);

/** The text of `el` up to its first line break or block: a byline's name before its date. */
function firstLine(el: Element): string {
  const lines: string[] = [''];
  const visit = (node: AnyNode) => {
    if (isText(node)) lines[lines.length - 1] += node.data;
    else if (isElement(node) && node.name !== 'script' && node.name !== 'style') {
      if (BREAKS.has(node.name)) lines.push('');
      node.children.forEach(visit);
      if (BREAKS.has(node.name)) lines.push('');
    }
  };
  visit(el);
  return lines.map(lineText).find((l) => /\p{L}{2}/u.test(l) && cleanAuthor(l) !== null) ?? '';
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

/** Everything shown under `root`, in document order. */
export function visibleMeta(root: Element): Found[] {
  const found: Found[] = [];
  let credit: Found | null = null;
  let dated = false;
  for (const el of elements(root)) {
    if (el.name === 'meta' || el.name === 'script' || el.name === 'style') continue;
    for (const prop of props(el)) {
      const field = MICRODATA[prop];
      const raw = field ? microdataValue(el, prop) : null;
      if (field && raw && !elsewhere(el, root)) found.push({ field, raw, el, source: 'microdata' });
    }
    if (el.name === 'a' && rels(el).includes('author') && !elsewhere(el, root)) {
      found.push({ field: 'author', raw: lineText(textContent(el)), el, source: 'relAuthor' });
    }
    if (el.name === 'time' && attr(el, 'datetime') && !elsewhere(el, root)) {
      found.push({ field: 'published', raw: attr(el, 'datetime') ?? '', el, source: 'time' });
    }
    const cls = classes(el);
    // feedscrub's own HTML output: <p class="byline"><span class="site">…</span></p>.
    if (cls.includes('site') && el.parent && isElement(el.parent) && classes(el.parent).includes('byline')) {
      found.push({ field: 'site', raw: lineText(textContent(el)), el, source: 'byline' });
    }
    if (cls.some((c) => AUTHOR_CLASS.test(c)) && (!credit || holds(credit.el, el)) && !elsewhere(el, root)) {
      const text = firstLine(el);
      if (text && text.length <= LONGEST_CREDIT && (!credit || namesMore(text, credit.raw))) {
        if (credit) found.splice(found.indexOf(credit), 1);
        credit = { field: 'author', raw: text, el, source: 'byline' };
        found.push(credit);
      }
    }
    // A <time> without datetime shows its date as text; a hidden <input> or a <data> holds it as a
    // value.
    const shows = el.name === 'time' ? attr(el, 'datetime') === null : cls.some((c) => DATE_CLASS.test(c));
    if (!dated && shows && !elsewhere(el, root)) {
      // hAtom's <abbr class="published" title="2024-03-05T10:30:00Z">March 5</abbr> keeps the date in its title.
      const text = attr(el, 'datetime') ?? attr(el, 'content') ?? attr(el, 'value') ?? (el.name === 'abbr' ? attr(el, 'title') : null) ?? lineText(textContent(el));
      if (text && text.length <= LONGEST_CREDIT) {
        found.push({ field: 'published', raw: text, el, source: 'byline' });
        dated = true;
      }
    }
  }
  return found;
}
