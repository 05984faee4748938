import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { RuleMeta } from './rule.js';

/**
 * A cleaning rule for markup: it runs on the parsed HTML before blocks and lines exist, where a
 * class name or an image URL says more than the text ever could (Jetpack's share block, a
 * FeedBurner pixel). Like a line rule it only describes: it removes through its context, which
 * records every removal with the rule's id, the element's source line and its text.
 */
export interface DomRule {
  /** Kebab-case id: also the file name (src/rules/dom/<id>.ts) and the fixture folder. */
  id: string;
  /** One sentence, as for line rules. */
  description: string;
  /** Facts the config and `check` read; a rule without them gets the defaults. */
  meta?: DomRuleMeta;
  /**
   * Runs the rule over the tree. The runner calls it only for a rule without `visit`; a rule with
   * `visit` keeps an `apply` for callers that run it alone (elementRule() writes both).
   */
  apply(root: ParentNode, ctx: DomRuleContext): void;
  /**
   * For a rule that tests elements one by one: called at the rule's turn for each element it
   * `wants`, in document order as the run began, so that all such rules share one walk. Elements
   * an earlier removal took are passed too: check `ctx.attached`.
   */
  visit?(el: Element, ctx: DomRuleContext): void;
  /** Which elements `visit` is for; every element when absent. */
  wants?: ElementWants;
}

/**
 * A necessary condition on what never changes while rules run (the tag name, whether an attribute
 * is there), so that the runner can sort elements to rules in one walk: an element is passed when
 * its name is in `names` or it carries one of `attributes`.
 */
export interface ElementWants {
  names?: readonly string[];
  attributes?: readonly string[];
}

export interface DomRuleMeta extends Pick<RuleMeta, 'severity' | 'fixable'> {
  /**
   * Whether it takes a whole page apart (its head, menus, scripts) rather than finding junk in an
   * article: every saved page has those, so `check` reports it only when the config turns it on.
   * Default false.
   */
  pageOnly?: boolean;
}

export interface DomRuleContext {
  /** Whether the input is a whole page (with <head> and site chrome) rather than a post body. */
  readonly page: boolean;
  /** Whether `node` is still in the tree (an ancestor may have been removed already). */
  attached(node: AnyNode): boolean;
  /**
   * Every element under the root, in document order, as the run began: rules only take elements
   * out, so one list serves them all (skip what `attached` says is gone).
   */
  elements(): readonly Element[];
  /**
   * Remove `node` and its subtree, recorded at the node's source line with its text (whitespace
   * collapsed, script and style code left out), after `label` when given ("iframe src=…: text").
   * An element with neither is described: "img src=…", "div.feedflare with img src=…".
   */
  remove(node: AnyNode, label?: string): void;
  /**
   * Whether a removal took the element with text that came right after `el` among its siblings:
   * a heading whose list went ("Related content" over a view another rule took) is left over it.
   */
  removedAfter(el: Element): boolean;
}
