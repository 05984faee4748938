import type { Element } from 'domhandler';
import { commentPrompts } from '../../phrases/comment-prompts.js';
import { lettersKey } from '../../text/fold.js';
import { pageElementRule, shortKey } from './page-element.js';

const PHRASES = new Set(commentPrompts.flatMap((set) => set.phrases.map(lettersKey)));
const LONGEST = Math.max(...[...PHRASES].map((p) => p.length)) + 12;
const TEXT_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6', 'p', 'span', 'div', 'strong', 'a', 'button'];
const IS_TEXT_TAG = new Set(TEXT_TAGS);
// "Comments (12)", "12 Comments": the count is part of the prompt.
const COUNT = /^(?:\d+ )?(.*?)(?: \d+)?$/u;

function isPrompt(el: Element): boolean {
  if (!IS_TEXT_TAG.has(el.name)) return false;
  const key = shortKey(el, LONGEST * 2);
  if (key === null) return false;
  const text = key.replace(COUNT, '$1');
  return text.length > 0 && PHRASES.has(text);
}

export default pageElementRule({
  id: 'comment-prompt',
  description: 'Whole pages: removes calls to comment and notices about comments ("Leave a comment", "Tell us what you think", "Comments are closed", "Deixe seu comentário") in several languages.',
  wants: { names: TEXT_TAGS },
  matches: isPrompt,
});
