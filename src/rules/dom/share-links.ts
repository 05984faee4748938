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
// A share row is a few labels: more text than this is prose with links in it.
const MAX_TEXT = 120;

function isShareLink(el: Element): boolean {
  if (el.name !== 'a') return false;
  const href = attr(el, 'href');
  return href !== null && SHARE_URL.some((re) => re.test(href));
}

// What a share row never holds: the post's prose, pictures, headline or date.
const NOT_IN_ROW = new Set(['p', 'figure', 'video', 'article', 'h1', 'h2', 'time', 'table', 'blockquote']);

/**
 * A row of two or more share links and little else. The walk stops at the first sign of prose, so
 * that testing every element of a page stays linear in practice.
 */
export function isShareRow(el: Element): boolean {
  if (el.name === 'a' || NOT_IN_ROW.has(el.name)) return false;
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
  description: 'Whole pages: removes share rows, boxes named for sharing (share-bar, sharedaddy, compartilhar) and rows of two or more links to share addresses (sharer, tweet intent, WhatsApp).',
  family: 'share',
  also: isShareRow,
});
