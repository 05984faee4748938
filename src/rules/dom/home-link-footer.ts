import type { AnyNode, Element } from 'domhandler';
import { attr, collapse, hasText, isElement, isText, urlOf, visibleText } from '../../html/dom.js';
import { lettersKey } from '../../text/fold.js';
import { elementRule } from './define.js';

// A feed footer some WordPress sites add under every item: one link to the site's home page whose
// words are the site's name, often with its address and slogan ("Valley News - ValleyNews.co.za -
// News for the valley"). It closes the body, the link is all its paragraph
// holds, it goes to the root of a host, its words spell that host's name and go on, after a dash
// or a bar, with the address or the slogan, as a site's title does. A post's closing link to a
// site it names ("<a>Valley Readers</a>" under "sign up on its own site:") is its own.
const MAX_WORDS = 14;
const MIN_LABEL = 4;
const TITLE_PARTS = /\s[-–—|·]\s/u;

function soleLink(el: Element): Element | null {
  let link: Element | null = null;
  for (const c of el.children) {
    if (isText(c)) {
      if (c.data.trim() !== '') return null;
    } else if (isElement(c)) {
      if (c.name === 'br') continue;
      if (c.name !== 'a' || link) return null;
      link = c;
    }
  }
  return link;
}

/** The host's own name, without "www." and its public suffix: "valleynews" for www.valleynews.co.za. */
function hostLabel(host: string): string {
  const parts = host.replace(/^www\d?\./u, '').split('.');
  const label = parts.length > 2 && (parts.at(-2) ?? '').length <= 3 ? parts.at(-3) : parts.at(-2);
  return lettersKey(label ?? '').replace(/\s+/gu, '');
}

/** Whether nothing after `node` in the document holds text. */
function lastWithText(node: AnyNode): boolean {
  for (let at: AnyNode | null = node; at; at = at.parent) {
    for (let next = at.next; next; next = next.next) if (hasText(next)) return false;
  }
  return true;
}

function isHomeLinkFooter(el: Element): boolean {
  const link = soleLink(el);
  const url = link ? urlOf(attr(link, 'href')) : null;
  if (!link || !url || (url.pathname !== '/' && url.pathname !== '') || url.search !== '') return false;
  const text = collapse(visibleText(link));
  const label = hostLabel(url.hostname);
  if (label.length < MIN_LABEL || !TITLE_PARTS.test(text) || text.split(/\s+/u).length > MAX_WORDS || /[.!?]$/u.test(text)) return false;
  return lettersKey(text).replace(/\s+/gu, '').includes(label) && lastWithText(el);
}

export default elementRule({
  id: 'home-link-footer',
  description: 'Removes the closing line some feeds add under every item: a lone link to the site\'s home page whose words are the site\'s name and slogan ("Valley News - ValleyNews.co.za - News for the valley").',
  wants: { names: ['p', 'div'] },
  matches: isHomeLinkFooter,
});
