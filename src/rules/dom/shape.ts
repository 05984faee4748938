import type { AnyNode, Element } from 'domhandler';
import { hasChildren, isElement, isText, nonSpaceLength } from '../../html/dom.js';

/** What an element holds, by its visible characters (whitespace excluded): enough to tell a widget from prose. */
export interface Shape {
  chars: number;
  /** Of those, inside links. */
  link: number;
  /** Pictures, video or frames. */
  media: boolean;
  /** Paragraphs of prose: a <p> or <li> of 80 characters or more outside links. */
  prose: number;
}

const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'object', 'embed']);
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template']);
const PROSE = 80;

// Counted into one record as the walk goes, not summed from a record per node: every text-like
// element of a page may be shaped, and the small objects were a share of the collector's work.
export function shape(el: Element): Shape {
  const out: Shape = { chars: 0, link: 0, media: false, prose: 0 };
  const walk = (node: AnyNode, inLink: boolean): void => {
    if (isText(node)) {
      const chars = nonSpaceLength(node.data);
      out.chars += chars;
      if (inLink) out.link += chars;
      return;
    }
    if (!isElement(node) || NO_TEXT.has(node.name)) return;
    if (MEDIA.has(node.name)) out.media = true;
    const chars = out.chars;
    const link = out.link;
    const linked = inLink || node.name === 'a';
    if (hasChildren(node)) for (const c of node.children) walk(c, linked);
    if ((node.name === 'p' || node.name === 'li') && out.chars - chars - (out.link - link) >= PROSE) out.prose++;
  };
  walk(el, false);
  return out;
}
