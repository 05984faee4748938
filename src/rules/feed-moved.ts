import { family, wholeLine } from '../phrases/match.js';
import { feedMoved } from '../phrases/feed-moved.js';
import type { Rule } from '../rule.js';

// An old feed address that keeps serving its items with a notice on top (src/phrases/feed-moved.ts):
// a line of its own at the edges, and only when what it names is an address, so that "This feed has
// moved to a weekly rhythm" stays.
const NOTICE = family(feedMoved, String.raw`\s*[.!]?`);
const ADDRESS = /^<?(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:[/?#]\S*)?>?\.?$/i;

const rule: Rule = {
  id: 'feed-moved',
  description: 'Removes a moved feed\'s notice ("Please update to our new feed url: <url>", "Dieser Feed ist umgezogen: <url>") in many languages; the new address must be one.',
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const hit = wholeLine(NOTICE, line.text, (h) => ADDRESS.test((h.groups.url ?? '').trim()));
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
