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
}

// Teasers and discussion: a credit or a date inside them belongs to another post or a commenter.
// "widget" only opens a name (WordPress's "widget", "widget_recent_entries"): page builders call
// every block of the post an "elementor-widget". A modifier ("content__header--no-promo",
// "has-sidebar", "with-comments") says what a box is not, or what sits beside it.
const ELSEWHERE = /(?:^|[-_])(?<!(?:^|[-_])(?:no|has|with|without|is|show|hide|enable|disable)[-_]+)(?:related|comment|comments|recommend\w*|more-stories|sidebar|teaser|promo|trending|popular|footer)(?:$|[-_])|^widget(?:$|[-_])/i;

const HEADING = /^h[1-6]$/;
const isLink = (el: Element) => el.name === 'a' && !/^(?:#|javascript:|$)/i.test((attr(el, 'href') ?? '').trim());
const linksAway = (heading: Element) => elements(heading).some(isLink) || closest(heading, isLink) !== null;

/**
 * Whether the box `el` first shares with a heading before it is another post's card: a linked
 * heading other than the page's headline sits over it ("<h5><a>Another story</a></h5> By Jane Roe · Nov
 * 20"). The article's header holds the <h1> or the headline; a heading after the credit (a
 * comment list's, a widget's the page nests there) heads something else. A page with no headline
 * known is not judged.
 */
function underOtherHeadline(el: Element, scope: Element, headline: (text: string) => boolean): boolean {
  for (let at: Element | null = el; at && at !== scope; at = at.parent && isElement(at.parent) ? at.parent : null) {
    const headings: Element[] = [];
    for (const d of elements(at)) {
      if (d === el) break;
      // A byline set as a heading (<h6 class="byline">) is no other post's title.
      if (HEADING.test(d.name) && !holds(d, el)) headings.push(d);
    }
    if (headings.length === 0) continue;
    if (headings.some((h) => h.name === 'h1' || headline(textContent(h)))) return false;
    // Another post's card links its headline to that post; a box's own label ("Author", "Most
    // read") links nowhere.
    return headings.some(linksAway);
  }
  return false;
}

/** Whether `el` sits in a teaser, a comment or a footer between itself and `scope`. */
export function elsewhere(el: Element, scope: Element, place: Place = {}): boolean {
  const { content, headline } = place;
  for (let at: Element | null = el; at && at !== scope; at = at.parent && isElement(at.parent) ? at.parent : null) {
    // A box that holds the article is the article's, whatever its name (Blogger's "widget Blog").
    if (content && holds(at, content)) break;
    if (at.name === 'aside' || at.name === 'footer' || classes(at).some((c) => ELSEWHERE.test(c))) return true;
  }
  return headline !== undefined && underOtherHeadline(el, scope, headline);
}
