import type { MetaField } from '../article.js';
import type { LineRef, Rule, RuleContext, RuleMeta, Zone } from '../rule.js';
import { tidy, unfoldIn } from '../text/fold.js';

/** A RegExp, or anything that searches like one (custom rules' RE2 patterns). */
export type LinePattern = Pick<RegExp, 'exec'>;

/**
 * Most rules are a list of whole-line patterns: data, not code (Postlight's custom extractors are
 * the model). Patterns are tested against the folded line, so write them with ASCII dashes,
 * straight quotes and "..." and let fold() absorb the typography; metadata values are given back
 * in the line's own typography.
 */
export interface LineRuleSpec {
  id: string;
  description: string;
  zone: Zone;
  /** The rule's `meta` (`meta` here is what a match proposes as metadata). */
  facts?: RuleMeta;
  /** Whole-line patterns (anchor them with ^ and $). */
  patterns: readonly LinePattern[];
  /** Metadata carried by a match, e.g. the site name in a footer. */
  meta?: (match: RegExpExecArray, line: LineRef, ctx: RuleContext) => Partial<Record<MetaField, string>>;
  /** Weight of the metadata this rule proposes (see Candidate.weight). */
  weight?: number;
  /** Whether a match means the body is an excerpt. */
  truncates?: boolean;
  /**
   * Lines no pattern can match, told from the unfolded text (too long, more than one word): they
   * are not folded, and every line an "anywhere" rule folds keeps its folded copy through cleaning.
   */
  cannotMatch?: (text: string) => boolean;
}

export function lineRule(spec: LineRuleSpec): Rule {
  return {
    id: spec.id,
    description: spec.description,
    zone: spec.zone,
    // Each line is tried on its own, against fixed patterns: a later pass needs only the changed ones.
    meta: { ...spec.facts, lineLocal: true },
    apply(ctx) {
      for (const line of ctx.lines) {
        if (spec.cannotMatch?.(line.text)) continue;
        for (const pattern of spec.patterns) {
          const match = pattern.exec(line.folded);
          if (!match) continue;
          const found = spec.meta?.(match, line, ctx) ?? {};
          for (const [field, value] of Object.entries(found) as [MetaField, string][]) {
            if (value.trim()) ctx.meta(field, tidy(unfoldIn(line.text, value.trim())), line, spec.weight);
          }
          if (spec.truncates) ctx.markTruncated(line);
          ctx.remove(line);
          break;
        }
      }
    },
  };
}
