import { readingTime } from '../phrases/reading-time.js';
import type { Rule } from '../rule.js';
import { alternation, openers } from '../util/regex.js';

// A theme's reading-time widget printed under the post ("Reading time: 3 minutes", "3 min read",
// "Lesezeit: 4 Minuten"), the words of src/phrases/reading-time.ts. head-byline reads the same
// widget where it stands with the byline; under the story it stands alone and carries no fact.
// A count of minutes alone ("5 minutes") may close a recipe or a podcast's notes: a label before
// the count or a reading word after it is needed.
const sets = Object.entries(readingTime);
const COUNT = `(?:~|ca\\.?\\s*|about\\s+)?\\d{1,3}\\s*(?:${alternation(sets.flatMap(([, s]) => s.units))})\\.?`;
const READING = sets.map(([lang, s]) => {
  const labels = alternation(s.labels);
  const after = alternation(s.after);
  return { lang, re: new RegExp(`^(?:(?:${labels})\\s*[:：]?\\s*${COUNT}(?:\\s*(?:${after}))?|${COUNT}\\s*(?:${after}))\\.?$`, 'iu') };
});
const OPENERS = openers([...sets.flatMap(([, s]) => s.labels), '~', 'ca', 'about', ...'0123456789']);
const MAX_LINE = 60;

const rule: Rule = {
  id: 'reading-time',
  description: 'Removes a reading-time line under the post ("Reading time: 3 minutes", "3 min read", "Lesezeit: 4 Minuten"), in many languages.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text.trim();
      if (text.length > MAX_LINE || !/\d/u.test(text) || !OPENERS.test(text)) continue;
      const hit = READING.find(({ re }) => re.test(text));
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
