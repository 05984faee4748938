import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Removal } from '../article.js';
import type { DomRule, DomRuleContext } from '../dom-rule.js';
import { loadDomutils } from './deps.js';
import { describe, elements, hasText, isAttached, isElement } from './dom.js';
import { spacedText } from './kinds.js';
import { lineText } from './parse.js';
import { forgetAbove, withShortTexts } from './short-text.js';

export interface DomRun {
  page: boolean;
  lineOf(node: AnyNode): number;
  /** Every element under the root as the run begins, when the caller has walked the tree already. */
  elements?: Element[];
}

interface Wanted {
  byName: Map<string, number[]>;
  byAttribute: Map<string, number[]>;
}

/** A run's rules are the same list page after page: which rules want which names is worked out once per list. */
const wantedOf = new WeakMap<readonly DomRule[], Wanted>();

function wantedBy(rules: readonly DomRule[]): Wanted {
  let wanted = wantedOf.get(rules);
  if (wanted) return wanted;
  wanted = { byName: new Map(), byAttribute: new Map() };
  const add = (map: Map<string, number[]>, key: string, i: number) => map.set(key, [...(map.get(key) ?? []), i]);
  rules.forEach((r, i) => {
    if (!r.visit || !r.wants) return;
    for (const name of r.wants.names ?? []) add((wanted as Wanted).byName, name, i);
    for (const a of r.wants.attributes ?? []) add((wanted as Wanted).byAttribute, a, i);
  });
  wantedOf.set(rules, wanted);
  return wanted;
}

/**
 * Every visiting rule's elements, found in one walk: a rule's list holds, in document order, the
 * elements its `wants` names (all of them without `wants`). A rule without `visit` gets none.
 */
function dispatch(all: readonly Element[], rules: readonly DomRule[]): (Element[] | null)[] {
  const lists = rules.map((r) => (r.visit && r.wants ? ([] as Element[]) : null));
  const { byName, byAttribute } = wantedBy(rules);
  // An element has a few attributes and the rules want a dozen: its own are looked up.
  const push = (i: number, el: Element) => {
    const list = lists[i];
    if (list && list.at(-1) !== el) list.push(el);
  };
  for (const el of all) {
    for (const i of byName.get(el.name) ?? []) push(i, el);
    if (byAttribute.size === 0) continue;
    for (const a in el.attribs) {
      if (!Object.hasOwn(el.attribs, a)) continue;
      for (const i of byAttribute.get(a) ?? []) push(i, el);
    }
  }
  return lists;
}

/** Run `rules` in order over the tree under `root`; returns what they removed, in the order removed. */
export function runDomRules(root: ParentNode, rules: readonly DomRule[], run: DomRun): Removal[] {
  const removed: Removal[] = [];
  const { removeElement } = loadDomutils();
  let current: DomRule | undefined;
  let list: Element[] | null = run.elements ?? null;
  const beforeRemoved = new WeakSet<Element>();
  const ctx: DomRuleContext = {
    page: run.page,
    attached: (node) => isAttached(node, root),
    elements: () => (list ??= elements(root)),
    remove(node, label) {
      if (!current || !isAttached(node, root) || node === root) return;
      const own = lineText(spacedText(node));
      const text = label === undefined ? own || (isElement(node) ? describe(node) : '') : own ? `${label}: ${own}` : label;
      if (text) removed.push({ rule: current.id, line: run.lineOf(node), text });
      forgetAbove(node);
      // Only a removal with words counts for what came before it: a script taken after a
      // heading leaves the heading over whatever follows.
      let before = own ? node.prev : null;
      while (before && !isElement(before) && !hasText(before)) before = before.prev;
      if (before && isElement(before)) beforeRemoved.add(before);
      removeElement(node);
    },
    removedAfter: (el) => beforeRemoved.has(el),
  };
  // Rules only take elements out, so the elements as the run began, minus what is detached, are
  // what each rule would find at its turn: one walk sorts them to every visiting rule.
  const wanted = rules.some((r) => r.visit) ? dispatch(ctx.elements(), rules) : [];
  withShortTexts(() =>
    rules.forEach((rule, i) => {
      current = rule;
      if (!rule.visit) return rule.apply(root, ctx);
      for (const el of wanted[i] ?? ctx.elements()) rule.visit(el, ctx);
    }),
  );
  return removed;
}
