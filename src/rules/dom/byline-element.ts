import type { Element } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { attr, classes, elements, holds, visibleText } from '../../html/dom.js';
import { AUTHOR_CLASS, DATE_CLASS } from '../../html/meta/visible.js';
import { contentRoot } from '../../html/page.js';
import { lineText } from '../../html/parse.js';

/**
 * A saved page's byline and dateline as elements: "By Jane Roe", "Published 5 October 2024", a
 * credit marked with itemprop or rel=author. The page metadata has read them; in the body they
 * would be a stray line above the first paragraph. Only short elements that stand on their own go:
 * a date inside a sentence stays with its sentence.
 */
const LONGEST = 120;
const STANDALONE = new Set(['p', 'div', 'span', 'ul', 'li', 'header', 'section', 'address', 'time', 'abbr', 'h4', 'h5', 'h6', 'small', 'a']);
const CREDIT_PROPS = /^(?:author|creator|datePublished|dateModified)$/;

function marked(el: Element): boolean {
  if (classes(el).some((c) => AUTHOR_CLASS.test(c) || DATE_CLASS.test(c))) return true;
  return (attr(el, 'itemprop') ?? '').split(/\s+/).some((p) => CREDIT_PROPS.test(p));
}

const isRelAuthor = (el: Element) => el.name === 'a' && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('author');

/** The byline element for `el`: itself when marked, the block around a rel=author link. */
function bylineOf(el: Element): Element | null {
  const at = isRelAuthor(el) ? (el.parent && 'name' in el.parent && el.parent.name !== 'body' ? el.parent : null) : marked(el) ? el : null;
  if (!at || !STANDALONE.has(at.name)) return null;
  // A header with the headline in it is more than a byline: the title rule takes the headline.
  return elements(at).some((d) => /^h[1-3]$/.test(d.name)) ? null : at;
}

function length(el: Element): number {
  return lineText(visibleText(el)).length;
}

// Inside a paragraph with more to say than the byline, the byline is part of the prose.
function inProse(el: Element): boolean {
  const own = length(el);
  for (let at = el.parent; at && 'name' in at; at = at.parent) {
    if (at.name === 'p' || at.name === 'li' || at.name === 'blockquote') return length(at) > own + 40;
  }
  return false;
}


const rule: DomRule = {
  id: 'byline-element',
  description: 'Whole pages: removes short byline and dateline elements (byline, author or date classes, itemprop author/datePublished, rel=author) that the page metadata has read.',
  apply(root, ctx) {
    if (!ctx.page) return;
    const article = contentRoot(root).element;
    for (const found of elements(root)) {
      const el = bylineOf(found);
      if (!el || !ctx.attached(el) || holds(el, article)) continue;
      const size = length(el);
      if (size > 0 && size <= LONGEST && !inProse(el)) ctx.remove(el);
    }
  },
};
export default rule;
