import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { singleSpaced } from '../text/fold.js';

/**
 * Small DOM helpers for the HTML reader and the DOM rules. Type imports only: domhandler's own
 * helpers would load it, and these run on trees the reader has already parsed.
 */

// Note: domhandler gives <script> and <style> their own node types; they are elements all the same.
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is Text {
  return node.type === 'text';
}

export function hasChildren(node: AnyNode): node is ParentNode {
  return 'children' in node && Array.isArray(node.children);
}

export function attr(el: Element, name: string): string | null {
  return Object.hasOwn(el.attribs, name) ? (el.attribs[name] ?? null) : null;
}

// Each element rule asks for an element's classes, some several times; the list is kept with the
// attribute value it was split from, so that a changed attribute is split again.
const classLists = new WeakMap<Element, { value: string; list: readonly string[] }>();

const NO_CLASSES: readonly string[] = [];

export function classes(el: Element): readonly string[] {
  const value = attr(el, 'class');
  if (value === null) return NO_CLASSES;
  const known = classLists.get(el);
  if (known?.value === value) return known.list;
  const list = value.split(/\s+/).filter(Boolean);
  classLists.set(el, { value, list });
  return list;
}

export function hasClass(el: Element, name: string): boolean {
  return classes(el).includes(name);
}

/** Every element under `root`, in document order, as a snapshot (safe to remove from while iterating). */
export function elements(root: AnyNode): Element[] {
  const out: Element[] = [];
  const visit = (node: AnyNode) => {
    if (isElement(node)) out.push(node);
    if (hasChildren(node)) for (const child of node.children) visit(child);
  };
  if (hasChildren(root)) for (const child of root.children) visit(child);
  return out;
}

/** Whether some element under `root` passes `test`: elements(root).some(test), stopping at the first. */
export function someElement(root: AnyNode, test: (el: Element) => boolean): boolean {
  if (!hasChildren(root)) return false;
  for (const child of root.children) if ((isElement(child) && test(child)) || someElement(child, test)) return true;
  return false;
}

/** The node's text, as the browser's textContent gives it (script and style code included). */
export function textContent(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!hasChildren(node)) return '';
  return node.children.map(textContent).join('');
}

// Script and style hold code, not text.
const RAW_TEXT = new Set(['script', 'style']);

/** The text a reader would see in `node`: textContent without script and style code. */
export function visibleText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (isElement(node) && RAW_TEXT.has(node.name)) return '';
  return hasChildren(node) ? node.children.map(visibleText).join('') : '';
}

/** The first `n` characters of visibleText(node), all of it when it is shorter: read no further. */
export function visibleHead(node: AnyNode, n: number): string {
  let head = '';
  const visit = (at: AnyNode): boolean => {
    if (isText(at)) head += at.data.slice(0, n - head.length);
    else if (!(isElement(at) && RAW_TEXT.has(at.name)) && hasChildren(at)) for (const c of at.children) if (visit(c)) return true;
    return head.length >= n;
  };
  visit(node);
  return head;
}

/** Whether `node` holds any visible text: visibleText() that stops at the first word. */
export function hasText(node: AnyNode): boolean {
  if (isText(node)) return /\S/.test(node.data);
  if (isElement(node) && RAW_TEXT.has(node.name)) return false;
  return hasChildren(node) && node.children.some(hasText);
}

/** text.replace(/\s+/g, '').length without the copy: content scoring and shape() ask it of every text node. */
export function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && isUnicodeSpace(c)))) n++;
  }
  return n;
}

/** Whitespace collapsed to single spaces and trimmed: how a line of text is compared. */
export function collapse(text: string): string {
  return isCollapsed(text) ? text : singleSpaced(text).trim();
}

// Every line of a page passes through collapse(), and most need nothing: a scan costs less than
// the replace's new string.
function isCollapsed(text: string): boolean {
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
    } else if (c <= 13 || (c >= 0xa0 && isUnicodeSpace(c))) return false;
    else space = false;
  }
  return !space || text.length === 0;
}

// What \s matches besides the ASCII spaces (the controls below 14 all take the slow path).
function isUnicodeSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether `node` is still in the tree under `root` (removing an element detaches its subtree). */
export function isAttached(node: AnyNode, root: AnyNode): boolean {
  let at: AnyNode | null = node;
  while (at && at !== root) at = at.parent;
  return at === root;
}

/** Whether `outer` is `inner` or one of its ancestors. */
export function holds(outer: AnyNode, inner: AnyNode | null): boolean {
  return inner !== null && isAttached(inner, outer);
}

/** The root of the tree `el` stands in: its document, or the top of a detached subtree. */
export function topOf(el: Element): ParentNode {
  let at: ParentNode = el;
  while (at.parent) at = at.parent;
  return at;
}

/** The nearest ancestor (or the node itself) that satisfies `test`. */
export function closest(node: AnyNode, test: (el: Element) => boolean): Element | null {
  for (let at: AnyNode | null = node; at; at = at.parent) if (isElement(at) && test(at)) return at;
  return null;
}

/** "div.sharedaddy", "iframe src=https://...": what a removal without text says it removed. */
export function describe(el: Element): string {
  const src = attr(el, 'src');
  if (src) return `${el.name} src=${src}`;
  const id = attr(el, 'id');
  const first = classes(el)[0];
  const name = `${el.name}${id ? `#${id}` : ''}${first ? `.${first}` : ''}`;
  const media = elements(el).find((e) => attr(e, 'src'));
  return media ? `${name} with ${media.name} src=${attr(media, 'src') ?? ''}` : name;
}

/** A URL attribute, parsed, or null unless it is http(s): a relative one gets a host that matches no rule. */
export function urlOf(value: string | null): URL | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), 'https://relative.invalid/');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
