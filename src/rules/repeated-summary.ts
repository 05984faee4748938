import type { LineRef, Rule } from '../rule.js';
import { countWords, key } from '../text/fold.js';

// SEO templates print the post's opening paragraph a second time under a heading of their own
// ("Summary", "Featured snippet", "TL;DR"): the heading and the copy are the template's, whatever
// the heading says, and the paragraph stays where the author put it first.
const HEADING = /^#{1,6}\s+\S|^\*\*[^*]+\*\*$/;
/** Only the top of the post: a later recap of the lead is the author's choice. */
const WINDOW = 12;
const MIN_WORDS = 12;
const MAX_HEADING_WORDS = 8;

function repeats(text: string, above: readonly string[]): boolean {
  if (above.length === 0) return false;
  const k = key(text);
  return above.some((t) => key(t) === k);
}

const rule: Rule = {
  id: 'repeated-summary',
  description: 'Removes a heading near the top whose paragraph repeats, word for word, a paragraph above it (an SEO template\'s summary box), and that copy.',
  zone: 'anywhere',
  apply(ctx) {
    const all = ctx.all.slice(0, WINDOW);
    // The paragraphs above, compared only once a heading asks: a key is a copy of its paragraph,
    // and a dump that is one paragraph is the whole input.
    const seen: string[] = [];
    all.forEach((line: LineRef, i) => {
      const next = all[i + 1];
      const heading = HEADING.test(line.text.trim()) && countWords(line.text) <= MAX_HEADING_WORDS;
      if (heading && next && next.block !== line.block && all[i + 2]?.block !== next.block && repeats(next.text, seen)) {
        ctx.remove(line);
        ctx.remove(next);
      }
      if (countWords(line.text, MIN_WORDS) >= MIN_WORDS) seen.push(line.text);
    });
  },
};
export default rule;
