import type { Element, ParentNode } from 'domhandler';
import type { DomRule } from '../../dom-rule.js';
import { contentRoot } from '../../html/page.js';

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
}

function top(el: Element): ParentNode {
  let at: ParentNode = el;
  while (at.parent) at = at.parent;
  return at;
}

function holds(outer: Element, inner: Element | null): boolean {
  for (let at: ParentNode | null = inner; at; at = at.parent) if (at === outer) return true;
  return false;
}

export function pageElementRule(spec: PageElementSpec): DomRule {
  const rule: DomRule = {
    id: spec.id,
    description: spec.description,
    meta: { pageOnly: true },
    wants: spec.wants,
    visit(el, ctx) {
      if (!ctx.page || !spec.matches(el) || !ctx.attached(el)) return;
      if (holds(el, contentRoot(top(el)).element)) return;
      ctx.remove(el);
    },
    apply(_root, ctx) {
      for (const el of ctx.elements()) rule.visit?.(el, ctx);
    },
  };
  return rule;
}
