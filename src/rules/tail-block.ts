import type { Rule } from '../rule.js';
import { isShortLabel } from '../util/fold.js';

// Widgets come in blocks: "Share this:" / "X" / "Facebook" / "Like this:". Once two lines of the
// tail are known boilerplate, a short label between them goes too (jusText's neighbour rule).
// A sentence between them stays: an article's last short paragraph is worth more than a tidy tail.
const NOT_BOILERPLATE = new Set(['title', 'duplicate-title', 'head-byline']);

const rule: Rule = {
  id: 'tail-block',
  description: 'Removes short, non-sentence lines that sit between two removed boilerplate lines in the tail.',
  zone: 'tail',
  apply(ctx) {
    const marks = ctx.removals.filter((r) => !NOT_BOILERPLATE.has(r.rule) && ctx.inTail(r.line)).map((r) => r.line);
    if (marks.length < 2) return;
    const from = Math.min(...marks);
    const to = Math.max(...marks);
    for (const line of ctx.lines) {
      if (line.n > from && line.n < to && isShortLabel(line.text)) ctx.remove(line);
    }
  },
};
export default rule;
