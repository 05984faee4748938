import type { Element } from 'domhandler';
import { classes, isElement, isText } from '../../html/dom.js';
import { isPageRowWord, runOfPages } from '../../text/page-row.js';
import { elementRule } from './define.js';

/**
 * A page-number row ("1 2 3 … 8", "« 1 2 3 Next »"), whatever the template calls it: a run of
 * consecutive numbers, most of them links, and nothing else but arrows and an ellipsis. A list of
 * figures in the text has no links to other pages of the post.
 */
const CONTAINERS = ['div', 'nav', 'p', 'ul', 'ol', 'span', 'td'];
const MIN_NUMBERS = 3;
const MIN_LINKS = 2;
const MAX_CHARS = 200;
// Arrows, an ellipsis, and the row's words in their languages ("Previous", "Seiten:", "Próxima").
const ARROWS = /^(?:[«»‹›<>←→…|]+|\.\.\.)$/u;
const isFiller = (w: string) => ARROWS.test(w) || isPageRowWord(w);

function tokens(el: Element): { words: string[]; links: number } | null {
  let text = '';
  let links = 0;
  const walk = (node: Element): boolean => {
    for (const c of node.children) {
      if (isText(c)) text += ` ${c.data}`;
      else if (isElement(c)) {
        if (c.name === 'a') links++;
        if (!walk(c)) return false;
      }
      if (text.length > MAX_CHARS) return false;
    }
    return true;
  };
  return walk(el) ? { words: text.trim().split(/\s+/), links } : null;
}

function isPagination(el: Element): boolean {
  const t = tokens(el);
  if (!t || t.links < MIN_LINKS) return false;
  const numbers: number[] = [];
  for (const w of t.words) {
    if (/^\d{1,4}$/.test(w)) numbers.push(Number(w));
    else if (!isFiller(w)) return false;
  }
  return numbers.length >= MIN_NUMBERS && runOfPages(numbers);
}

// WordPress's wp_link_pages() wraps its row in these, whatever it holds ("Next page" alone).
const PAGE_LINKS = new Set(['page-links', 'post-nav-links', 'post-page-numbers']);
const MAX_PAGE_LINKS = 80;

function isPageLinks(el: Element): boolean {
  if (!classes(el).some((c) => PAGE_LINKS.has(c))) return false;
  const t = tokens(el);
  return t !== null && t.links >= 1 && t.words.join(' ').length <= MAX_PAGE_LINKS;
}

export default elementRule({
  id: 'pagination',
  description: 'Removes page-number rows ("1 2 3 … 8", "« 1 2 3 Next »"): consecutive numbers, most of them links, and only arrows beside them, and WordPress page-links rows.',
  wants: { names: CONTAINERS },
  matches: (el) => isPagination(el) || isPageLinks(el),
});
