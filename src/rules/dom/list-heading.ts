import { lettersKey } from '../../text/fold.js';
import type { Element, ParentNode } from 'domhandler';
import type { DomRule, DomRuleContext } from '../../dom-rule.js';
import { classes, elements, hasText, isElement, visibleText } from '../../html/dom.js';
import { contentRoot } from '../../html/page.js';
import { listHeadings } from '../../phrases/section-headings.js';
import { shape } from './shape.js';

/**
 * A box of other posts is told by its heading as much as by its name: "More on this story",
 * "Most read", "Leia também" over a list of links. The heading and the list go together, on
 * record; a heading over prose (a "Related" sub-heading inside the post) stays, as the list must
 * be mostly links.
 */
const EXACT = new Set<string>();
const PREFIX: string[] = [];
for (const set of listHeadings) {
  for (const phrase of set.phrases) {
    if (phrase.endsWith('{any}')) PREFIX.push(`${lettersKey(phrase.slice(0, -5))} `);
    else EXACT.add(lettersKey(phrase));
  }
}

// Headings are short; a heading-like element past this is a paragraph in bold.
const MAX_HEADING = 60;
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const TITLE_CLASS = /(?:^|[-_])(?:title|heading|header|headline)(?:$|[-_])/i;
// Links hold most of a list of posts' text even with a teaser sentence under each.
const MIN_LINK_SHARE = 0.4;

export function isListHeading(text: string): boolean {
  const f = lettersKey(text);
  if (f.length === 0 || f.length > MAX_HEADING) return false;
  return EXACT.has(f) || PREFIX.some((p) => f.startsWith(p) && f.length > p.length);
}

function headingLike(el: Element): boolean {
  if (HEADINGS.has(el.name)) return true;
  return (el.name === 'div' || el.name === 'span' || el.name === 'p' || el.name === 'strong') && classes(el).some((c) => TITLE_CLASS.test(c));
}

function holds(outer: Element, inner: Element | null): boolean {
  for (let at: ParentNode | null = inner; at; at = at.parent) if (at === outer) return true;
  return false;
}

// Mostly links once the heading's own text is set aside, and no paragraph of prose.
// Teaser cards: a linked headline and a line of description each, the links fewer in characters.
const MIN_CARDS = 2;
const MAX_TEASER = 120;

// Null when the element holds nothing but the heading (a header row around it).
function isList(el: Element, headingChars: number): boolean | null {
  const s = shape(el);
  const rest = s.chars - headingChars;
  if (rest <= 0) return null;
  if (s.prose > 0) return false;
  if (s.link >= MIN_LINK_SHARE * rest) return true;
  const links = elements(el).filter((d) => d.name === 'a' && hasText(d)).length;
  return links >= MIN_CARDS && rest - s.link <= MAX_TEASER * links;
}

/**
 * The outermost element that opens with the heading and is a list of links; else the heading (with
 * the header row around it) and the list that follows it; else nothing.
 */
function boxOf(heading: Element, article: Element | null, root: ParentNode): Element[] {
  const headingChars = visibleText(heading).replace(/\s+/g, '').length;
  let box: Element = heading;
  let found: Element | null = null;
  for (let at = heading.parent; at && at !== root && isElement(at) && !holds(at, article); at = at.parent) {
    if (at.name === 'body' || at.name === 'html' || at.name === 'main' || at.name === 'article') break;
    const before = at.children.slice(0, at.children.indexOf(box));
    if (before.some(hasText)) break;
    const list = isList(at, headingChars);
    if (list === false) break;
    if (list) found = at;
    box = at;
  }
  if (found) return [found];
  const lists = nextLists(box);
  return lists.length > 0 ? [box, ...lists] : [];
}

// A paragraph after the list is one more headline only when it is all link: "Follow us on
// Instagram and Facebook" or "Listen live at 12:45, or listen back here" closes the story itself.
const HEADLINE_SHARE = 0.85;
function isHeadlineParagraph(p: Element): boolean {
  const s = shape(p);
  return s.link >= HEADLINE_SHARE * s.chars;
}

// A heading and its list side by side in a wrapper that holds more: the list is the next element,
// or the next few when each headline is a list of its own.
const MAX_LISTS = 8;
function nextLists(heading: Element): Element[] {
  const out: Element[] = [];
  for (let at = heading.next; at && out.length < MAX_LISTS; at = at.next) {
    if (!isElement(at)) {
      if (hasText(at)) break;
      continue;
    }
    if (!isList(at, 0) || (at.name === 'p' && !isHeadlineParagraph(at))) break;
    out.push(at);
  }
  return out;
}

/**
 * The heading another rule left when it took the list under it (a Drupal view's "Related content"
 * over a block named only for the view): the heading, with the wrappers that hold nothing else,
 * when the element right after one of them was removed. A heading over the story's own text has
 * its paragraphs still after it.
 */
function orphanOf(heading: Element, article: Element | null, root: ParentNode, ctx: DomRuleContext): Element | null {
  const chars = visibleText(heading).replace(/\s+/g, '').length;
  let lost = ctx.removedAfter(heading);
  let box = heading;
  for (let at = heading.parent; at && at !== root && isElement(at) && !holds(at, article); at = at.parent) {
    if (at.name === 'body' || at.name === 'html' || at.name === 'main' || at.name === 'article') break;
    if (visibleText(at).replace(/\s+/g, '').length !== chars) break;
    box = at;
    lost ||= ctx.removedAfter(at);
  }
  return lost ? box : null;
}

const rule: DomRule = {
  id: 'list-heading',
  description: 'Whole pages: removes lists of links to other posts under a heading that says so ("More on this story", "Most read", "Leia também", "関連記事"), and such a heading left when its list went.',
  meta: { pageOnly: true },
  apply(root, ctx) {
    if (!ctx.page) return;
    const article = contentRoot(root).element;
    for (const el of ctx.elements()) {
      if (!headingLike(el) || !ctx.attached(el) || holds(el, article)) continue;
      if (!isListHeading(visibleText(el))) continue;
      const boxes = boxOf(el, article, root);
      for (const box of boxes) ctx.remove(box);
      const orphan = boxes.length === 0 ? orphanOf(el, article, root, ctx) : null;
      if (orphan) ctx.remove(orphan);
    }
  },
};
export default rule;
