import type { AnyNode, Element } from 'domhandler';
import { hasChildren, isElement, isText } from './dom.js';

/**
 * The short texts the DOM rules ask of a page's elements, found once per element for all rules.
 * Several rules ask every <div>, <p> and <span> of a page for its text up to a few hundred
 * characters; each walked the subtree again. While a DOM run lasts (withShortTexts), an element's
 * text up to CAP characters is kept, built from its children's kept texts, and forgotten for the
 * ancestors of any element the run removes, the one change rules make to the tree.
 */

// The longest text any rule asks for; a longer ask walks the tree as before.
const CAP = 1000;
// An element whose text is longer than CAP.
const LONG = null;

let kept: Map<Element, string | null> | null = null;

function isCode(node: AnyNode): boolean {
  return isElement(node) && (node.name === 'script' || node.name === 'style');
}

// The element's visible text (script and style code left out), or null as soon as it is longer
// than `max`: reading the whole text of a page's outer elements would cost the page's size each.
function walked(el: Element, max: number): string | null {
  let out = '';
  const walk = (node: AnyNode): boolean => {
    if (isText(node)) out += node.data;
    else if (isCode(node)) return true;
    else if (hasChildren(node)) for (const c of node.children) if (!walk(c)) return false;
    return out.length <= max;
  };
  return walk(el) ? out : null;
}

function capped(el: Element, known: Map<Element, string | null>): string | null {
  const have = known.get(el);
  if (have !== undefined) return have;
  let out = '';
  let text: string | null = '';
  if (!isCode(el)) {
    for (const c of el.children) {
      if (isText(c)) out += c.data;
      else if (isElement(c)) {
        if (isCode(c)) continue;
        const inner = capped(c, known);
        if (inner === LONG) {
          out = '';
          text = LONG;
          break;
        }
        out += inner;
      } else if (hasChildren(c)) {
        const inner = walked(c as unknown as Element, CAP - out.length);
        if (inner === null) {
          text = LONG;
          break;
        }
        out += inner;
      }
      if (out.length > CAP) {
        text = LONG;
        break;
      }
    }
    if (text !== LONG) text = out;
  }
  known.set(el, text);
  return text;
}

/** The element's text (script and style code left out) when it is at most `max` characters long, else null. */
export function shortText(el: Element, max: number): string | null {
  if (kept === null || max > CAP) return walked(el, max);
  const text = capped(el, kept);
  return text !== LONG && text.length <= max ? text : null;
}

/** Runs `fn` with the elements' short texts kept; `forget(node)` must be called before each removal. */
export function withShortTexts<T>(fn: () => T): T {
  const outer = kept;
  kept = new Map();
  try {
    return fn();
  } finally {
    kept = outer;
  }
}

/** The texts of `node`'s ancestors change when it goes: forget them. */
export function forgetAbove(node: AnyNode): void {
  if (kept === null) return;
  for (let at = node.parent; at; at = at.parent) kept.delete(at as Element);
}
