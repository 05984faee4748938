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

export function shape(el: Element): Shape {
  const out: Shape = { chars: 0, link: 0, media: false, prose: 0 };
  const walk = (node: AnyNode, inLink: boolean): { chars: number; link: number } => {
    if (isText(node)) {
      const chars = nonSpaceLength(node.data);
      return { chars, link: inLink ? chars : 0 };
    }
    if (!isElement(node) || NO_TEXT.has(node.name)) return { chars: 0, link: 0 };
    if (MEDIA.has(node.name)) out.media = true;
    const sum = { chars: 0, link: 0 };
    const link = inLink || node.name === 'a';
    if (hasChildren(node)) {
      for (const c of node.children) {
        const w = walk(c, link);
        sum.chars += w.chars;
        sum.link += w.link;
      }
    }
    if ((node.name === 'p' || node.name === 'li') && sum.chars - sum.link >= PROSE) out.prose++;
    return sum;
  };
  const total = walk(el, false);
  out.chars = total.chars;
  out.link = total.link;
  return out;
}
