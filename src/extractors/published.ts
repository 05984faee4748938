import type { Candidate } from '../doc.js';
import type { Extractor } from '../extractor.js';

/**
 * The highest weight wins; between equals, the one further down the dump. A dump closes with the
 * item's own date field, while a date near the top is as often a dateline of the story or the
 * day the page was rendered, so on a tie the closing one is the item's.
 */
function chosen(candidates: readonly Candidate[]): Candidate | null {
  let winner: Candidate | null = null;
  for (const c of candidates) {
    if (c.field !== 'published') continue;
    if (!winner || c.weight > winner.weight || (c.weight === winner.weight && (c.line ?? 0) > (winner.line ?? 0))) winner = c;
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
