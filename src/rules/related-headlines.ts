import type { Rule } from '../rule.js';
import { isProse } from '../text/fold.js';
import { hasEnglishWords, isHeadlineLine, isTitleCased } from '../text/headline.js';

// A list of related stories with no heading over it (or one an earlier rule took): three or more
// title-cased headlines ending the item, under its last paragraph ("NASA Delays Launch of Lunar
// Lander" / "How the Webb Telescope Found a Frozen World" / …). With no heading to go by, title
// case is the sign, so this is the English-style list; a headed one in any language is
// jetpack-related's. A list that belongs to the article is introduced by a colon, or made of
// items that end with a full stop, open in lower case or are a few words long (ingredients, steps,
// names): those stay.
const MIN_HEADLINES = 3;

const rule: Rule = {
  id: 'related-headlines',
  description: 'Removes a headless list of three or more title-cased headlines that ends an item under its last paragraph (related stories).',
  zone: 'tail',
  apply(ctx) {
    const all = ctx.all;
    let start = all.length;
    while (start > 0) {
      const line = all[start - 1];
      if (!line || line.code || !ctx.inTail(line.n) || !isHeadlineLine(line.text) || !isTitleCased(line.text)) break;
      start--;
    }
    if (all.length - start < MIN_HEADLINES) return;
    // German capitalises its nouns: title case is told by the English words between them.
    if (all.slice(start).filter((l) => hasEnglishWords(l.text)).length < 2) return;
    const before = all[start - 1];
    if (!before || !isProse(before.text) || /[:：]\s*$/u.test(before.text)) return;
    for (const line of all.slice(start)) ctx.remove(line);
  },
};
export default rule;
