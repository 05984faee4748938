import type { Element } from 'domhandler';
import { attr, classes, closest, elements, holds, isElement, textContent } from '../dom.js';

/**
 * Where a credit or a date stands: in the article, or in a teaser, a comment, a sidebar or a footer
 * that belongs to another post. `content` is the article's element; `headline` tells the page's
 * headline from another post's.
 */
export interface Place {
  content?: Element | null;
  headline?: ((text: string) => boolean) | undefined;
  /** The page's own address, when it states one. */
  url?: string | null;
}

// Teasers and discussion: a credit or a date inside them belongs to another post or a commenter;
// the masthead's date is the day the page was served.
// "widget" only opens a name (WordPress's "widget", "widget_recent_entries"): page builders call
// every block of the post an "elementor-widget". A modifier ("content__header--no-promo",
// "has-sidebar", "with-comments") says what a box is not, or what sits beside it.
const ELSEWHERE = /(?:^|[-_])(?<!(?:^|[-_])(?:no|has|with|without|is|show|hide|enable|disable)[-_]+)(?:related|comment|comments|recommend\w*|more-stories|sidebar|teaser|promo|trending|popular|footer|nav|navbar|nav-item|masthead|site-header|topbar|top-bar)(?:$|[-_])|^widget(?:$|[-_])/i;

const HEADING = /^h[1-6]$/;
const BYLINE_CLASS = /(?:^|[-_])(?:byline|author|authors|meta)(?:$|[-_])/i;
const isLink = (el: Element) => el.name === 'a' && !/^(?:#|javascript:|$)/i.test((attr(el, 'href') ?? '').trim());
/** Whether a heading links to a page other than this one. */
function linksAway(heading: Element, url: string | null | undefined): boolean {
  const links = elements(heading).filter(isLink);
  const around = closest(heading, isLink);
  if (around) links.push(around);
  return links.some((a) => !toThisPage(a, url));
}

/**
 * Whether the box `el` first shares with a heading before it is another post's card: a linked
 * heading other than the page's headline sits over it ("<h5><a>Another story</a></h5> By Jane Roe · Nov
 * 20"). The article's header holds the <h1> or the headline; a heading after the credit (a
 * comment list's, a widget's the page nests there) heads something else. A page with no headline
 * known is judged by the <h1> alone.
 */
function underOtherHeadline(el: Element, scope: Element, place: Place): boolean {
  const { content, url } = place;
  const headline = place.headline ?? (() => false);
  for (let at: Element | null = el; at && at !== scope; at = at.parent && isElement(at.parent) ? at.parent : null) {
    const headings: Element[] = [];
    for (const d of elements(at)) {
      if (d === el) break;
      // A byline set as a heading (<h6 class="byline">) is no other post's title.
      if (HEADING.test(d.name) && !holds(d, el) && !classes(d).some((c) => BYLINE_CLASS.test(c))) headings.push(d);
    }
    if (headings.length === 0) continue;
    // A box that holds the article is the page around it, its menu's headings no card's.
    if (content && holds(at, content)) return false;
    if (headings.some((h) => h.name === 'h1' || headline(textContent(h)))) return false;
    // Another post's card links its headline to that post; a box's own label ("Author", "Most
    // read") links nowhere.
    return headings.some((h) => linksAway(h, url));
  }
  return false;
}

/** Whether `el` sits in a teaser, a comment or a footer between itself and `scope`. */
export function elsewhere(el: Element, scope: Element, place: Place = {}): boolean {
  const { content } = place;
  for (let at: Element | null = el; at && at !== scope; at = at.parent && isElement(at.parent) ? at.parent : null) {
    // A box that holds the article is the article's, whatever its name (Blogger's "widget Blog").
    if (content && holds(at, content)) break;
    if (at.name === 'aside' || at.name === 'footer' || at.name === 'nav' || classes(at).some((c) => ELSEWHERE.test(c))) return true;
  }
  return underOtherHeadline(el, scope, place);
}

const samePage = (a: URL, b: URL) => a.host === b.host && a.pathname.replace(/\/+$/, '') === b.pathname.replace(/\/+$/, '');
// A day's or a month's archive ("/2019/11/19/"): what old themes link a post's date to.
const ARCHIVE = /^\/(?:[\w-]+\/)?(?:19|20)\d\d\/\d\d(?:\/\d\d)?\/?$/;

/** Whether a link points at the page itself (its stated address). */
function toThisPage(link: Element, url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    return samePage(new URL(attr(link, 'href') ?? '', url), new URL(url));
  } catch {
    return false;
  }
}

/**
 * Whether a date stands inside a link to another page: a teaser's "<a href=/other-story><time>".
 * A link to the post itself (rel=bookmark, the page's own address) or to a date archive is the
 * post's own date, as WordPress and Blogger themes print it.
 */
export function linkedElsewhere(el: Element, place: Place): boolean {
  const link = closest(el, isLink);
  if (!link) return false;
  if ((attr(link, 'rel') ?? '').toLowerCase().split(/\s+/).includes('bookmark')) return false;
  let to: URL;
  try {
    to = new URL(attr(link, 'href') ?? '', place.url ?? 'http://page.invalid/');
  } catch {
    return false;
  }
  if (ARCHIVE.test(to.pathname)) return false;
  if (!place.url) return true;
  try {
    return !samePage(to, new URL(place.url));
  } catch {
    return true;
  }
}
