import type { AnyNode, Element } from 'domhandler';
import { attr, hasChildren, isElement, isText, nonSpaceLength } from './dom.js';

/**
 * Where the article's text is, by content scoring as reader modes do (Mozilla's Readability): each
 * paragraph scores for its length and its commas, and passes its score to its parent, less to its
 * grandparent and further ancestors; an element's total is weighed by its class and id and cut by
 * its link density. The best-scoring element holds the body. One walk over the tree, no strings.
 */
export interface Weight {
  /** Visible characters, whitespace excluded. */
  chars: number;
  /** Of those, inside links. */
  link: number;
  /** Commas and their CJK and Arabic forms: prose has them, menus and card lists do not. */
  commas: number;
}

// Not content wherever they are: code, forms, menus, the page's own furniture.
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'iframe']);
const PARAGRAPHS = new Set(['p', 'pre', 'td', 'blockquote']);
// Blocks that may hold a paragraph's text directly, without a <p>.
const CONTAINERS = new Set(['div', 'section', 'article', 'main', 'center']);
const BLOCKS = new Set(['p', 'pre', 'td', 'blockquote', 'div', 'section', 'article', 'main', 'ul', 'ol', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'header', 'li', 'dl']);

// Readability's class and id hints, and the containers whose paragraphs are not the post's.
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|materia|artikel|texto|corpo/i;
const NEGATIVE = /hidden|^hid$|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|taboola|widget|social|newsletter|subscribe|recommend|teaser|popular|trending/i;
export const UNLIKELY = /comment|disqus|respond|related|sidebar|widget|share|social|newsletter|subscribe|outbrain|taboola|recommend|more-stories|breadcrumb|cookie|consent|popular|trending|promo|sponsor|footer|menu|navbar|masthead/i;
// Readability's okMaybeItsACandidate: a wrapper named "content-sidebar" or "main-share" may hold the post.
const MAYBE = /and|article|body|column|content|main|shadow/i;
const COMMA = /[,，、،]/g;
const MIN_PARAGRAPH = 25;

// Page builders name every wrapper after their own parts ("elementor-widget", "et_pb_module"):
// those names say nothing about what the wrapper holds.
const BUILDER = /^(?:elementor|et_pb_|et-|vc_|wpb_|fl-|wp-block-|td-|tdb-)/;

function hints(el: Element): string {
  const value = attr(el, 'class');
  const id = attr(el, 'id') ?? '';
  // Most elements have no class: nothing to split.
  if (value === null) return ` ${id}`;
  const cls = value.split(/\s+/).filter((c) => !BUILDER.test(c));
  return `${cls.join(' ')} ${id}`;
}

/** Hidden by the page itself: `hidden`, display:none, visibility:hidden, aria-hidden. */
export function isHidden(el: Element): boolean {
  if (el.attribs.hidden !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i.test(style);
}

/** A comment, a reply or a comment list: it never holds the post, however long. */
export function isDiscussion(el: Element): boolean {
  return /comment|disqus|respond|reply/i.test(hints(el)) || /Comment$/.test(attr(el, 'itemtype') ?? '');
}

export interface Scores {
  weight: Map<Element, Weight>;
  score: Map<Element, number>;
}

/** Weights of every element under `root` and the scores of those that hold paragraphs. */
export function scoreTree(root: AnyNode): Scores {
  const weight = new Map<Element, Weight>();
  const score = new Map<Element, number>();
  // A <p> credits its container; a block of its own text is that container itself.
  const credit = (el: Element, points: number, self: boolean) => {
    let at: AnyNode | null = self ? el : el.parent;
    for (let level = 0; at && isElement(at) && level < 5; level++, at = at.parent) {
      score.set(at, (score.get(at) ?? 0) + points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  };
  const walk = (node: AnyNode, inLink: boolean, unlikely: boolean): Weight => {
    if (isText(node)) {
      const chars = nonSpaceLength(node.data);
      return { chars, link: inLink ? chars : 0, commas: node.data.match(COMMA)?.length ?? 0 };
    }
    if (!isElement(node) || SKIP.has(node.name) || isHidden(node)) return { chars: 0, link: 0, commas: 0 };
    const w: Weight = { chars: 0, link: 0, commas: 0 };
    const link = inLink || node.name === 'a';
    const h = hints(node);
    const away = unlikely || (UNLIKELY.test(h) && !MAYBE.test(h) && node.name !== 'body' && node.name !== 'html');
    let own = 0;
    let blocks = false;
    if (hasChildren(node)) {
      for (const child of node.children) {
        const c = walk(child, link, away);
        w.chars += c.chars;
        w.link += c.link;
        w.commas += c.commas;
        if (isText(child)) own += c.chars;
        else if (isElement(child) && BLOCKS.has(child.name)) blocks = true;
      }
    }
    weight.set(node, w);
    // A paragraph, or a block whose text is its own (text hard-wrapped with <br>).
    // A long run of its own text is a paragraph even beside a block (a share row inside the post).
    const container = CONTAINERS.has(node.name);
    const paragraph = PARAGRAPHS.has(node.name) || (container && ((own >= MIN_PARAGRAPH && !blocks) || own >= 4 * MIN_PARAGRAPH));
    if (paragraph && !away && w.chars >= MIN_PARAGRAPH && w.link < w.chars / 2) {
      credit(node, 1 + w.commas + Math.min(Math.floor(w.chars / 100), 3), !PARAGRAPHS.has(node.name));
    }
    return w;
  };
  walk(root, false, false);
  return { weight, score };
}

/** An element's final score: its paragraphs' points, its hints, less its links. */
export function finalScore(el: Element, s: Scores): number {
  const w = s.weight.get(el);
  const base = s.score.get(el) ?? 0;
  if (!w || w.chars === 0) return 0;
  const h = hints(el);
  const bonus = (POSITIVE.test(h) ? 25 : 0) - (NEGATIVE.test(h) ? 25 : 0);
  return (base + bonus) * (1 - w.link / w.chars);
}

/**
 * A list of posts rather than a post: two or more <article>s inside hold most of its text and none
 * of them most on its own (a "you may like" box of teaser cards that a template left unclosed
 * around them, a blog's front page). Its cards' paragraphs add up past the real post's.
 */
function isListing(el: Element, s: Scores): boolean {
  const total = s.weight.get(el)?.chars ?? 0;
  let cards = 0;
  let inCards = 0;
  let biggest = 0;
  const visit = (node: Element) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name !== 'article') { visit(child); continue; }
      const chars = s.weight.get(child)?.chars ?? 0;
      cards++;
      inCards += chars;
      biggest = Math.max(biggest, chars);
    }
  };
  visit(el);
  return cards >= 2 && inCards >= total / 2 && biggest < total / 2;
}

const hasHeadline = (el: Element): boolean =>
  el.children.some((c) => isElement(c) && (c.name === 'h1' || hasHeadline(c)));

/**
 * A teaser: inside a card of a list of posts, unless that card has the page's headline (the post
 * itself, listed beside the cards). A list is no candidate either.
 */
function isTeaser(el: Element, listing: (el: Element) => boolean): boolean {
  if (listing(el)) return true;
  let card: Element | null = el.name === 'article' ? el : null;
  for (let at = el.parent; at && isElement(at); at = at.parent) {
    if (card && listing(at)) return !hasHeadline(card);
    if (at.name === 'article') card = at;
  }
  return false;
}

/** The best-scoring element under `root` that is no list of posts nor a card in one, or null when no paragraph scored. */
export function topCandidate(s: Scores): Element | null {
  const ranked: [Element, number][] = [];
  for (const el of s.score.keys()) {
    const v = finalScore(el, s);
    if (v > 0) ranked.push([el, v]);
  }
  ranked.sort((a, b) => b[1] - a[1]);
  const known = new Map<Element, boolean>();
  const listing = (el: Element) => {
    let v = known.get(el);
    if (v === undefined) known.set(el, (v = isListing(el, s)));
    return v;
  };
  for (const [el] of ranked) if (!isTeaser(el, listing)) return el;
  return ranked[0]?.[0] ?? null;
}
