import { family, wholeLine } from '../phrases/match.js';
import { sponsorReads } from '../phrases/sponsor.js';
import type { Rule } from '../rule.js';
import { spaceSeparated } from '../text/fold.js';

// A sponsor read stands wherever the host reads it (often between the show notes' paragraphs), so
// the rule looks anywhere; but only a paragraph that opens with the sponsor credit and stays as
// short as an ad read goes: a paragraph that goes on is the show's own text naming a sponsor.
const READS = family(sponsorReads, '.*');
const MAX_WORDS = 70;

const rule: Rule = {
  id: 'sponsor-read',
  description: 'Removes podcast and newsletter sponsor reads ("This episode is sponsored by …", "Diese Folge wird unterstützt von …") with the pitch in their paragraph.',
  zone: 'anywhere',
  meta: { inArticle: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const hit = wholeLine(READS, line.text);
      if (!hit) continue;
      const block = ctx.lines.filter((l) => l.block === line.block && l.n >= line.n);
      const words = block.reduce((sum, l) => sum + spaceSeparated(l.text, MAX_WORDS + 1), 0);
      if (words > MAX_WORDS) continue;
      for (const l of block) ctx.remove(l, hit.lang);
    }
  },
};
export default rule;
