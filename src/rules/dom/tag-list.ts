import type { Element } from 'domhandler';
import { attr, elements, visibleText } from '../../html/dom.js';
import { furnitureRule } from './furniture.js';
import { shortText } from './page-element.js';
import { shape } from './shape.js';

// A tag list is a row of short links; a long text under such a name is a wrapper ("topics" around a section page).
const MAX_TAGS = 500;
const ROW_TAGS = new Set(['div', 'p', 'span', 'strong', 'b', 'ul', 'section', 'footer']);
// Besides its rel="tag" links a row holds its label ("Tags") and commas.
const MIN_TAG_SHARE = 0.7;
const MIN_TAG_LINKS = 2;

function tagsOnly(el: Element): boolean {
  const s = shape(el);
  return s.prose === 0 && s.chars <= MAX_TAGS;
}

// WordPress's the_tags() and its kin mark each link rel="tag", whatever the row is called.
function relTagRow(el: Element): boolean {
  // Most elements are asked: the bounded read of the text first, before looking at the links.
  if (!ROW_TAGS.has(el.name) || shortText(el, MAX_TAGS * 2) === null) return false;
  const tags = elements(el).filter((a) => a.name === 'a' && /(?:^|\s)tag(?:\s|$)/i.test(attr(a, 'rel') ?? ''));
  if (tags.length < MIN_TAG_LINKS) return false;
  const s = shape(el);
  const tagChars = tags.reduce((n, a) => n + visibleText(a).replace(/\s+/g, '').length, 0);
  return s.prose === 0 && s.chars <= MAX_TAGS && tagChars >= MIN_TAG_SHARE * s.chars;
}

export default furnitureRule({
  id: 'tag-list',
  description: 'Whole pages: removes tag, topic and category lists under a post ("Tags:", "Filed under", "Related Topics", cat-links, rows of rel="tag" links).',
  family: 'tags',
  also: relTagRow,
  only: tagsOnly,
});
