import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Removal } from '../article.js';
import type { DomRule, DomRuleContext } from '../dom-rule.js';
import { loadDomutils } from './deps.js';
import { describe, elements, isAttached, isElement } from './dom.js';
import { spacedText } from './kinds.js';
import { lineText } from './parse.js';

export interface DomRun {
  page: boolean;
  lineOf(node: AnyNode): number;
}

/** Run `rules` in order over the tree under `root`; returns what they removed, in the order removed. */
export function runDomRules(root: ParentNode, rules: readonly DomRule[], run: DomRun): Removal[] {
  const removed: Removal[] = [];
  const { removeElement } = loadDomutils();
  let current: DomRule | undefined;
  let list: Element[] | null = null;
  const ctx: DomRuleContext = {
    page: run.page,
    attached: (node) => isAttached(node, root),
    elements: () => (list ??= elements(root)),
    remove(node, label) {
      if (!current || !isAttached(node, root) || node === root) return;
      const own = lineText(spacedText(node));
      const text = label === undefined ? own || (isElement(node) ? describe(node) : '') : own ? `${label}: ${own}` : label;
      if (text) removed.push({ rule: current.id, line: run.lineOf(node), text });
      removeElement(node);
    },
  };
  for (current of rules) current.apply(root, ctx);
  return removed;
}
