import type { AnyNode, Element } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { hasChildren, isElement, isText } from '../../html/dom.js';

// What the other rules leave behind (the <div> that held a share block, a <p> around a pixel) and
// the spacers editors type (<p>&nbsp;</p>). Void elements are content of their own or nothing,
// table parts hold a table's shape, and media count as content however little text they have.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const STRUCTURE = new Set(['html', 'head', 'body', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'colgroup', 'caption']);
const PRE = new Set(['pre', 'textarea', 'xmp', 'listing', 'plaintext']);
// A theme's separator between meta items ("October 12 / 0 Comments / in News"): once the items are
// gone, the slashes alone are no content.
const SEPARATOR_CLASS = /(?:^|[-_\s])(?:sep|separator|divider|delimiter)(?:$|[-_\s])/i;
const SEPARATOR_TEXT = /^[\s/|·•:,\-\u2013\u2014]*$/u;
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'svg', 'canvas', 'object', 'embed', 'math', 'hr', 'iframe']);

function isSeparator(el: Element): boolean {
  const cls = el.attribs.class;
  return cls !== undefined && SEPARATOR_CLASS.test(cls) && el.children.every((c) => isText(c) && SEPARATOR_TEXT.test(c.data));
}

const rule: DomRule = {
  id: 'empty-wrapper',
  description: 'Removes elements left with no text and no image (emptied wrappers, <p>&nbsp;</p> spacers).',
  apply(root, ctx) {
    // One pass up the tree to find what shows, one down to remove the outermost empty elements.
    const shows = new Set<AnyNode>();
    // Inside <pre> a run of spaces is content: highlighters wrap indentation and the space between
    // tokens in spans of their own, and without them "uint256 x" reads "uint256x".
    const mark = (node: AnyNode, pre: boolean): boolean => {
      if (isElement(node) && isSeparator(node)) return false;
      let found = isText(node) ? (pre ? node.data.length > 0 : /\S/.test(node.data)) : isElement(node) && MEDIA.has(node.name);
      const inPre = pre || (isElement(node) && PRE.has(node.name));
      if (hasChildren(node) && !(isElement(node) && MEDIA.has(node.name))) for (const child of node.children) found = mark(child, inPre) || found;
      if (found) shows.add(node);
      return found;
    };
    mark(root, false);
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
