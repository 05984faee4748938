import type { Element } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { isHidden } from '../../html/content-score.js';
import { closest, elements } from '../../html/dom.js';

// Images keep their place in a visible figure even when marked aria-hidden (decorative copies,
// lazy-load twins): the figure is the page's, and dropping its picture would leave a bare caption.
const PICTURES = new Set(['img', 'picture', 'source']);

function inVisibleFigure(el: Element): boolean {
  if (!PICTURES.has(el.name) && !elements(el).every((d) => PICTURES.has(d.name))) return false;
  const figure = closest(el, (a) => a.name === 'figure');
  return figure !== null && !closest(figure, isHidden);
}

const rule: DomRule = {
  id: 'hidden-content',
  description: 'Whole pages: removes what the page hides from readers (hidden, display:none, visibility:hidden, aria-hidden="true"), but not pictures in visible figures.',
  // What isHidden reads: an element with none of these attributes is shown.
  wants: { attributes: ['hidden', 'aria-hidden', 'style'] },
  visit(el, ctx) {
    if (ctx.page && isHidden(el) && el.name !== 'body' && el.name !== 'html' && ctx.attached(el) && !inVisibleFigure(el)) ctx.remove(el);
  },
  apply(root, ctx) {
    for (const el of elements(root)) rule.visit?.(el, ctx);
  },
};
export default rule;
