import type { Element } from 'domhandler';
import { appeals } from '../../phrases/appeals.js';
import { namedAs } from './furniture.js';
import { lettersKey } from '../../text/fold.js';
import { pageElementRule, shortKey, shortText } from './page-element.js';
import { isPromoLabel } from './promo-run.js';
import { shape } from './shape.js';

const PHRASES = appeals.flatMap((set) => set.phrases.map(lettersKey));
// Every short text of a page is compared with every phrase: the forms it is compared in are made once.
const WHOLE = new Set(PHRASES);
// A text that ends with " phrase" ends with the phrase's last word, and one that starts with
// "phrase " starts with its first: each text is compared only with the phrases that share them.
const lastWord = (text: string) => text.slice(text.lastIndexOf(' ') + 1);
const firstWord = (text: string) => text.split(' ', 1)[0] ?? '';
const BY_LAST = groupBy(PHRASES, lastWord);
const BY_FIRST = groupBy(PHRASES, firstWord);
function groupBy(phrases: readonly string[], word: (p: string) => string): Map<string, { before: string; after: string; words: number }[]> {
  const out = new Map<string, { before: string; after: string; words: number }[]>();
  for (const p of phrases) {
    const list = out.get(word(p)) ?? [];
    list.push({ before: ` ${p}`, after: `${p} `, words: words(p) });
    out.set(word(p), list);
  }
  return out;
}
// A call is a line or two; longer text that starts with "Support us" is a paragraph about it.
const MAX_CALL = 140;
// An appeal box holds a letter of a few paragraphs and its buttons; more than this under such a
// name is a section of the page that also asks.
const MAX_BOX = 2500;
const MAX_BOX_PROSE = 4;
// A call ends with its ask ("Do you read us every day? Support us") or starts with it and adds a
// button or two ("Already a subscriber? Sign in"); "Donate now or later, she said" goes on as a sentence.
const MAX_TAIL = 3;
function words(text: string): number {
  return text.split(' ').length;
}
const TEXT_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'div', 'strong', 'a'];
const IS_TEXT_TAG = new Set(TEXT_TAGS);

function isCall(el: Element): boolean {
  if (!IS_TEXT_TAG.has(el.name)) return false;
  const text = shortKey(el, MAX_CALL * 3);
  if (text === null || text.length === 0 || text.length > MAX_CALL) return false;
  if (WHOLE.has(text)) return true;
  return (BY_LAST.get(lastWord(text)) ?? []).some((p) => text.endsWith(p.before)) || (BY_FIRST.get(firstWord(text)) ?? []).some((p) => text.startsWith(p.after) && words(text) - p.words <= MAX_TAIL);
}

// "cta" also names the label of a promoted headline ("READ" before a link to another post): that
// label is promo-run's, with the headline it opens.
function isAppealBox(el: Element): boolean {
  if (!namedAs(el, 'appeal')) return false;
  if (isPromoLabel(shortText(el, MAX_CALL) ?? '')) return false;
  const s = shape(el);
  return s.chars <= MAX_BOX && s.prose <= MAX_BOX_PROSE;
}

export default pageElementRule({
  id: 'support-appeal',
  description: 'Whole pages: removes donation and membership appeals and paywall calls ("Support our journalism", "To read the full story", "Assine para continuar lendo"), by class or by their words.',
  wants: { names: TEXT_TAGS, attributes: ['class', 'id'] },
  matches: (el) => isAppealBox(el) || isCall(el),
});
