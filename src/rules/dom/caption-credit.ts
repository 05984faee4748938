import type { AnyNode, Element } from 'domhandler';
import { collapse, isElement, isText } from '../../html/dom.js';
import { loose } from '../../phrases/match.js';
import { photoCreditLabels } from '../../phrases/photo-credit.js';
import { pageElementRule, shortText } from './page-element.js';
import { shape } from './shape.js';
import { foldCase, foldedRegExp } from '../../text/case-fold.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const LETTERS = /\p{L}/gu;

/**
 * A caption that templates print under a picture in an element of no caption name (a
 * "media__title" div, a table cell's "info2"), told by the credit that closes it: "… © Reuters /
 * Jane Doe", "… (credit: NASA)", "… (Foto: PAP)". Only beside a picture: a paragraph that ends
 * with a copyright sign elsewhere is a page's copyright line, which some pages' bodies keep.
 */
const TEXT_TAGS = ['div', 'p', 'span', 'td'];
const MAX_CAPTION = 400;
// Some words of caption before the credit, and a name in it: "© 2019 Example Ltd" alone, or
// "All rights reserved © 2019", is a copyright line. A label is a word of its own ("(photoblog)" is none).
const MIN_CAPTION_LETTERS = 10;
const LABELS = [...new Set(photoCreditLabels.flatMap((s) => s.phrases).map((p) => p.replace(/\s*[:：=/]$/u, '')))]
  .sort((a, b) => b.length - a.length)
  .map(loose);
// For folded text (text/case-fold.ts): hundreds of labels, far cheaper to compile without `i`.
const CREDIT = foldedRegExp(
  String.raw`(?:©\s*(?=[^©.!?]*\p{L})[^©.!?]{2,80}|\((?:[\p{L} ]{0,20}credits?|${LABELS.join('|')})(?:\s*[:：=]\s*|\s+)[^()]{2,80}\))\s*$`,
);

function siblingOf(node: AnyNode, step: 'prev' | 'next'): Element | null {
  for (let at = step === 'prev' ? node.prev : node.next; at; at = step === 'prev' ? at.prev : at.next) {
    if (isElement(at)) return at;
    if (isText(at) && at.data.trim() !== '') return null;
  }
  return null;
}

function isPicture(el: Element | null): boolean {
  if (!el) return false;
  const s = shape(el);
  return s.media && s.chars === 0;
}

// The caption, or the wrappers that hold only it, stands next to the picture.
function besidePicture(el: Element): boolean {
  for (let at: Element | null = el; at; ) {
    if (isPicture(siblingOf(at, 'prev')) || isPicture(siblingOf(at, 'next'))) return true;
    const parent: Element | null = at.parent && isElement(at.parent) ? at.parent : null;
    if (!parent || parent.children.some((c) => c !== at && (isElement(c) || (isText(c) && c.data.trim() !== '')))) return false;
    at = parent;
  }
  return false;
}

function isCreditedCaption(el: Element): boolean {
  const raw = shortText(el, MAX_CAPTION);
  if (raw === null) return false;
  // Every credit opens with "©" or "(": a text with neither is not run through the labels' long regex.
  if (!raw.includes('©') && !raw.includes('(')) return false;
  const text = collapse(raw);
  const m = CREDIT.exec(foldCase(text));
  if (!m || (text.slice(0, m.index).match(LETTERS)?.length ?? 0) < MIN_CAPTION_LETTERS) return false;
  return !shape(el).media && besidePicture(el);
}

export default pageElementRule({
  id: 'caption-credit',
  description: 'Whole pages: removes a caption beside a picture that closes with its credit ("… © Reuters / Jane Doe", "… (credit: NASA)") whatever the template names it.',
  wants: { names: TEXT_TAGS },
  matches: isCreditedCaption,
});
