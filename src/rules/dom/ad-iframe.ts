import { attr, describe, urlOf } from '../../html/dom.js';
import { elementRule, onDomain } from './define.js';

// Ad servers and content-recommendation networks that feeds and post bodies embed as frames
// (Readability and trafilatura drop the same networks by class; here the frame's host says it).
const AD_HOSTS = [
  'doubleclick.net', 'googlesyndication.com', 'googleadservices.com', 'adnxs.com', 'amazon-adsystem.com',
  'taboola.com', 'outbrain.com', 'criteo.com', 'criteo.net', 'adform.net', 'pubmatic.com', 'rubiconproject.com',
  'openx.net', 'moatads.com', 'adsafeprotected.com', 'pheedo.com', 'rfihub.com', 'feedsportal.com',
];

/** The frame's host is an ad network. */
export function isAdFrame(src: string | null): boolean {
  const host = urlOf(src)?.hostname;
  return host !== undefined && AD_HOSTS.some((d) => onDomain(host, d));
}

export default elementRule({
  id: 'ad-iframe',
  description: 'Removes <iframe> elements served by ad networks (DoubleClick, AdSense, Taboola, Outbrain and the like).',
  wants: { names: ['iframe'] },
  matches: (el) => el.name === 'iframe' && isAdFrame(attr(el, 'src')),
  // The address, even when the frame holds fallback text of its own.
  label: describe,
});
