import type { Element } from 'domhandler';
import { hasClass, isElement, isText, textContent } from '../../html/dom.js';
import { INLINE } from '../../html/kinds.js';
import { lineText } from '../../html/parse.js';
import { elementRule } from './define.js';

// Feedzy's [#item_url]: <a class="feedzy-rss-link-icon" target="_blank">
// in current releases, a bare <a target="_blank">Read More</a> in 2021 ones. The bare form is
// taken only when the link stands alone: "you can read more here" in a sentence is prose.
const READ_MORE = /^read more(?: ?[»›→>]+)?$/i;

function standsAlone(a: Element): boolean {
  const siblings = a.parent?.children ?? [];
  return siblings.every((s) => s === a || (isText(s) ? s.data.trim() === '' : !isElement(s) || s.name === 'br' || !INLINE.has(s.name)));
}

function matches(el: Element): boolean {
  if (el.name !== 'a') return false;
  if (hasClass(el, 'feedzy-rss-link-icon')) return true;
  return el.attribs.target === '_blank' && READ_MORE.test(lineText(textContent(el))) && standsAlone(el);
}

export default elementRule({
  id: 'feedzy-link',
  description: 'Removes Feedzy\'s "Read More" link to the source (a.feedzy-rss-link-icon, or a lone <a target="_blank">Read More</a>).',
  wants: { names: ['a'] },
  matches,
});
