import type { Element } from 'domhandler';
import type { DomRule, DomRuleMeta, ElementWants } from '../../dom-rule.js';
import { classes, hasClass, isElement, isText } from '../../html/dom.js';

/**
 * Most DOM rules are a test on one element: remove every element that passes, outermost first (an
 * element inside one already removed is gone with it). Like lineRule(), data more than code.
 */
export interface ElementRuleSpec {
  id: string;
  description: string;
  /** The rule's `meta`, as lineRule()'s `facts`. */
  facts?: DomRuleMeta;
  /** What `matches` needs to see at all (see ElementWants): the runner passes only those. */
  wants?: ElementWants;
  matches(el: Element): boolean;
  /** What the removal says before the element's text, or instead of it when it has none (see DomRuleContext.remove). */
  label?(el: Element): string | undefined;
}

// Wrappers that exist only for what they hold: a pixel's tracking link, the paragraph around a
// lone "Read More". Left behind, they would be empty; taken along, the removal is one record.
const WRAPPERS = new Set(['a', 'p']);

function withWrapper(el: Element): Element {
  let at = el;
  for (let parent = at.parent; parent && isElement(parent) && WRAPPERS.has(parent.name); parent = at.parent) {
    const alone = parent.children.every((c) => c === at || (isText(c) ? c.data.trim() === '' : !isElement(c) || c.name === 'br'));
    if (!alone) break;
    at = parent;
  }
  return at;
}

export function elementRule(spec: ElementRuleSpec): DomRule {
  const rule: DomRule = {
    id: spec.id,
    description: spec.description,
    ...(spec.facts && { meta: spec.facts }),
    ...(spec.wants && { wants: spec.wants }),
    visit(el, ctx) {
      // Note: the test first: it reads only the element and fails for almost all, while the
      // walk up to the root that tells whether an earlier removal took it costs its depth.
      if (spec.matches(el) && ctx.attached(el)) ctx.remove(withWrapper(el), spec.label?.(el));
    },
    apply(_root, ctx) {
      for (const el of ctx.elements()) rule.visit?.(el, ctx);
    },
  };
  return rule;
}

/** Whether `el` has a class among `names`, or one that starts with one of `prefixes`. */
export function classMatch(el: Element, names: readonly string[], prefixes: readonly string[] = []): boolean {
  return names.some((n) => hasClass(el, n)) || classes(el).some((c) => prefixes.some((p) => c.startsWith(p)));
}

/** Whether `host` is `domain` or a subdomain of it. */
export function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
