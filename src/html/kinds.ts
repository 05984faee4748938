import type { AnyNode } from 'domhandler';
import { hasChildren, isElement, isText, someElement } from './dom.js';

/**
 * How the reader sees elements: inline content that runs into a line, blocks that become one
 * paragraph of the output each, containers that only hold blocks.
 */

/** Phrasing content: runs of it make a line (a <div> of bare text reads as a paragraph). */
export const INLINE = new Set([
  'a', 'abbr', 'acronym', 'audio', 'b', 'bdi', 'bdo', 'big', 'br', 'button', 'canvas', 'cite', 'code', 'data', 'del',
  'dfn', 'em', 'embed', 'font', 'i', 'img', 'input', 'ins', 'kbd', 'label', 'map', 'mark', 'math', 'meter', 'nobr',
  'object', 'output', 'picture', 'progress', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'select', 'small', 'source',
  'span', 'strike', 'strong', 'sub', 'sup', 'svg', 'textarea', 'time', 'tt', 'u', 'var', 'video', 'wbr',
]);

/** Elements that are one block of the output, whatever they hold (a list is one block, its items its lines). */
const LEAF = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'menu', 'dl', 'blockquote', 'pre', 'figure', 'table', 'address', 'hr']);

/** Block-level elements that only group blocks. */
const CONTAINER = new Set([
  'article', 'aside', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dt', 'fieldset', 'figcaption',
  'footer', 'form', 'head', 'header', 'hgroup', 'html', 'legend', 'li', 'main', 'nav', 'search', 'section', 'summary',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr',
]);

/** Code and inert markup: never text, on the page or here (sanitize-html is told the same). */
export const NON_TEXT = new Set(['script', 'style', 'noscript', 'template']);

function isBlockLevel(name: string): boolean {
  return LEAF.has(name) || CONTAINER.has(name);
}

/** An inline element that wraps blocks (<a><div>…</div></a>) is a container all the same. */
function holdsBlocks(node: AnyNode): boolean {
  return someElement(node, (el) => isBlockLevel(el.name));
}

export type Kind = 'inline' | 'leaf' | 'container' | 'skip';

export function kindOf(node: AnyNode): Kind {
  if (!isElement(node)) return 'inline';
  if (NON_TEXT.has(node.name)) return 'skip';
  // Note: a table holding a table is layout, not data: its cells are read as containers.
  if (LEAF.has(node.name)) return node.name === 'table' && someElement(node, (el) => el.name === 'table') ? 'container' : 'leaf';
  if (CONTAINER.has(node.name)) return 'container';
  return holdsBlocks(node) ? 'container' : 'inline';
}

/** The text of `node` as lines would hold it, blocks and <br> a space apart ("Share this: X"). */
export function spacedText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (isElement(node) && (node.name === 'script' || node.name === 'style')) return '';
  if (isElement(node) && node.name === 'br') return ' ';
  const inner = hasChildren(node) ? node.children.map(spacedText).join('') : '';
  return !isElement(node) || INLINE.has(node.name) ? inner : ` ${inner} `;
}
