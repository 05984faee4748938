import type { Element } from 'domhandler';
import { attr, hasClass, urlOf } from '../../html/dom.js';
import { elementRule, onDomain } from './define.js';

// FeedBurner: the item's view pixel is /~r/<feed>/~4/<id>, the "flare"
// buttons (email this, share) are div.feedflare with /~ff/ links and images. A plain link to
// /~r/ is the article's own address through FeedBurner's redirect, and stays.
function fromFeedburner(value: string | null, pattern: RegExp): boolean {
  // Note: every link of a body comes through here; most are not worth parsing.
  if (!value || !/feedburner|feedproxy/i.test(value)) return false;
  const url = urlOf(value);
  return url !== null && (onDomain(url.hostname, 'feedburner.com') || url.hostname === 'feedproxy.google.com') && pattern.test(url.pathname);
}

function matches(el: Element): boolean {
  if (hasClass(el, 'feedflare')) return true;
  if (el.name === 'img') return fromFeedburner(attr(el, 'src'), /\/~(?:r|ff)\//);
  return el.name === 'a' && fromFeedburner(attr(el, 'href'), /\/~ff\//);
}

export default elementRule({
  id: 'feedburner',
  description: 'Removes FeedBurner leftovers: div.feedflare, /~ff/ flare links and images, and the /~r/ view pixel.',
  wants: { names: ['img', 'a'], attributes: ['class'] },
  matches,
});
