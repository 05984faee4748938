import type { AnyNode, Element } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { hasChildren, isElement, isText } from '../../html/dom.js';

// What the other rules leave behind (the <div> that held a share block, a <p> around a pixel) and
// the spacers editors type (<p>&nbsp;</p>). Void elements are content of their own or nothing,
// table parts hold a table's shape, and media count as content however little text they have.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const STRUCTURE = new Set(['html', 'head', 'body', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'colgroup', 'caption']);
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'svg', 'canvas', 'object', 'embed', 'math', 'hr', 'iframe']);

const rule: DomRule = {
  id: 'empty-wrapper',
  description: 'Removes elements left with no text and no image (emptied wrappers, <p>&nbsp;</p> spacers).',
  apply(root, ctx) {
    // One pass up the tree to find what shows, one down to remove the outermost empty elements.
    const shows = new Set<AnyNode>();
    const mark = (node: AnyNode): boolean => {
      let found = isText(node) ? /\S/.test(node.data) : isElement(node) && MEDIA.has(node.name);
      if (hasChildren(node) && !(isElement(node) && MEDIA.has(node.name))) for (const child of node.children) found = mark(child) || found;
      if (found) shows.add(node);
      return found;
    };
    mark(root);
    const removable = (el: Element) => !shows.has(el) && !VOID.has(el.name) && !STRUCTURE.has(el.name);
    const sweep = (node: AnyNode) => {
      for (const child of hasChildren(node) ? [...node.children] : []) {
        if (isElement(child) && removable(child)) ctx.remove(child);
        else if (!(isElement(child) && MEDIA.has(child.name))) sweep(child);
      }
    };
    sweep(root);
  },
};
export default rule;
