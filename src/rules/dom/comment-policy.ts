import type { Element } from 'domhandler';
import { commentPolicies } from '../../phrases/comment-policies.js';
import { family, wholeLine } from '../../phrases/match.js';
import { collapse, isElement } from '../../html/dom.js';
import { pageElementRule, shortText } from './page-element.js';
import { shape } from './shape.js';

// The notice runs on to the end of its sentence or two ("… will not be approved by the moderator.").
const POLICIES = family(commentPolicies, '.*');
const TEXT_TAGS = ['p', 'div', 'span', 'small', 'em', 'strong', 'b', 'i', 'li', 'h4', 'h5', 'h6'];
// A notice is a sentence or two; a longer text that opens the same way is prose about moderation.
const MAX_CHARS = 240;
const MAX_SENTENCES = 3;
// Themes print the notice after a label of a word or two, in any language ("Note:", "ATENÇÃO:").
const LABEL = /^[\p{L}.]+(?: [\p{L}.]+)?\s?[:：]\s*/u;
const SENTENCE_END = /[.!?。！？](?:\s|$)/gu;

// The notice stands where the comments begin, after the story: a sentence with the same opening
// followed by more of the article is a report on a forum's rules ("Comments are moderated by
// volunteers, she said.").
function proseFollows(el: Element): boolean {
  for (let at: Element = el; ; ) {
    for (let next = at.next; next; next = next.next) if (isElement(next) && shape(next).prose > 0) return true;
    const parent = at.parent;
    if (!parent || !isElement(parent) || shortText(parent, MAX_CHARS) !== shortText(at, MAX_CHARS)) return false;
    at = parent;
  }
}

function isPolicy(el: Element): boolean {
  const raw = shortText(el, MAX_CHARS);
  if (raw === null) return false;
  const text = collapse(raw).replace(LABEL, '');
  if (text.length < 12 || (text.match(SENTENCE_END)?.length ?? 0) > MAX_SENTENCES) return false;
  return wholeLine(POLICIES, text) !== null && !proseFollows(el);
}

export default pageElementRule({
  id: 'comment-policy',
  description: 'Whole pages: removes notices about how comments are moderated ("All comments are moderated", "Comentários … não serão aprovados") in several languages.',
  wants: { names: TEXT_TAGS },
  matches: isPolicy,
});
