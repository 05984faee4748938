import type { Element } from 'domhandler';
import { attr, isElement, isText, nonSpaceLength } from '../../html/dom.js';
import { furnitureRule } from './furniture.js';

const OWN_SHARE = /[?&](?:action=share|share=(?:twitter|x|facebook|email|linkedin|reddit|pinterest|tumblr|pocket|telegram|jetpack-whatsapp|mastodon|bluesky|threads|nextdoor|print))(?:&|#|$)/i;

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
  // The post's own address asking its platform to share it: Jetpack's "?share=twitter", Substack's "?action=share".
  OWN_SHARE,
];
// Services that only offer the page to other services: one link to them is a share button alone
// (AddThis's "Bookmark and Share" picture, ShareThis, Shareaholic, the old bookmark sites).
const SHARE_SERVICE = /addthis\.com\/bookmark|addtoany\.com\/(?:share|add_to)|sharethis\.com\/share|shareaholic\.com\/(?:api\/)?share|del\.icio\.us\/post|delicious\.com\/save|digg\.com\/submit|stumbleupon\.com\/submit|plus\.google\.com\/share|b\.hatena\.ne\.jp\/(?:add|entry)|buffer\.com\/add|xing\.com\/(?:spi\/shares|social\/share)|google\.[a-z.]+\/bookmarks\/mark|technorati\.com\/faves|netscape\.com\/submit|newsvine\.com\/_(?:tools|wine)\/seed|furl\.net\/store|blinklist\.com\/index\.php\?action=blink|ma\.gnolia\.com\/bookmarklet|myspace\.com\/Modules\/PostTo|slashdot\.org\/bookmark|fark\.com\/submit|mixx\.com\/submit|friendfeed\.com\/share|myweb2\.search\.yahoo\.com\/myresults\/bookmarklet/i;
// A button's label ("Share", "Bookmark and Share"); a longer link text is a sentence's words.
const MAX_BUTTON = 40;

function labelLength(el: Element): number {
  let n = 0;
  for (const c of el.children) n += isText(c) ? nonSpaceLength(c.data) : isElement(c) ? labelLength(c) : 0;
  return n;
}

function alone(el: Element): boolean {
  const parent = el.parent;
  return !parent || !isElement(parent) || parent.children.every((c) => c === el || (isText(c) ? c.data.trim() === '' : !isElement(c) || labelLength(c) === 0));
}

// A share row is a few labels: more text than this is prose with links in it.
const MAX_TEXT = 120;

function isShareLink(el: Element): boolean {
  if (el.name !== 'a') return false;
  const href = attr(el, 'href');
  return href !== null && (SHARE_URL.some((re) => re.test(href)) || SHARE_SERVICE.test(href));
}

// What a share row never holds: the post's prose, pictures, headline or date.
const NOT_IN_ROW: ReadonlySet<string> = new Set(['p', 'figure', 'video', 'article', 'h1', 'h2', 'time', 'table', 'blockquote']);

/** A row of two or more share links and little else. */
export function isShareRow(el: Element): boolean {
  if (el.name === 'a') {
    const href = attr(el, 'href') ?? '';
    // A link that asks the post's own platform to share it is a button alone, as a service's is,
    // when it is all its paragraph holds.
    return (SHARE_SERVICE.test(href) || (OWN_SHARE.test(href) && alone(el))) && labelLength(el) <= MAX_BUTTON;
  }
  if (NOT_IN_ROW.has(el.name)) return false;
  return (shareLinksIn(el, { maxText: MAX_TEXT, labels: true, onlyShares: false }) ?? 0) >= 2;
}

export interface RowLimits {
  /** The most letters the row may hold. */
  maxText: number;
  /** Whether the links' own labels count toward them. */
  labels: boolean;
  /** Whether any other link makes it something else. */
  onlyShares: boolean;
}

/**
 * How many share links `el` holds, or null at the first sign of prose, so that testing every
 * element of a page stays linear in practice.
 */
export function shareLinksIn(el: Element, limits: RowLimits): number | null {
  let shares = 0;
  let chars = 0;
  const walk = (node: Element): boolean => {
    for (const c of node.children) {
      if (isText(c)) {
        chars += nonSpaceLength(c.data);
        if (chars > limits.maxText) return false;
      } else if (isElement(c)) {
        if (NOT_IN_ROW.has(c.name)) return false;
        const share = isShareLink(c);
        if (share) shares++;
        else if (limits.onlyShares && c.name === 'a') return false;
        if ((limits.labels || c.name !== 'a') && !walk(c)) return false;
      }
    }
    return true;
  };
  return walk(el) ? shares : null;
}

export default furnitureRule({
  id: 'share-links',
  description: 'Whole pages: removes share rows and boxes (share-bar, sharedaddy), rows of two or more links to share addresses (sharer, tweet intent) and a lone link to a share service (AddThis).',
  family: 'share',
  also: isShareRow,
});
