import type { AnyNode, Element } from 'domhandler';
import { elements, hasText, isElement, isText } from '../../html/dom.js';
import { isServiceName, serviceWords } from '../service-words.js';
import { pageElementRule, shortKey } from './page-element.js';

/**
 * A row of share or follow buttons whose links the other rules did not know (an app scheme, a
 * script, an icon font), left as words: "Facebook Twitter Google+ Whatsapp", "Share this on
 * WhatsApp", "follow us in feedly RSS twitter facebook google plus". Nothing but services' names and
 * the little words between them, two names at least or one after a share word: a sentence that
 * names Facebook has other words.
 */
const MAX_ROW = 160;
const TAGS = ['div', 'p', 'ul', 'span', 'li', 'section', 'nav'];
const IS_TAG = new Set(TAGS);

// Between the buttons of a tool row, only separators.
const SEPARATORS = /^[\s|·•/,-]*$/u;

/**
 * A row of buttons each labelled with one service or tool ("Drucken" "E-Mail", "印刷" "メール"),
 * read button by button: labels glued together without spaces, or of two words, are no words of
 * a sentence either.
 */
function isToolRow(el: Element): boolean {
  let buttons = 0;
  const walk = (node: AnyNode): boolean => {
    if (isText(node)) return SEPARATORS.test(node.data);
    if (!isElement(node)) return true;
    if (node.name === 'a' || node.name === 'button') {
      if (!hasText(node)) return true;
      buttons++;
      return isServiceName(shortKey(node, MAX_ROW) ?? '');
    }
    return node.children.every(walk);
  };
  return el.children.every(walk) && buttons >= 2;
}

function isRow(el: Element): boolean {
  if (!IS_TAG.has(el.name)) return false;
  const key = shortKey(el, MAX_ROW * 2);
  if (key === null) return false;
  const row = serviceWords(key, 24);
  if (row === null) return isToolRow(el);
  // Buttons are links, one per service: the same names in one link or in a line of text are a
  // sentence or a list of companies.
  const buttons = elements(el).filter((d) => (d.name === 'a' || d.name === 'button') && hasText(d)).length;
  if (buttons === 0) return false;
  return (row.named.size >= 2 && buttons >= row.named.size) || (row.mentions >= 1 && (row.verb ?? row.follow) !== null);
}

export default pageElementRule({
  id: 'network-row',
  description: 'Whole pages: removes share and follow rows left as words ("Facebook Twitter Google+ Whatsapp", "Share this on WhatsApp") that name only services.',
  wants: { names: TAGS },
  matches: isRow,
});
