import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { attr, elements, hasText, isElement, isText, nonSpaceLength, urlOf } from '../../html/dom.js';
import { contentRoot } from '../../html/page.js';
import { promoLabels } from '../../phrases/promo-labels.js';
import { relatedLabels } from '../../phrases/related.js';
import { lettersKey } from '../../text/fold.js';
import { isListHeading } from './list-heading.js';
import { shortText } from './page-element.js';
import { shape } from './shape.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const TWO_CAPITALS = /\p{Lu}{2}/u;

/**
 * Promoted headlines that editors drop between an article's paragraphs: a label over a run of
 * links ("DON'T MISS" and three headlines), a label that opens a line which is then a link
 * ("SEE MORE: <headline>", "Also on <site> <headline>"), and a headline alone in a paragraph,
 * all in capitals and all one link, as tabloids print them. The article's own links sit in
 * sentences: a line that is mostly words outside links is never taken.
 */
// The labels of the text's "Related: <headline>" lines (related.ts) are the same family, with
// more languages: their colons and a trailing slot ("Also on {x}:") are read as promoLabels' are.
const EXACT = new Set<string>();
const PREFIX: string[] = [];
for (const set of [...promoLabels, ...relatedLabels]) {
  for (const raw of set.phrases) {
    const phrase = raw.replace(/\s*[:：]$/u, '').replace(/\{x\}$/u, '{any}');
    if (phrase.endsWith('{any}')) PREFIX.push(`${lettersKey(phrase.slice(0, -5))} `);
    else if (!phrase.includes('{')) EXACT.add(lettersKey(phrase));
  }
}

const MAX_LABEL = 60;
const LABEL_TAGS = new Set(['p', 'div', 'span', 'strong', 'b', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LINE_TAGS = new Set(['p', 'div', 'li', 'a', 'h3', 'h4', 'h5', 'h6']);
// A promoted headline is a line or two; the run under a label is a handful of them.
const MAX_LINE = 300;
const MAX_RUN = 8;
// Besides its links, a promoted line holds its label and a tag or two ("[VIDEO]", "|").
const MIN_LINK_SHARE = 0.6;
// A label opens the line and a separator or its own element ends it: "More than 20 people…" is prose.
const SEPARATORS = /\s*[:|»>→–—-]/gu;
const MIN_CAPS_WORDS = 4;
const BRACKETED = /^[[【(（「〔［<《]\s*([^\]】)）」〕］>》]{1,60}?)\s*[\]】)）」〕］>》]\s*[:：]?/u;
// After its label, a promoted line holds a headline: a label and a colon alone is a label.
const MIN_HEADLINE = 12;

export function isPromoLabel(text: string): boolean {
  const f = lettersKey(text);
  if (f.length === 0 || f.length > MAX_LABEL) return false;
  return EXACT.has(f) || PREFIX.some((p) => f.startsWith(p) && f.length > p.length) || isListHeading(text);
}

function holds(outer: Element, inner: Element | null): boolean {
  for (let at: ParentNode | null = inner; at; at = at.parent) if (at === outer) return true;
  return false;
}

function isPromotedLine(el: Element): boolean {
  const s = shape(el);
  return s.chars > 0 && s.prose === 0 && s.chars <= MAX_LINE && s.link >= MIN_LINK_SHARE * s.chars;
}

// The elements after a label that are promoted lines, up to the first that is not.
function runAfter(label: Element): Element[] {
  const run: Element[] = [];
  for (let at: AnyNode | null = label.next; at && run.length < MAX_RUN; at = at.next) {
    if (!isElement(at)) {
      if (isText(at) && at.data.trim() !== '') break;
      continue;
    }
    if (at.name === 'br' || (!hasText(at) && !at.children.some(isElement))) continue;
    if (!isPromotedLine(at)) break;
    run.push(at);
  }
  return run;
}

// "SEE MORE: <a>…</a>": the label opens the line, then a separator or the label's own element.
// The label's length without spaces, or 0 when the line opens with none.
function labelOpening(el: Element, raw: string): number {
  const text = raw.replace(/\s+/g, ' ').trim();
  // The label in an element of its own, however deep: <a><span><span>Also on …</span><span>headline…
  for (let at = el.children.find(hasText); at && isElement(at) && at.name !== 'a'; at = at.children.find(hasText)) {
    const own = shortText(at, MAX_LABEL * 2) ?? '';
    if (isPromoLabel(own)) return nonSpaceLength(own);
  }
  // "【関連記事】<headline>", "[관련기사] <headline>": the label in brackets of its own.
  const bracketed = BRACKETED.exec(text.slice(0, MAX_LABEL + 2));
  if (bracketed?.[1] && isPromoLabel(bracketed[1])) return nonSpaceLength(bracketed[0]);
  for (const m of text.slice(0, MAX_LABEL + 2).matchAll(SEPARATORS)) {
    const head = text.slice(0, m.index);
    if (head.trim() && isPromoLabel(head)) return nonSpaceLength(head);
  }
  return 0;
}

function isLabelledLine(el: Element): boolean {
  const raw = shortText(el, MAX_LINE * 2);
  if (raw === null || nonSpaceLength(raw) > MAX_LINE) return false;
  // What the shape must be whatever the label: no prose, some link text, room for a headline. Most
  // lines of a page fail that, and it costs less than looking for a label.
  const s = shape(el);
  if (s.prose !== 0 || s.link === 0 || s.chars <= MIN_HEADLINE) return false;
  const label = labelOpening(el, raw);
  if (label === 0) return false;
  const rest = s.chars - label;
  return s.prose === 0 && rest >= MIN_HEADLINE && s.link >= MIN_LINK_SHARE * rest;
}

// A news CMS's promo card between paragraphs (Brightspot's <ps-promo class="PromoSmall">, a
// "promo-card" or "story-promo" box): named as one, and holding one linked headline, a kicker and
// a thumbnail at most. A box of that name around text of the story's own has words outside links.
const PROMO_NAME = /(?:^|[-_\s])promo(?:s|[-_\s]|[A-Z]|$)|Promo[A-Z-_]|^Promo$/u;
const PROMO_TAGS = new Set(['div', 'aside', 'section', 'figure', 'p', 'ps-promo']);
const MAX_KICKER_WORDS = 4;

function isPromoCard(el: Element): boolean {
  if (!PROMO_TAGS.has(el.name)) return false;
  if (el.name !== 'ps-promo' && !PROMO_NAME.test(attr(el, 'class') ?? '')) return false;
  const raw = shortText(el, MAX_LINE);
  if (raw === null) return false;
  const s = shape(el);
  if (s.prose !== 0 || s.link < MIN_HEADLINE || s.link < MIN_LINK_SHARE * s.chars) return false;
  const links = linksIn(el);
  if (new Set(links.map((a) => attr(a, 'href') ?? '')).size !== 1) return false;
  const linked = links.reduce((n, a) => n + wordsIn(shortText(a, MAX_LINE) ?? ''), 0);
  return wordsIn(raw) - linked <= MAX_KICKER_WORDS;
}

function wordsIn(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

// A headline in capitals that is the paragraph's whole text and one link out: "SEAN SPICER ELIMINATED…".
function isCapsHeadline(el: Element): boolean {
  if (el.name !== 'p') return false;
  const raw = shortText(el, MAX_LINE);
  if (raw === null) return false;
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.split(' ').length < MIN_CAPS_WORDS || !TWO_CAPITALS.test(text) || text !== text.toUpperCase()) return false;
  const s = shape(el);
  if (s.link < 0.95 * s.chars) return false;
  const links = linksIn(el);
  return links.length === 1 && isOwnPage(attr(links[0] as Element, 'href'), top(el));
}

// A promoted headline leads to another page of the same site; a line in capitals that links out
// ("CLICK FOR FULL RESULTS" on the organiser's site) is the article's own pointer.
const hosts = new WeakMap<ParentNode, string | null>();
function siteHost(root: ParentNode): string | null {
  if (hosts.has(root)) return hosts.get(root) ?? null;
  let host: string | null = null;
  for (const el of elements(root)) {
    if (el.name === 'body') break;
    const canonical = el.name === 'link' && (attr(el, 'rel') ?? '').toLowerCase() === 'canonical';
    const ogUrl = el.name === 'meta' && attr(el, 'property') === 'og:url';
    const url = urlOf(canonical ? attr(el, 'href') : ogUrl ? attr(el, 'content') : null);
    if (url) {
      host = url.hostname.replace(/^www\./, '');
      break;
    }
  }
  hosts.set(root, host);
  return host;
}

function isOwnPage(href: string | null, root: ParentNode): boolean {
  if (!href || href.startsWith('#')) return false;
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) return true;
  const url = urlOf(href.startsWith('//') ? `https:${href}` : href);
  const host = siteHost(root);
  return url !== null && host !== null && url.hostname.replace(/^www\./, '') === host;
}

function linksIn(el: Element): Element[] {
  const out: Element[] = [];
  const walk = (node: AnyNode) => {
    if (!isElement(node)) return;
    if (node.name === 'a') out.push(node);
    else node.children.forEach(walk);
  };
  el.children.forEach(walk);
  return out;
}

function top(el: Element): ParentNode {
  let at: ParentNode = el;
  while (at.parent) at = at.parent;
  return at;
}

const rule: DomRule = {
  id: 'promo-run',
  description: 'Whole pages: removes promoted headlines inside an article: a label over a run of links ("DON\'T MISS", "Leia também"), a line opened by one ("SEE MORE: …"), a promo card, a linked headline in capitals.',
  meta: { pageOnly: true },
  wants: { names: [...new Set([...LABEL_TAGS, ...LINE_TAGS, ...PROMO_TAGS])] },
  visit(el, ctx) {
    if (!ctx.page || !ctx.attached(el)) return;
    let found: Element[] = [];
    if (LABEL_TAGS.has(el.name) && isPromoLabel(shortText(el, MAX_LABEL * 2) ?? '')) {
      const run = runAfter(el);
      if (run.length > 0) found = [el, ...run];
    }
    if (found.length === 0 && LINE_TAGS.has(el.name) && (isLabelledLine(el) || isCapsHeadline(el))) found = [el];
    if (found.length === 0 && isPromoCard(el)) found = [el];
    if (found.length === 0) return;
    const article = contentRoot(top(el)).element;
    if (found.some((f) => holds(f, article))) return;
    for (const f of found) ctx.remove(f);
  },
  apply(_root, ctx) {
    for (const el of ctx.elements()) rule.visit?.(el, ctx);
  },
};
export default rule;
