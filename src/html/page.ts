import type { Document, Element, ParentNode } from 'domhandler';
import { isDiscussion, scoreTree, topCandidate } from './content-score.js';
import { attr, closest, elements, hasClass, holds, isAttached, someElement, visibleHead, visibleText } from './dom.js';
import { lineText } from './parse.js';
import { splitBody } from './split-body.js';

/** A saved page rather than a post body: it says so with a doctype or <html>, <head>, <body>. */
export function isPage(document: Document): boolean {
  if (document.children.some((c) => c.type === 'directive' && /^!doctype$/i.test(c.name))) return true;
  return someElement(document, (el) => el.name === 'html' || el.name === 'head' || el.name === 'body');
}

export interface ContentRoot {
  /** The element that holds the article, or null when the page has not even a <body>. */
  element: Element | null;
  /** Elements inside it that are page furniture, not article. */
  chrome: readonly string[];
}

// Note: an <article> inside the article keeps its header (the title and byline are in it);
// around a bare <body> the header is the site's.
const ARTICLE_CHROME = ['nav', 'aside', 'form', 'footer'];
const BODY_CHROME = ['head', 'title', 'header', 'nav', 'footer', 'aside', 'form'];

/** The largest of several candidates, by their text. */
function largest(list: Element[]): Element | undefined {
  if (list.length < 2) return list[0];
  let best: Element | undefined;
  let size = -1;
  for (const el of list) {
    const length = lineText(visibleText(el)).length;
    if (length > size) [best, size] = [el, length];
  }
  return best;
}

function hasProp(el: Element, prop: string): boolean {
  const props = attr(el, 'itemprop');
  return props !== null && props.split(/\s+/).includes(prop);
}

// Where pages mark their article, most specific of the whole post first.
const MARKED: ((el: Element) => boolean)[] = [
  (el) => el.name === 'article',
  (el) => el.name === 'main' || attr(el, 'role') === 'main',
  (el) => hasProp(el, 'articleBody'),
  (el) => hasClass(el, 'entry-content'),
  (el) => hasClass(el, 'post-content'),
];

// A post has paragraphs; a teaser card, a photo box or a list of links has one at most.
const CLEAR_PARAGRAPH = 80;

// Every element of a page is asked whether it is marked: one without a role, an itemprop or a
// class can only be by its name.
function isMarked(el: Element): boolean {
  if (el.name === 'article' || el.name === 'main') return true;
  if (attr(el, 'role') === null && attr(el, 'itemprop') === null && attr(el, 'class') === null) return false;
  return MARKED.some((t) => t(el));
}

function isClear(article: Element): boolean {
  let paragraphs = 0;
  for (const el of elements(article)) {
    if (el.name === 'p' && showsAtLeast(el, CLEAR_PARAGRAPH) && ++paragraphs >= 2) return true;
  }
  return false;
}

/**
 * lineText(visibleText(el)).length >= n, read from the start of a long text: a paragraph of a
 * page's 130,000 <br> lines was joined, normalized and collapsed whole (three copies of its
 * 20 MB) to learn it is longer than a line. The start is cut before a printable ASCII character,
 * which composes with nothing before it, is never dropped and pairs with no surrogate: the start's
 * lineText() is then the whole text's but for the spaces it ends with.
 */
export function showsAtLeast(el: Element, n: number): boolean {
  const budget = 4 * n + 64;
  const head = visibleHead(el, budget);
  if (head.length < budget) return lineText(head).length >= n;
  let cut = head.length - 1;
  while (cut > 0 && !printableAscii(head.charCodeAt(cut))) cut--;
  return (cut > 0 && lineText(head.slice(0, cut)).length >= n) || lineText(visibleText(el)).length >= n;
}

const printableAscii = (c: number) => c >= 0x20 && c <= 0x7e;


/**
 * The marked element that holds the best-scoring text: the innermost such <article>, else <main>...
 * A marked element inside the top candidate wins when it has most of the candidate's text (the
 * candidate is then a wrapper around it); otherwise the top candidate is the body.
 */
function scored(root: ParentNode, all: Element[], marked: Element[]): Element | null {
  const scores = scoreTree(all.find((el) => el.name === 'body') ?? root);
  const top = topCandidate(scores);
  if (!top) return null;
  const around = marked.filter((el) => holds(el, top));
  for (const test of MARKED) {
    const found = around.filter(test);
    if (found.length > 0) return found[found.length - 1] ?? null;
  }
  const chars = (el: Element) => scores.weight.get(el)?.chars ?? 0;
  const inside = marked.filter((el) => holds(top, el) && chars(el) >= 0.6 * chars(top));
  for (const test of MARKED) {
    const found = inside.filter(test);
    if (found.length > 0) return found[0] ?? null;
  }
  return splitBody(top, all, scores);
}

/**
 * Where a page keeps its article. One clear <article> is taken as it is; otherwise content scoring
 * chooses (several <article>s or <main>s, or none: a teaser, a card list or a comment never wins).
 * `all` is every element under `root` as it is now, when the caller has the list already.
 */
export function contentRoot(root: ParentNode, all?: Element[]): ContentRoot {
  // Metadata reads the page before the DOM rules run and page-chrome after: one choice serves both.
  const known = chosen.get(root);
  if (known && (!known.element || isAttached(known.element, root))) return known;
  const result = choose(root, all ?? elements(root));
  chosen.set(root, result);
  return result;
}

const chosen = new WeakMap<ParentNode, ContentRoot>();

function choose(root: ParentNode, all: Element[]): ContentRoot {
  const marked = all.filter((el) => isMarked(el) && !closest(el, isDiscussion) && !isDiscussion(el));
  const articles = marked.filter((el) => el.name === 'article');
  const only = articles.length === 1 ? articles[0] : undefined;
  const found =
    (only && isClear(only) ? only : null) ??
    scored(root, all, marked) ??
    largest(articles) ??
    marked.find((el) => el.name === 'main') ??
    marked[0];
  if (found && found.name !== 'body') return { element: found, chrome: ARTICLE_CHROME };
  return { element: all.find((el) => el.name === 'body') ?? null, chrome: BODY_CHROME };
}

/**
 * A byline whose parts are marked up (<span class="author">, <span class="site">, <time>), as
 * feedscrub's own HTML output writes it: its parts are metadata, the line itself page furniture.
 */
export function isStructuredByline(el: Element): boolean {
  return hasClass(el, 'byline') && elements(el).some((d) => d.name === 'time' || hasClass(d, 'author') || hasClass(d, 'site'));
}

