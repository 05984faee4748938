import { readingTime } from '../phrases/reading-time.js';
import { alternation, openers } from '../util/regex.js';

/**
 * A reading-time widget's line ("Reading time: 3 minutes", "3 min read", "Lesezeit: 4 Minuten"),
 * in the words of src/phrases/reading-time.ts: head-byline reads it beside a byline, the
 * reading-time rule under the story. A count of minutes alone ("5 minutes") may close a recipe or
 * a podcast's notes: a label before the count or a reading word after it is needed.
 */
const sets = Object.entries(readingTime);
const COUNT = `(?:~|ca\\.?\\s*|about\\s+)?\\d{1,3}\\s*(?:${alternation(sets.flatMap(([, s]) => s.units))})\\.?`;
const READING = sets.map(([lang, s]) => {
  const labels = alternation(s.labels);
  const after = alternation(s.after);
  return { lang, re: new RegExp(`^(?:(?:${labels})\\s*[:：]?\\s*${COUNT}(?:\\s*(?:${after}))?|${COUNT}\\s*(?:${after}))\\.?$`, 'iu') };
});
// It opens with its label or its count, and has a digit: most lines need no regex.
const OPENERS = openers([...sets.flatMap(([, s]) => s.labels), '~', 'ca', 'about', ...'0123456789']);
const MAX_LINE = 60;

/** The language of the reading time that `text` (trimmed) is, or null when it is none. */
export function readingTimeLang(text: string): string | null {
  if (text.length > MAX_LINE || !/\d/u.test(text) || !OPENERS.test(text)) return null;
  return READING.find(({ re }) => re.test(text))?.lang ?? null;
}
