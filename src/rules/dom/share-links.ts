import type { Element } from 'domhandler';
import { attr, isElement, isText, nonSpaceLength } from '../../html/dom.js';
import { furnitureRule } from './furniture.js';

// Addresses that only post the page somewhere else: a link to one is a share button, whatever
// its label says ("Pin", "WhatsApp", an icon, a word in the page's language).
const SHARE_URL = [
  /facebook\.com\/(?:sharer|share\.php|dialog\/(?:share|feed|send))/i,
  /(?:twitter|x)\.com\/(?:intent\/(?:tweet|post)|share)/i,
  /pinterest\.[a-z.]+\/pin\/create/i,
  /linkedin\.com\/(?:shareArticle|sharing|cws\/share)/i,
  /reddit\.com\/submit/i,
  /^whatsapp:\/\/send|api\.whatsapp\.com\/send|wa\.me\/\?text=|web\.whatsapp\.com\/send/i,
  /t\.me\/share|telegram\.me\/share/i,
  /vk\.com\/share\.php|connect\.ok\.ru\/offer|service\.weibo\.com\/share|line\.me\/R\/msg|social-plugins\.line\.me/i,
  /^mailto:\?|^mailto:[^?]*\?(?:.*&)?(?:subject|body)=/i,
  /tumblr\.com\/(?:share|widgets\/share)|getpocket\.com\/(?:save|edit)|flipboard\.com\/bookmarklet|news\.ycombinator\.com\/submitlink/i,
];
// Services that only offer the page to other services: one link to them is a share button alone
// (AddThis's "Bookmark and Share" picture, ShareThis, Shareaholic, the old bookmark sites).
const SHARE_SERVICE = /addthis\.com\/bookmark|addtoany\.com\/(?:share|add_to)|sharethis\.com\/share|shareaholic\.com\/(?:api\/)?share|del\.icio\.us\/post|delicious\.com\/save|digg\.com\/submit|stumbleupon\.com\/submit|plus\.google\.com\/share|b\.hatena\.ne\.jp\/(?:add|entry)|buffer\.com\/add|xing\.com\/(?:spi\/shares|social\/share)/i;
// A button's label ("Share", "Bookmark and Share"); a longer link text is a sentence's words.
const MAX_BUTTON = 40;

function labelLength(el: Element): number {
  let n = 0;
  for (const c of el.children) n += isText(c) ? nonSpaceLength(c.data) : isElement(c) ? labelLength(c) : 0;
  return n;
}

// A share row is a few labels: more text than this is prose with links in it.
const MAX_TEXT = 120;

function isShareLink(el: Element): boolean {
  if (el.name !== 'a') return false;
  const href = attr(el, 'href');
  return href !== null && (SHARE_URL.some((re) => re.test(href)) || SHARE_SERVICE.test(href));
}

// What a share row never holds: the post's prose, pictures, headline or date.
const NOT_IN_ROW = new Set(['p', 'figure', 'video', 'article', 'h1', 'h2', 'time', 'table', 'blockquote']);

/**
 * A row of two or more share links and little else. The walk stops at the first sign of prose, so
 * that testing every element of a page stays linear in practice.
 */
export function isShareRow(el: Element): boolean {
  if (el.name === 'a') return SHARE_SERVICE.test(attr(el, 'href') ?? '') && labelLength(el) <= MAX_BUTTON;
  if (NOT_IN_ROW.has(el.name)) return false;
  let shares = 0;
  let chars = 0;
  const walk = (node: Element): boolean => {
    for (const c of node.children) {
      if (isText(c)) {
        chars += nonSpaceLength(c.data);
        if (chars > MAX_TEXT) return false;
      } else if (isElement(c)) {
        if (NOT_IN_ROW.has(c.name)) return false;
        if (isShareLink(c)) shares++;
        if (!walk(c)) return false;
      }
    }
    return true;
  };
  return walk(el) && shares >= 2;
}

export default furnitureRule({
  id: 'share-links',
  description: 'Whole pages: removes share rows and boxes (share-bar, sharedaddy), rows of two or more links to share addresses (sharer, tweet intent) and a lone link to a share service (AddThis).',
  family: 'share',
  also: isShareRow,
});
