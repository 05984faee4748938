import type { Element } from 'domhandler';
import type { Scores } from './content-score.js';
import { attr, elements, isElement } from './dom.js';

/**
 * A body the template splits into several blocks of the same kind: the post's text in one
 * `<div class="post__content">` per section, with a pull quote, a figure or a sidebar between
 * them, each block at its own depth. Content scoring finds the largest block; the post is all of
 * them, and the element that holds them all (when it is mostly theirs) is the body.
 */

// A block that carries part of the post: prose, not a caption or a teaser's line.
const PROSE_CHARS = 80;
// The blocks together are most of the element that holds them: what else is in it is the
// figures and quotes between them, not a second column of the page.
const SHARE_OF_HOLDER = 0.6;

function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let at = el.parent; at && isElement(at); at = at.parent) out.push(at);
  return out;
}

// A part of the post has paragraphs of its own; a press release's "About us" box or an author's
// note in a block of the same kind has one or two.
const PIECE_PARAGRAPHS = 3;

function isProse(el: Element, s: Scores): boolean {
  const w = s.weight.get(el);
  return !!w && w.chars - w.link >= PROSE_CHARS && w.link < w.chars / 2;
}

function isPiece(el: Element, s: Scores): boolean {
  if (!isProse(el, s) || !(s.score.get(el) ?? 0)) return false;
  let paragraphs = 0;
  for (const p of elements(el)) if (p.name === 'p' && isProse(p, s) && ++paragraphs >= PIECE_PARAGRAPHS) return true;
  return false;
}

/** The element around `top` and the other blocks of its kind, or `top` itself when it stands alone. */
export function splitBody(top: Element, all: readonly Element[], s: Scores): Element {
  const cls = attr(top, 'class')?.trim();
  if (!cls) return top;
  const up = ancestors(top);
  const level = new Map(up.map((el, i) => [el, i]));
  let holder = -1;
  let chars = s.weight.get(top)?.chars ?? 0;
  for (const el of all) {
    if (el === top || el.name !== top.name || attr(el, 'class')?.trim() !== cls || level.has(el) || !isPiece(el, s)) continue;
    // The lowest element that holds both; a block inside top is part of it already.
    let at = el.parent;
    while (at && isElement(at) && !level.has(at) && at !== top) at = at.parent;
    const shared = at && isElement(at) ? level.get(at) : undefined;
    if (shared === undefined) continue;
    holder = Math.max(holder, shared);
    chars += s.weight.get(el)?.chars ?? 0;
  }
  const found = up[holder];
  if (!found || found.name === 'body' || found.name === 'html') return withLead(top, s);
  return chars >= SHARE_OF_HOLDER * (s.weight.get(found)?.chars ?? Infinity) ? found : withLead(top, s);
}

const BLOCK_CHILD = new Set(['p', 'div', 'section', 'article', 'ul', 'ol', 'table', 'figure', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A lead the template keeps in a block of its own just before the body ("article__summary"): a
 * paragraph of prose, not links, right before top. The body is then their parent.
 */
function withLead(top: Element, s: Scores): Element {
  const parent = top.parent;
  if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') return top;
  let before: Element | null = null;
  for (const child of parent.children) {
    if (child === top) break;
    const w = isElement(child) ? s.weight.get(child) : undefined;
    if (w && w.chars > 0 && isElement(child)) before = child;
  }
  if (!before) return top;
  const w = s.weight.get(before);
  const own = before.name === 'p' || (before.name === 'div' && !before.children.some((c) => isElement(c) && BLOCK_CHILD.has(c.name)));
  if (!own || !w || w.chars - w.link < PROSE_CHARS || w.link > w.chars / 4) return top;
  return parent;
}
