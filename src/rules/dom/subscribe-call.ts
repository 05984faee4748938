import type { Element } from 'domhandler';
import { subscribeCalls } from '../../phrases/subscribe-calls.js';
import { nonSpaceLength } from '../../html/dom.js';
import { lettersKey } from '../../text/fold.js';
import { pageElementRule, shortText } from './page-element.js';
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

export default pageElementRule({
  id: 'subscribe-call',
  description: 'Whole pages: removes newsletter and subscription boxes told by their words ("Subscribe to the Morning Review newsletter", "You have been successfully subscribed") in several languages.',
  wants: { names: TEXT_TAGS },
  matches: isCall,
});
