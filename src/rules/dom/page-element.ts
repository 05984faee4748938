import type { Element } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { holds, topOf } from '../../html/dom.js';
import { shortText } from '../../html/short-text.js';
import { contentRoot } from '../../html/page.js';
import { lettersKey } from '../../text/fold.js';

/**
 * elementRule() for page furniture: a test on one element, in the one walk, but only on whole
 * pages and never on an element that holds the article (a wrapper named "team" or "cta" around
 * the whole page's content is layout, not a box to drop).
 */
export interface PageElementSpec {
  id: string;
  description: string;
  wants: { names?: readonly string[]; attributes?: readonly string[] };
  matches(el: Element): boolean;
  /** What goes when `el` matches, when more than `el` (the box around a button and its counter). */
  target?(el: Element): Element;
}

export function pageElementRule(spec: PageElementSpec): DomRule {
  const rule: DomRule = {
    id: spec.id,
    description: spec.description,
    meta: { pageOnly: true },
    wants: spec.wants,
    visit(el, ctx) {
      if (!ctx.page || !spec.matches(el) || !ctx.attached(el)) return;
      const gone = spec.target?.(el) ?? el;
      if (holds(gone, contentRoot(topOf(gone)).element)) return;
      ctx.remove(gone);
    },
    apply(_root, ctx) {
      for (const el of ctx.elements()) rule.visit?.(el, ctx);
    },
  };
  return rule;
}

export { shortText } from '../../html/short-text.js';

// The short texts of a page repeat (menu items, buttons, the same call in header and footer), and
// several rules key each of them: the keys of the last few hundred are kept.
const keys = new Map<string, string>();
const KEYS = 512;

/** lettersKey(shortText(el, max)), or null when the text is longer than `max`. */
export function shortKey(el: Element, max: number): string | null {
  const raw = shortText(el, max);
  if (raw === null) return null;
  let key = keys.get(raw);
  if (key === undefined) {
    if (keys.size >= KEYS) keys.clear();
    keys.set(raw, (key = lettersKey(raw)));
  }
  return key;
}
