import type { AnyNode, Element } from 'domhandler';
import { attr, closest, isElement, isText, someElement } from '../../html/dom.js';
import { family, wholeLine } from '../../phrases/match.js';
import { navigationLabels } from '../../phrases/page-chrome.js';
import { widgetLabels } from '../../phrases/widgets.js';
import { pageElementRule, shortText } from './page-element.js';

// A skip link ("Skip to content", "Zum Inhalt springen") jumps to an anchor of the page itself.
const NAVIGATION = family(navigationLabels);
const WIDGET = family(widgetLabels, String.raw`(?:\s*\d+)?`);

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
  return parent.children.every((c) => c === block || (isText(c) ? c.data.trim() === '' : !isElement(c) || c.name === 'br' || label(c) === '')) || ownLine(block);
}

// Between two paragraphs (or at either end of their container), an inline element is a line of
// its own, as the page shows it, though its parent holds the story too.
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'aside', 'figure', 'blockquote', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'footer', 'nav', 'pre', 'hr', 'br']);
function ownLine(block: Element): boolean {
  const side = (step: (n: AnyNode) => AnyNode | null): boolean => {
    let at = step(block);
    while (at && isText(at) && at.data.trim() === '') at = step(at);
    return at === null || (isElement(at) && BLOCKS.has(at.name));
  };
  return side((n) => n.prev) && side((n) => n.next);
}

/**
 * A button's label left as an element of its own ("Save", "Teilen", "Updated", "Copy link" in a
 * span or a div of the toolbar), not as a heading: a heading or a bold line saying "Share" or
 * "Listen" heads the story's own section, and a label inside a sentence is a word of it.
 */
// Not a list item: "Print" among "Online" and "Radio" is a list of the story's own.
const LABEL_BLOCKS = new Set(['div', 'p']);
const LABEL_INLINE = new Set(['span', 'small', 'label', 'time']);
const MAX_LABEL = 40;
const EMPHASIS = new Set([...HEADINGS, 'strong', 'b']);

function isLoneLabel(el: Element): boolean {
  if (!LABEL_BLOCKS.has(el.name) && !LABEL_INLINE.has(el.name)) return false;
  const text = shortText(el, MAX_LABEL);
  if (text === null || text.trim() === '' || wholeLine(WIDGET, text.trim()) === null) return false;
  if (closest(el, (a) => EMPHASIS.has(a.name)) || someElement(el, (d) => EMPHASIS.has(d.name))) return false;
  return LABEL_BLOCKS.has(el.name) || standsAlone(el);
}

function isControl(el: Element): boolean {
  if (isLoneLabel(el)) return true;
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

// A reaction button's tally beside it ("124" claps, "3K" likes) is the control's, not a figure of
// the story: the box that holds the button and nothing else but a count goes with it.
const COUNT = /^\d[\d.,]*\s*[KkMm]?\+?$/u;
const MAX_COUNTER_DEPTH = 3;

function withCounter(el: Element): Element {
  if (el.name !== 'button') return el;
  const own = label(el);
  let box = el;
  for (let at = el.parent, depth = 0; at && isElement(at) && depth < MAX_COUNTER_DEPTH; at = at.parent, depth++) {
    const rest = label(at).replace(own, '').trim();
    if (rest !== '' && !COUNT.test(rest)) break;
    if (COUNT.test(rest)) box = at;
  }
  return box;
}

export default pageElementRule({
  id: 'ui-control',
  description: 'Whole pages: removes buttons ("Read Later", "Close") and their tallies, links that only run a script, skip links and button labels left alone ("Save"), but not toggles or headings.',
  wants: { names: ['button', 'a', ...LABEL_BLOCKS, ...LABEL_INLINE] },
  matches: isControl,
  target: withCounter,
});
