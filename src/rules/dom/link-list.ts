import type { Element, ParentNode } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { attr, elements, hasText } from '../../html/dom.js';
import { contentRoot } from '../../html/page.js';
import { shape } from './shape.js';

/**
 * A list of links and nothing else is a list of other pages (more stories, a video playlist, a
 * table of contents, a site's sections), whatever the template calls it: reader modes drop such
 * blocks by their link density. Three links at least, nearly all the text in them, and not one
 * line of prose; the article's own list of sources, written as sentences, stays. Only before the
 * article's first paragraph of prose or after its last: between two of them a block of links is
 * the article's own (a shopping round-up's product boxes, a list of resources).
 */
const CONTAINERS = new Set(['ul', 'ol', 'div', 'section', 'dl']);
const MIN_LINKS = 3;
const MIN_LINK_SHARE = 0.85;
// A few short links ("Home", "Next") are a menu the other rules know; a list of pages has headlines.
const MIN_CHARS = 60;
// A paragraph of prose, as shape() counts one (letters, not links).
const PROSE = 80;
// A wire story's lede is often one short sentence ("SIOUX FALLS, S.D. – People … are talking about
// it: …", 75 letters): a short list of links under it, before the prose, is the story's own; a
// playlist of a dozen videos there is not.
const LEDE = 40;
const MAX_LEDE_LIST_LINKS = 5;

function holds(outer: Element, inner: Element | null): boolean {
  for (let at: ParentNode | null = inner; at; at = at.parent) if (at === outer) return true;
  return false;
}

const linksIn = (el: Element): Element[] => elements(el).filter((d) => d.name === 'a' && hasText(d));

function isLinkList(el: Element): boolean {
  if (!CONTAINERS.has(el.name)) return false;
  const s = shape(el);
  if (s.prose > 0 || s.link < MIN_LINK_SHARE * s.chars) return false;
  const links = linksIn(el);
  if (links.length < MIN_LINKS) return false;
  // Links to the page's own headings are its table of contents, however short.
  return s.chars >= MIN_CHARS || links.every((a) => (attr(a, 'href') ?? '').startsWith('#'));
}

// Where the article's prose starts and ends, as positions in the page's elements in document order.
// The third position is the first lede-sized paragraph's, at or before the first.
function proseSpan(all: readonly Element[], article: Element | null): [number, number, number] | null {
  let first = -1;
  let last = -1;
  let lede = -1;
  all.forEach((el, i) => {
    if ((el.name !== 'p' && el.name !== 'li') || (article && !holds(article, el))) return;
    const s = shape(el);
    if (lede === -1 && s.chars - s.link >= LEDE) lede = i;
    if (s.chars - s.link < PROSE) return;
    if (first === -1) first = i;
    last = i;
  });
  return first === -1 ? null : [first, last, lede];
}


const rule: DomRule = {
  id: 'link-list',
  description: 'Whole pages: removes blocks that are only links to other pages (more stories, video playlists, tables of contents), three links or more and no prose.',
  meta: { pageOnly: true },
  apply(root, ctx) {
    if (!ctx.page) return;
    const article = contentRoot(root).element;
    const all = ctx.elements();
    const span = proseSpan(all, article);
    all.forEach((el, i) => {
      if (span && i > span[0] && i < span[1]) return;
      if (span && i > span[2] && i < span[0] && linksIn(el).length <= MAX_LEDE_LIST_LINKS) return;
      if (!CONTAINERS.has(el.name) || holds(el, article) || !ctx.attached(el)) return;
      if (isLinkList(el)) ctx.remove(el);
    });
  },
};
export default rule;
