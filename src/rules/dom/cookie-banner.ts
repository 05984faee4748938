import type { Element } from 'domhandler';
import { cookieNotices } from '../../phrases/cookie-notices.js';
import { attr, elements } from '../../html/dom.js';
import { lettersKey } from '../../text/fold.js';
import { furnitureRule } from './furniture.js';
import { shortText } from './page-element.js';
import { shape } from './shape.js';

// The notice anywhere in the box's text, as whole words: one alternation for the family.
const ANY = '(?: [^ ]+){1,4}?';
const NOTICE = new RegExp(
  `(?:^| )(?:${cookieNotices.flatMap((set) => set.phrases.map((p) => p.split('{any}').map((part) => lettersKey(part)).join(`${ANY} `))).join('|')})(?: |$)`,
  'u',
);
const BOXES = new Set(['div', 'section', 'aside', 'dialog', 'form']);
// A banner is a sentence or two and its buttons.
const MAX_BANNER = 700;
const MAX_LINK_SHARE = 0.5;

// Its buttons: a <button>, or a link that runs a script or says it is one.
function hasButton(el: Element): boolean {
  return elements(el).some((d) => d.name === 'button' || (d.name === 'a' && (attr(d, 'role') === 'button' || /^(?:#|javascript:|$)/i.test((attr(d, 'href') ?? '').trim()))));
}

function isBanner(el: Element): boolean {
  if (!BOXES.has(el.name)) return false;
  const raw = shortText(el, MAX_BANNER);
  // Every notice holds one of these, in one of its languages: most boxes are not read further.
  if (raw === null || !/cookie|çerez|クッキー|쿠키|الارتباط|eväste|informasjonskaps|sütik|עוגיות|бисквитк|kolačić|piškot/i.test(raw)) return false;
  // A banner is a notice, not a menu that happens to hold one: most of its text is outside links.
  const s = shape(el);
  if (s.prose > 2 || s.link > MAX_LINK_SHARE * s.chars || !NOTICE.test(lettersKey(raw))) return false;
  // Every paragraph of a banner is about cookies: a box that also holds a paragraph of the story
  // is the story's.
  const others = elements(el).filter((d) => (d.name === 'p' || d.name === 'li') && !NOTICE.test(lettersKey(shortText(d, MAX_BANNER) ?? '')) && shape(d).prose > 0);
  return others.length === 0 && hasButton(el);
}

export default furnitureRule({
  id: 'cookie-banner',
  description: 'Whole pages: removes cookie and consent banners (GDPR notices, OneTrust, Cookiebot, Didomi) saved with the page, by their names or their words.',
  family: 'consent',
  also: isBanner,
});
