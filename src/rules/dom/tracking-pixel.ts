import type { Element } from 'domhandler';
import { attr, urlOf } from '../../html/dom.js';
import { elementRule, onDomain } from './define.js';

// Beacons that feeds append to every item: WordPress.com / Jetpack Stats,
// Medium's view counter, the historic feed ad beacons. FeedBurner and Feedsportal have rules of
// their own.
const BEACONS: { host: string; path?: RegExp }[] = [
  { host: 'stats.wordpress.com' },
  { host: 'pixel.wp.com' },
  { host: 'medium.com', path: /^\/_\/stat\b/ },
  { host: 'ads.pheedo.com' },
  { host: 'a.rfihub.com' },
];

/** 1 or 0 pixels ("1", "1px"): an image no reader can see. */
function tiny(value: string | null): boolean {
  return value !== null && /^\s*[01](?:px)?\s*$/i.test(value);
}

function isPixel(el: Element): boolean {
  if (el.name !== 'img') return false;
  if (tiny(attr(el, 'width')) && tiny(attr(el, 'height'))) return true;
  const url = urlOf(attr(el, 'src'));
  return url !== null && BEACONS.some((b) => onDomain(url.hostname, b.host) && (!b.path || b.path.test(url.pathname)));
}

export default elementRule({
  id: 'tracking-pixel',
  description: 'Removes 1x1 images and stats beacons (stats.wordpress.com, Medium, Pheedo), with a link wrapped around nothing else.',
  wants: { names: ['img'] },
  matches: isPixel,
});
