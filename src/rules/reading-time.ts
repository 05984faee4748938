import type { Rule } from '../rule.js';
import { readingTimeLang } from '../text/reading-time.js';

// A theme's reading-time widget printed under the post: head-byline reads the same widget where it
// stands with the byline; under the story it stands alone and carries no fact.
const rule: Rule = {
  id: 'reading-time',
  description: 'Removes a reading-time line under the post ("Reading time: 3 minutes", "3 min read", "Lesezeit: 4 Minuten"), in many languages.',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const lang = readingTimeLang(line.text.trim());
      if (lang) ctx.remove(line, lang);
    }
  },
};
export default rule;
