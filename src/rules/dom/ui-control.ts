import type { Element } from 'domhandler';
import { attr, closest, isElement, isText } from '../../html/dom.js';
import { family, wholeLine } from '../../phrases/match.js';
import { navigationLabels } from '../../phrases/page-chrome.js';
import { pageElementRule } from './page-element.js';

// A skip link ("Skip to content", "Zum Inhalt springen") jumps to an anchor of the page itself.
const NAVIGATION = family(navigationLabels);

/**
 * A page's controls: a <button> ("Read Later", "Close", "Play"), or a link that goes nowhere but
 * runs a script ("Enlarge Image" on href="#", "Close" on "javascript:"). Their labels are the
 * page's, never the story's. An accordion's toggle holds a question of the text ("What does it
 * cost?"), and a button inside a heading is the heading's: both stay, as does any long label.
 */
const MAX_WORDS = 4;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'dt']);
const TOGGLE_CLASS = /accordion|collaps|toggle|faq|spoiler|question/i;

function label(el: Element): string {
  let text = '';
  const walk = (node: Element) => {
    for (const c of node.children) {
      if (isText(c)) text += c.data;
      else if (isElement(c)) walk(c);
    }
  };
  walk(el);
  return text.trim();
}

const words = (text: string) => (text === '' ? 0 : text.split(/\s+/).length);

function isToggle(el: Element): boolean {
  return attr(el, 'aria-expanded') !== null || attr(el, 'aria-controls') !== null || TOGGLE_CLASS.test(attr(el, 'class') ?? '');
}

const INLINE = new Set(['span', 'em', 'strong', 'b', 'i', 'small', 'font', 'label', 'u']);

/**
 * The link is all the text of the block it stands in: removing it takes no words out of a
 * sentence, and no link out of a row that another rule reads whole ("Reprints, Submit Correction
 * or Guidelines").
 */
function standsAlone(el: Element): boolean {
  let block: Element = el;
  while (block.parent && isElement(block.parent) && INLINE.has(block.parent.name)) block = block.parent;
  const parent = block.parent;
  if (!parent || !isElement(parent)) return true;
  return parent.children.every((c) => c === block || (isText(c) ? c.data.trim() === '' : !isElement(c) || c.name === 'br' || label(c) === ''));
}

function isControl(el: Element): boolean {
  if (el.name === 'button') {
    const text = label(el);
    return words(text) <= MAX_WORDS && !isToggle(el) && !closest(el, (a) => HEADINGS.has(a.name));
  }
  if (el.name !== 'a') return false;
  const href = (attr(el, 'href') ?? '').trim();
  if (/^#./.test(href)) return wholeLine(NAVIGATION, label(el)) !== null;
  if (href !== '#' && !/^javascript:/i.test(href)) return false;
  const text = label(el);
  return text !== '' && words(text) <= MAX_WORDS && !isToggle(el) && standsAlone(el);
}

export default pageElementRule({
  id: 'ui-control',
  description: 'Whole pages: removes buttons ("Read Later", "Close"), links that only run a script ("Enlarge Image" on "#") and skip links, but not accordion toggles or buttons in headings.',
  wants: { names: ['button', 'a'] },
  matches: isControl,
});
