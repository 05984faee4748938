import type { Element } from 'domhandler';
import { attr, elements } from '../../html/dom.js';
import { furnitureRule } from './furniture.js';
import { shortText } from './page-element.js';
import { shape } from './shape.js';

// Links to the previous and the next post say so with rel, whatever the theme calls their row.
const REL = /(?:^|\s)(?:prev|previous|next)(?:\s|$)/i;
const ROW_TAGS = new Set(['div', 'nav', 'p', 'ul', 'section', 'footer']);
// Two headlines and their labels ("Previous article"); more is a page section that happens to hold them.
const MAX_ROW = 400;
const MIN_LINK_SHARE = 0.5;

function isPostNav(el: Element): boolean {
  if (!ROW_TAGS.has(el.name) || shortText(el, MAX_ROW) === null) return false;
  const links = elements(el).filter((d) => d.name === 'a');
  if (!links.some((a) => REL.test(attr(a, 'rel') ?? ''))) return false;
  const s = shape(el);
  return s.prose === 0 && s.link >= MIN_LINK_SHARE * s.chars;
}

export default furnitureRule({
  id: 'related-posts',
  description: 'Whole pages: removes related-post, "more stories" and previous/next lists (YARPP, Jetpack, Taboola, Outbrain, rel="prev"/"next" rows) named by class, id or rel.',
  family: 'related',
  also: isPostNav,
});
