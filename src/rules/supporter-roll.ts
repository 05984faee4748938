import { family, wholeLine } from '../phrases/match.js';
import { supporterHeadings } from '../phrases/supporters.js';
import type { LineRef, Rule } from '../rule.js';
import { isShortLabel } from '../text/fold.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const NAME_LABEL = /^[\p{L} ]{1,40}:$/u;

// A video's or a podcast's description ends with the roll of its paying supporters: a heading
// ("Thanks to our Patreon supporters"), then names, a line each, under tier headings ("Big Bang
// Supporters:"). It goes from its heading to the end, but only when everything below the heading is
// such short lines: a sentence after it means the heading opened a paragraph of the post's own.
const HEADINGS = family(supporterHeadings, String.raw`\s*[.!:]*`);
const MAX_NAME_WORDS = 4;
const MIN_NAMES = 3;
// A name may end in an initial ("A.G.", "John R."), which is no sentence's full stop.
const INITIAL_END = /(?:^|[\s.])\p{Lu}\.$/u;

/** A supporter's name, or a tier's heading ("Quasar Supporters:"). */
function rollLine(text: string): boolean {
  const t = text.trim();
  if (isShortLabel(t, MAX_NAME_WORDS) || NAME_LABEL.test(t)) return true;
  return INITIAL_END.test(t) && t.length <= 40 && t.split(/\s+/u).length <= MAX_NAME_WORDS;
}

const rule: Rule = {
  id: 'supporter-roll',
  description: 'Removes the roll of paying supporters that closes a video\'s or a podcast\'s description ("Thanks to our Patreon supporters" and the names under it), in several languages.',
  // The roll can be longer than the tail zone: what makes it safe is that nothing below the heading is prose.
  zone: 'anywhere',
  apply(ctx) {
    const { all } = ctx;
    // Where the run of roll lines that reaches the end starts: a heading qualifies only at or just
    // above it, so each line is read once however many headings the text repeats.
    let from = all.length;
    while (from > 0 && rollLine((all[from - 1] as LineRef).text)) from--;
    const live = new Set(ctx.lines);
    for (let i = Math.max(0, from - 1); i < all.length - MIN_NAMES; i++) {
      const line = all[i] as LineRef;
      if (!live.has(line)) continue;
      const hit = wholeLine(HEADINGS, line.text);
      if (!hit) continue;
      ctx.remove(line, hit.lang);
      for (const l of all.slice(i + 1)) ctx.remove(l);
      return;
    }
  },
};
export default rule;
