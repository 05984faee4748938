import type { Element } from 'domhandler';
import { isElement, isText } from '../../html/dom.js';
import { elementRule } from './define.js';
import { shareLinksIn } from './share-links.js';

// A post's own row of bookmark and share buttons, carried into its feed by the theme or a plugin:
// "Add to: [del.icio.us] | [Digg] | [reddit]", "Share: Facebook · X · E-mail", often icons whose
// only words are their alt texts. The addresses say what the row is, whatever its label's language;
// a row holds two such links at least, no other link, and no words but a label before them and
// separators between: "You can also <tweet it> or <email a friend>; we read those too" is prose.
const ROW_ELEMENTS = ['p', 'div', 'span', 'li', 'ul', 'small', 'td', 'font', 'center', 'section'];
const MIN_SHARES = 2;
const MAX_LABEL = 40;

const LINK = '\u0001';
const MAX_LABEL_WORDS = 4;
const ROW_SHAPE = new RegExp(`^([^${LINK}]*)${LINK}(?:[\\s|·•,/\\-–—]*${LINK})*[\\s|·•,/\\-–—.]*$`, 'u');

/** The row's text with each link a mark: "Add to: ␁ | ␁ | ␁". */
function withLinksMarked(el: Element): string {
  return el.children.map((c) => (isText(c) ? c.data : isElement(c) ? (c.name === 'a' ? LINK : withLinksMarked(c)) : '')).join('');
}

function isLabel(text: string): boolean {
  const label = text.trim().replace(/[:：]$/u, '').trim();
  return label === '' || (!/[.,;!?()]/u.test(label) && label.split(/\s+/u).length <= MAX_LABEL_WORDS);
}

function isShareLinkRow(el: Element): boolean {
  if ((shareLinksIn(el, { maxText: MAX_LABEL, labels: false, onlyShares: true }) ?? 0) < MIN_SHARES) return false;
  const row = ROW_SHAPE.exec(withLinksMarked(el));
  return row !== null && isLabel(row[1] ?? '');
}

export default elementRule({
  id: 'share-link-row',
  description: 'Removes a row of two or more links to share and bookmark addresses (del.icio.us, Digg, sharer, tweet intent) with no other link and no more text than a label ("Add to:", "Share:").',
  wants: { names: ROW_ELEMENTS },
  matches: isShareLinkRow,
});
