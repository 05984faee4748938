import type { Element } from 'domhandler';
import { attr, urlOf } from '../../html/dom.js';
import { classMatch, elementRule, onDomain } from './define.js';

// Feedsportal / Mediafed (defunct, in old dumps): an mf.gif pixel, ad images
// from da.feedsportal.com, and the div.mf-viral share bar and div.mf-related ("Articles en rapport").
function matches(el: Element): boolean {
  if (classMatch(el, ['mf-viral', 'mf-related'])) return true;
  if (el.name !== 'img') return false;
  const url = urlOf(attr(el, 'src'));
  return url !== null && (onDomain(url.hostname, 'feedsportal.com') || url.pathname.endsWith('/mf.gif'));
}

export default elementRule({
  id: 'feedsportal',
  description: 'Removes Feedsportal leftovers: mf.gif pixels, feedsportal.com ad images and the div.mf-viral / div.mf-related blocks.',
  wants: { names: ['img'], attributes: ['class'] },
  matches,
});
