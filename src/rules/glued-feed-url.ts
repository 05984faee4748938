import type { Rule } from '../rule.js';

// Show-notes templates print the show's feed address ("RSS Feed: https://…/feed/") between the
// episode blurb and the show blurb, and flattening glues all three into one paragraph. The label
// and its address are cut wherever they stand; the sentences on either side stay.
const GLUED = /(?:^|\s)(?:RSS|Atom|Podcast)[ -]?[Ff]eed\s*:\s*https?:\/\/\S+/gu;

const rule: Rule = {
  id: 'glued-feed-url',
  description: 'Cuts a feed address label ("RSS Feed: https://…/feed/") glued inside a paragraph of show notes, keeping the sentences around it.',
  zone: 'anywhere',
  meta: { lineLocal: true, inArticle: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const found = [...line.text.matchAll(GLUED)].reverse();
      for (const m of found) ctx.cut(line, m.index, m.index + m[0].length);
    }
  },
};
export default rule;
