import type { Candidate } from '../doc.js';
import type { Extractor } from '../extractor.js';
import { ruleIds } from '../rules/index.js';

const RULES = new Set(ruleIds);

/**
 * The highest weight wins. Between equals the reader's declarations keep their order (a page's
 * <meta> before its JSON-LD before its <time>), but between two dates the rules found in the text
 * the one further down wins: a dump closes with the item's own date field, while a date near the
 * top is as often a dateline of the story or the day the page was rendered.
 */
function chosen(candidates: readonly Candidate[]): Candidate | null {
  let winner: Candidate | null = null;
  for (const c of candidates) {
    if (c.field !== 'published') continue;
    const later = winner !== null && RULES.has(c.from) && RULES.has(winner.from) && (c.line ?? 0) > (winner.line ?? 0);
    if (!winner || c.weight > winner.weight || (c.weight === winner.weight && later)) winner = c;
  }
  return winner;
}

const extractor: Extractor = {
  id: 'published',
  description: 'The publication date as ISO 8601, in the dump\'s own clock (no offset invented).',
  extract({ candidates }) {
    return chosen(candidates)?.value ?? null;
  },
};
export default extractor;
