import type { Element } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { subscribeCalls } from '../../phrases/subscribe-calls.js';
import { holds, isElement, nonSpaceLength, topOf } from '../../html/dom.js';
import { contentRoot } from '../../html/page.js';
import { lettersKey } from '../../text/fold.js';
import { shortText } from './page-element.js';
import { shape } from './shape.js';

/**
 * A newsletter or subscription box told by its words, for the many that carry no sign-up class:
 * its heading, its line of pitch, its form's notices, a print offer. Each is a short element of
 * its own; a phrase must open one of its sentences, so that a sentence about a newsletter in the
 * middle of a paragraph stays.
 */
const ANY = '(?: [^ ]+){1,10}?';
// One alternation for the whole family: every short element of a page is asked.
const CALL = new RegExp(
  `^(?:${subscribeCalls.flatMap((set) => set.phrases.map((p) => p.split('{any}').map((part) => lettersKey(part)).join(`${ANY} `))).join('|')})(?: |$)`,
  'u',
);
const MAX_CALL = 500;
const TEXT_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'div', 'strong', 'label', 'li', 'a'];
const IS_TEXT_TAG = new Set(TEXT_TAGS);
// Sentences end at . ! ? and their CJK forms; lettersKey then drops the punctuation.
const SENTENCES = /[.!?。！？]+(?:\s+|$)/u;

// A wrapper and its only child have the same text, and a page repeats its calls: the verdict on a
// text is kept for the last few hundred texts.
const verdicts = new Map<string, boolean>();
const VERDICTS = 512;

function callText(raw: string): boolean {
  let known = verdicts.get(raw);
  if (known === undefined) {
    if (verdicts.size >= VERDICTS) verdicts.clear();
    known = nonSpaceLength(raw) <= MAX_CALL && raw.split(SENTENCES).some((s) => CALL.test(lettersKey(s)));
    verdicts.set(raw, known);
  }
  return known;
}

function isCall(el: Element): boolean {
  if (!IS_TEXT_TAG.has(el.name)) return false;
  const raw = shortText(el, MAX_CALL * 2);
  if (raw === null || raw === '' || !callText(raw)) return false;
  return shape(el).prose <= 1;
}

// A call that heads a box ("Newsletter abonnieren" over a line of pitch and a button) takes the
// box along: the pitch and the button are in the page's words, which no list can hold. A box is
// small, has one line of pitch at most, and a button, a form or a link to act on.
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'label']);
const BOXES = new Set(['div', 'section', 'aside', 'form']);
const MAX_BOX = 400;

function boxOf(heading: Element): Element {
  const parent = heading.parent;
  if (!HEADINGS.has(heading.name) || !parent || !isElement(parent) || !BOXES.has(parent.name)) return heading;
  if (parent.children.find((c) => isElement(c) || (c.type === 'text' && (c as { data: string }).data.trim() !== '')) !== heading) return heading;
  const s = shape(parent);
  if (s.chars > MAX_BOX || s.prose > 1 || s.media) return heading;
  const acts = parent.children.some((c) => isElement(c) && c !== heading && /^(?:a|button|form|input)$/.test(c.name)) ||
    parent.children.some((c) => isElement(c) && c !== heading && (c.name === 'p' || c.name === 'div') && c.children.some((d) => isElement(d) && (d.name === 'a' || d.name === 'button')));
  return acts ? parent : heading;
}

const rule: DomRule = {
  id: 'subscribe-call',
  description: 'Whole pages: removes newsletter and subscription boxes told by their words ("Subscribe to the Morning Review newsletter", "You have been successfully subscribed") in several languages.',
  meta: { pageOnly: true },
  wants: { names: TEXT_TAGS },
  visit(el, ctx) {
    if (!ctx.page || !isCall(el) || !ctx.attached(el)) return;
    const box = boxOf(el);
    if (holds(box, contentRoot(topOf(el)).element)) return;
    ctx.remove(box);
  },
  apply(_root, ctx) {
    for (const el of ctx.elements()) rule.visit?.(el, ctx);
  },
};
export default rule;
