import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { attr, elements, hasText, holds, isElement, topOf } from '../../html/dom.js';
import { contentRoot } from '../../html/page.js';
import { lettersKey } from '../../text/fold.js';
import { namedAs } from './furniture.js';
import { shortText } from './page-element.js';
import { shape } from './shape.js';

/**
 * What a news template prints around the headline and not in the story: the kicker above it
 * ("BLACK DEATH FEARS", "Personal Technology: Review") and the standfirst under it, the sentence
 * that sums the story up. Both sit right next to the <h1>; the same sentence further down, after
 * the picture or the share row, is where some sites start the article, and stays. A standfirst is
 * told by its name (dek, standfirst, sub-head…) or by repeating the page's meta description; a
 * paragraph is taken only under such a name, since blogs open their first one right under the
 * headline and copy it into the description.
 */
const MAX_KICKER = 60;
const MAX_STANDFIRST = 400;
const KICKER_TAGS = ['div', 'span', 'p', 'a', 'strong', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul'];
const STANDFIRST_TAGS = ['div', 'span', 'p', 'h2', 'h3', 'h4', 'h5', 'h6'];
const TAGS = [...new Set([...KICKER_TAGS, ...STANDFIRST_TAGS])];
// Names that mean a standfirst even where the page writes no description.
const DEK_WORDS = /(?:^|[-_\s])(?:dek|deck|standfirst|sub-?head|sub-?headline|strapline)(?:$|[-_\s])/i;
const CAMEL = /([a-z0-9])([A-Z])/g;



// The page's description, as lettersKey folds it: once per page.
const descriptions = new WeakMap<ParentNode, string>();
function descriptionOf(root: ParentNode): string {
  let known = descriptions.get(root);
  if (known === undefined) {
    known = '';
    for (const el of elements(root)) {
      if (el.name === 'body') break;
      if (el.name !== 'meta') continue;
      const key = (attr(el, 'name') ?? attr(el, 'property') ?? '').toLowerCase();
      if (key === 'description' || key === 'og:description' || key === 'twitter:description') {
        known = lettersKey(attr(el, 'content') ?? '');
        if (known) break;
      }
    }
    descriptions.set(root, known);
  }
  return known;
}

// The nearest sibling with text on one side, looking from the element and then from its parent
// (a standfirst in a wrapper of its own next to the headline's).
function besideHeadline(el: Element, side: 'prev' | 'next'): boolean {
  let at: Element = el;
  for (let level = 0; level < 3; level++) {
    let sib: AnyNode | null = side === 'prev' ? at.prev : at.next;
    while (sib && !hasText(sib)) sib = side === 'prev' ? sib.prev : sib.next;
    if (sib) {
      if (!isElement(sib)) return false;
      const edge = side === 'prev' ? lastWithText(sib) : firstWithText(sib);
      return sib.name === 'h1' || edge?.name === 'h1';
    }
    const parent = at.parent;
    if (!parent || !isElement(parent) || parent.name === 'body') return false;
    at = parent;
  }
  return false;
}

function firstWithText(el: Element): Element | null {
  for (let at: Element | null = el; at; ) {
    if (at.name === 'h1') return at;
    const next: AnyNode | undefined = at.children.find(hasText);
    at = next && isElement(next) ? next : null;
  }
  return null;
}

function lastWithText(el: Element): Element | null {
  for (let at: Element | null = el; at; ) {
    if (at.name === 'h1') return at;
    const next: AnyNode | undefined = [...at.children].reverse().find(hasText);
    at = next && isElement(next) ? next : null;
  }
  return null;
}

function names(el: Element): string {
  return `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''}`.replace(CAMEL, '$1-$2');
}

function isKicker(el: Element): boolean {
  if (!namedAs(el, 'kicker')) return false;
  const raw = shortText(el, MAX_KICKER * 2);
  return raw !== null && raw.replace(/\s+/g, '').length <= MAX_KICKER && besideHeadline(el, 'next');
}

function isStandfirst(el: Element, root: ParentNode): boolean {
  // Every element is asked: unnamed, only one as long as the description can repeat it.
  const description = descriptionOf(root);
  const nameHint = DEK_WORDS.test(names(el)) || namedAs(el, 'standfirst');
  if (!nameHint && description.length === 0) return false;
  const raw = shortText(el, nameHint ? MAX_STANDFIRST * 2 : description.length * 2 + 20);
  if (raw === null || raw.replace(/\s+/g, '').length > MAX_STANDFIRST || !hasText(el)) return false;
  const described = description.length > 0 && lettersKey(raw) === description;
  const named = DEK_WORDS.test(names(el)) || (described && namedAs(el, 'standfirst'));
  // Unnamed, the description repeated is a standfirst in a heading or a box of its own, not in a paragraph.
  if (!named && !(described && el.name !== 'p' && !elements(el).some((d) => d.name === 'p'))) return false;
  const s = shape(el);
  if (s.prose > 1 || s.link > s.chars / 2) return false;
  return besideHeadline(el, 'next') || besideHeadline(el, 'prev');
}

const rule: DomRule = {
  id: 'standfirst',
  description: 'Whole pages: removes the kicker over a headline and the standfirst under it (by name, or as the page\'s description repeated), never the same words further down the article.',
  meta: { pageOnly: true },
  wants: { names: TAGS },
  visit(el, ctx) {
    if (!ctx.page || !ctx.attached(el) || !(el.name === 'p' || hasText(el))) return;
    const root = topOf(el);
    const hit = (KICKER_TAGS.includes(el.name) && isKicker(el)) || (STANDFIRST_TAGS.includes(el.name) && isStandfirst(el, root));
    if (!hit || holds(el, contentRoot(root).element)) return;
    ctx.remove(el);
  },
  apply(_root, ctx) {
    for (const el of ctx.elements()) rule.visit?.(el, ctx);
  },
};
export default rule;
