import type { AnyNode, ParentNode } from 'domhandler';

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
  apply(root: ParentNode, ctx: DomRuleContext): void;
}

export interface DomRuleContext {
  /** Whether the input is a whole page (with <head> and site chrome) rather than a post body. */
  readonly page: boolean;
  /** Whether `node` is still in the tree (an ancestor may have been removed already). */
  attached(node: AnyNode): boolean;
  /**
   * Remove `node` and its subtree, recorded at the node's source line with its text (whitespace
   * collapsed, script and style code left out), after `label` when given ("iframe src=…: text").
   * An element with neither is described: "img src=…", "div.feedflare with img src=…".
   */
  remove(node: AnyNode, label?: string): void;
}
