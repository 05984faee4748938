import { lettersKey } from '../../text/fold.js';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { hasChildren, hasText, holds, isElement, isText } from '../../html/dom.js';
import { contentRoot } from '../../html/page.js';
import { adLabels } from '../../phrases/ad-labels.js';
import { namedAs } from './furniture.js';
import { shape } from './shape.js';

// Labels compared as their letters and digits only, so "- ADVERTISEMENT -" is "advertisement".
const LABELS = new Set(adLabels.flatMap((set) => set.phrases.map(lettersKey)));
const LONGEST = Math.max(...[...LABELS].map((l) => l.length)) + 8;
// An ad slot holds a label and the ad's frame; any more text than this under an ad's name is not a slot.
const MAX_SLOT = 150;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);


// The largest element whose only text is the label: a wrapper <div> around a <span>Advertisement</span>.
function labelBox(text: AnyNode, article: Element | null, root: ParentNode): Element | null {
  // A heading "Ads" or "Sponsored" titles a section of the post (or of the page), it labels no slot.
  if (text.parent && isElement(text.parent) && HEADINGS.has(text.parent.name)) return null;
  let box: Element | null = null;
  for (let at = text.parent; at && at !== root && isElement(at) && !holds(at, article); at = at.parent) {
    if (at.name === 'body' || at.name === 'html') break;
    if (box && at.children.some((c) => c !== box && hasText(c))) break;
    box = at;
  }
  return box;
}

function labelTexts(root: ParentNode): AnyNode[] {
  const out: AnyNode[] = [];
  const visit = (node: AnyNode) => {
    if (isText(node)) {
      if (node.data.length <= LONGEST * 2 && LABELS.has(lettersKey(node.data))) out.push(node);
    } else if (hasChildren(node) && !(isElement(node) && (node.name === 'script' || node.name === 'style'))) {
      for (const c of node.children) visit(c);
    }
  };
  visit(root);
  return out;
}

const rule: DomRule = {
  id: 'ad-label',
  description: 'Whole pages: removes ad slots named by their class or id (ad-slot, adsbygoogle, publicidade) and the "Advertisement" labels over them, in any language.',
  meta: { pageOnly: true },
  apply(root, ctx) {
    if (!ctx.page) return;
    const article = contentRoot(root).element;
    for (const el of ctx.elements()) {
      if (!namedAs(el, 'ad') || holds(el, article) || !ctx.attached(el)) continue;
      const s = shape(el);
      if (s.prose === 0 && s.chars <= MAX_SLOT) ctx.remove(el);
    }
    for (const text of labelTexts(root)) {
      const box = labelBox(text, article, root);
      if (box && ctx.attached(box)) ctx.remove(box);
    }
  },
};
export default rule;
