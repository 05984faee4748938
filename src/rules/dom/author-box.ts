import type { Element } from 'domhandler';
import { elements, hasText, isElement } from '../../html/dom.js';
import { family, wholeLine, type Hit } from '../../phrases/match.js';
import { profileCounts, writtenBy } from '../../phrases/author-box.js';
import { furnitureRule } from './furniture.js';
import { shortText } from './page-element.js';

/**
 * A blogging platform's writer box is told by what it says rather than by its class names (Medium
 * hashes them): it opens with "Written by <name>" and shows the writer's follower count. A byline
 * over the story has no counter, and a story that quotes a follower count does not open with a
 * writer's credit.
 */
const WRITTEN_BY = family(writtenBy);
const COUNTS = family(profileCounts);
const COUNT = /^\d[\d.,]*\s*[KkMm]?\+?$/u;
const BOX_TAGS = new Set(['div', 'section', 'aside', 'footer']);
const MAX_BOX = 800;
const MAX_LINE = 80;
const MAX_NAME_WORDS = 6;
const INLINE = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'small']);

const isName = (hit: Hit) => (hit.groups['name'] ?? '').trim().split(/\s+/).length <= MAX_NAME_WORDS;
const isCount = (hit: Hit) => COUNT.test((hit.groups['n'] ?? '').trim());

// The element that holds the box's first words: down through the blocks, never into a link.
function firstLine(el: Element): string {
  let at: Element = el;
  for (let next = at.children.find(hasText); next && isElement(next) && !INLINE.has(next.name); next = at.children.find(hasText)) at = next;
  return shortText(at, MAX_LINE) ?? '';
}

function isWriterBox(el: Element): boolean {
  if (!BOX_TAGS.has(el.name)) return false;
  const text = shortText(el, MAX_BOX);
  if (text === null || !/\d/.test(text)) return false;
  if (wholeLine(WRITTEN_BY, firstLine(el), isName) === null) return false;
  return elements(el).some((d) => {
    const own = shortText(d, MAX_LINE);
    return own !== null && /\d/.test(own) && wholeLine(COUNTS, own, isCount) !== null;
  });
}

export default furnitureRule({
  id: 'author-box',
  description: 'Whole pages: removes "About the author" boxes (Simple Author Box, Molongui, theme bio boxes) and writer boxes that open with "Written by" over a follower count (Medium).',
  family: 'authorBox',
  also: isWriterBox,
});
