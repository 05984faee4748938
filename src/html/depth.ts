import type { AnyNode, ParentNode, Text } from 'domhandler';
import { MAX_HTML_DEPTH, MAX_HTML_OPEN } from '../limits.js';
import { hasChildren, isElement, isText } from './dom.js';

// Elements with no end tag, and those a parser closes by itself when the next one opens: neither
// can make a document deeper, so the depth estimate does not count them.
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option tr td th'.split(' '),
);
// Unwrapped below the depth limit, these leave no gap between the texts on either side.
const INLINE = new Set('a abbr b bdi bdo big cite code em font i kbd mark q s small span strike strong sub sup time u'.split(' '));

/**
 * Refuses markup whose start tags, less their end tags, would nest deeper than MAX_HTML_OPEN:
 * htmlparser2's time grows with the square of the depth (about 6 s at 100,000 levels), so a few
 * megabytes of unclosed tags would hold a run for minutes. An estimate, linear in the input.
 */
export function checkNesting(html: string, max = MAX_HTML_OPEN): void {
  let open = 0;
  const tags = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/g;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    if (NOT_NESTING.has((m[2] as string).toLowerCase())) continue;
    open = m[1] ? Math.max(0, open - 1) : open + 1;
    if (open > max) throw new RangeError(`HTML nested over ${max} elements deep: not read`);
  }
}

/**
 * Bounds the depth of a parsed tree, as browsers do: below `max` levels an element that holds
 * elements is replaced by its children (a space between texts where a block element was), and an
 * element that holds only text stays whole, so the text, its order and its paragraphs survive while
 * every recursive walk after this one (ours, dom-serializer's, turndown's) stays far from the stack
 * limit. Iterative: it is the one walk that must not recurse.
 */
export function flattenDeep(root: ParentNode, max = MAX_HTML_DEPTH): void {
  const stack: [ParentNode, number][] = [[root, 0]];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, depth] = top;
    if (depth < max) {
      for (const child of node.children) if (hasChildren(child)) stack.push([child, depth + 1]);
    } else if (node.children.some((c) => hasChildren(c) && c.children.some(hasChildren))) {
      relink(node, unwrapped(node));
    }
  }
}

/** The children of `node` with every element that holds elements unwrapped, adjacent texts merged. */
function unwrapped(node: ParentNode): AnyNode[] {
  const out: AnyNode[] = [];
  let gap = false;
  const boundary = (n: AnyNode) => (gap ||= !(isElement(n) && INLINE.has(n.name)));
  const todo: (AnyNode | { end: AnyNode })[] = [...node.children].reverse();
  for (let next = todo.pop(); next; next = todo.pop()) {
    if ('end' in next) {
      boundary(next.end);
      continue;
    }
    if (hasChildren(next) && next.children.some(hasChildren)) {
      boundary(next);
      todo.push({ end: next });
      for (let i = next.children.length - 1; i >= 0; i--) todo.push(next.children[i] as AnyNode);
      continue;
    }
    const last = out[out.length - 1];
    if (isText(next) && last && isText(last)) (last as Text).data += (gap ? ' ' : '') + next.data;
    else out.push(next);
    gap = false;
  }
  return out;
}

function relink(parent: ParentNode, children: AnyNode[]): void {
  children.forEach((child, i) => {
    child.parent = parent;
    child.prev = children[i - 1] ?? null;
    child.next = children[i + 1] ?? null;
  });
  parent.children = children;
}
