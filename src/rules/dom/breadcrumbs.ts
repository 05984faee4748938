import type { AnyNode, Element } from 'domhandler';
import { attr, isElement, isText } from '../../html/dom.js';
import { navigationLabels } from '../../phrases/page-chrome.js';
import { lettersKey } from '../../text/fold.js';
import { furnitureRule } from './furniture.js';
import { shortText } from './page-element.js';

// The label some trails open with ("You are here:", "Sie sind hier:"): the navigation phrases
// that introduce a trail, without it.
const LABELS = new Set(
  navigationLabels.flatMap((set) => set.phrases.flatMap((p) => /^(.+?)\s*:\s*\{x\}$/u.exec(p)?.[1] ?? [])).map(lettersKey),
);
// aria-label of a trail in the languages themes are translated into.
const ARIA = /breadcrumb|fil d.ariane|brotkr[uü]mel|migas|briciole|kruimel|навигационная цепочка|パンくず|面包屑|이동 경로|سلسلة التنقل|içerik haritası|okruszki/i;
const TAGS = new Set(['div', 'p', 'nav', 'ol', 'ul', 'span']);
const MAX_TRAIL = 300;
const MAX_STEP = 60;
// Between two steps of a trail, only an arrow or a slash: a bar or a dot joins a footer's links.
const SEPARATOR = /^[\s»›>/→⟩▸\\:-]*$/u;
const NEEDS_SEPARATOR = /[»›>/→⟩▸\\]/u;

/**
 * A trail by its shape, for templates that name it nothing: two links or more, each a short step,
 * with only arrows or slashes between them; an optional label before the first ("Sie sind hier:")
 * and the current page after the last, unlinked. A sentence with links has words between them.
 */
function isTrail(el: Element): boolean {
  if (!TAGS.has(el.name) || shortText(el, MAX_TRAIL) === null) return false;
  const parts: { link: boolean; text: string }[] = [];
  const walk = (node: AnyNode): boolean => {
    if (isText(node)) {
      parts.push({ link: false, text: node.data });
      return true;
    }
    if (!isElement(node)) return true;
    if (node.name === 'a') {
      const text = shortText(node, MAX_STEP) ?? '';
      parts.push({ link: true, text });
      return text.trim() !== '';
    }
    if (node.name === 'p' || node.name === 'img' || node.name === 'h1' || node.name === 'h2') return false;
    return node.children.every(walk);
  };
  if (!el.children.every(walk)) return false;
  const links = parts.flatMap((p, i) => (p.link ? [i] : []));
  if (links.length < 2) return false;
  const first = links[0] as number;
  const last = links[links.length - 1] as number;
  const lead = parts.slice(0, first).map((p) => p.text).join('').trim();
  if (lead !== '' && !LABELS.has(lettersKey(lead))) return false;
  for (let k = 1; k < links.length; k++) {
    const between = parts.slice((links[k - 1] as number) + 1, links[k]).map((p) => p.text).join('');
    if (!SEPARATOR.test(between) || !NEEDS_SEPARATOR.test(between)) return false;
  }
  const tail = parts.slice(last + 1).map((p) => p.text).join('').trim();
  return tail === '' || (NEEDS_SEPARATOR.test(tail.slice(0, 3)) && tail.length <= MAX_STEP * 2);
}

export default furnitureRule({
  id: 'breadcrumbs',
  description: 'Whole pages: removes breadcrumb trails ("Home > News > Politics") marked by class, aria-label or BreadcrumbList, or links joined by arrows only.',
  family: 'breadcrumbs',
  also: (el) =>
    ARIA.test(attr(el, 'aria-label') ?? '') || /BreadcrumbList$/.test(attr(el, 'itemtype') ?? attr(el, 'typeof') ?? '') || isTrail(el),
});
