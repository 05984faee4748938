import type { Element } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { isHidden } from '../../html/content-score.js';
import { classes, closest, elements } from '../../html/dom.js';
import { shape } from './shape.js';

// Images keep their place in a visible figure even when marked aria-hidden (decorative copies,
// lazy-load twins): the figure is the page's, and dropping its picture would leave a bare caption.
const PICTURES = new Set(['img', 'picture', 'source']);

function inVisibleFigure(el: Element): boolean {
  if (!PICTURES.has(el.name) && !elements(el).every((d) => PICTURES.has(d.name))) return false;
  const figure = closest(el, (a) => a.name === 'figure');
  return figure !== null && !closest(figure, isHidden);
}

// The classes CSS frameworks hide an element with (Bootstrap's hidden, hide and d-none, Tailwind's
// hidden, the is-/u- forms of BEM kits). Next to a class that shows it again at some screen size
// ("d-none d-md-block", "hidden md:block", "visible-lg") the element is on the page as read.
const HIDING = new Set(['hidden', 'hide', 'd-none', 'is-hidden', 'u-hidden', 'js-hidden']);
const SHOWN_AGAIN = /^(?:d-(?:sm|md|lg|xl|xxl|print)-|(?:sm|md|lg|xl|2xl):|visible-|show-|block$|flex$)/;
// Text hidden this way is a teaser, a template or a label; a run of the story's own paragraphs
// under such a class is a part a script unfolds ("Read the full story"), and stays.
const MAX_PROSE = 1;

function hiddenByClass(el: Element): boolean {
  const list = classes(el);
  if (!list.some((c) => HIDING.has(c)) || list.some((c) => SHOWN_AGAIN.test(c))) return false;
  return shape(el).prose <= MAX_PROSE;
}

const rule: DomRule = {
  id: 'hidden-content',
  description: 'Whole pages: removes what the page hides from readers (hidden, display:none, aria-hidden="true", a hiding class), but not pictures in visible figures.',
  // What isHidden and the hiding classes read: an element with none of these attributes is shown.
  wants: { attributes: ['hidden', 'aria-hidden', 'style', 'class'] },
  visit(el, ctx) {
    if (!ctx.page || el.name === 'body' || el.name === 'html' || !(isHidden(el) || hiddenByClass(el))) return;
    if (ctx.attached(el) && !inVisibleFigure(el)) ctx.remove(el);
  },
  apply(root, ctx) {
    for (const el of elements(root)) rule.visit?.(el, ctx);
  },
};
export default rule;
