import { family, wholeLine } from '../phrases/match.js';
import { relatedLabels } from '../phrases/related.js';
import type { Rule } from '../rule.js';
import { endsLikeSentence, spaceSeparated } from '../text/fold.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const SECOND_SENTENCE = /[.!?]\s+\p{Lu}/u;

// "Related: <headline>", "Lesen Sie auch: <headline>", "Baca juga: <headline>" (src/phrases/related.ts):
// links that sites drop between paragraphs, so they are looked for anywhere. What follows the label
// must read as a headline (short, upper-case start); "Related:" followed by a sentence that goes
// on ("Related: the council also voted to…") is prose. A bare label needs the headline's capital.
const LABELS = family(relatedLabels, String.raw`\s*(?<headline>.*)`);
const MAX_HEADLINE_WORDS = 25;
// Scripts without capitals (Hangul, Arabic, Devanagari...) have no case to tell a headline by: the
// label, its length and its single sentence have to.
const HEADLINE_START = /^["'“‘«„]?[\p{Lu}\p{N}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}]/u;

const rule: Rule = {
  id: 'related-link',
  description: 'Removes "Related: <headline>" / "Lesen Sie auch: …" / "Baca juga: …" link lines, in many languages, wherever they stand.',
  zone: 'anywhere',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const hit = wholeLine(LABELS, line.text, (h) => {
        const headline = (h.groups.headline ?? '').trim();
        if (headline === '' || spaceSeparated(headline, MAX_HEADLINE_WORDS + 1) > MAX_HEADLINE_WORDS) return false;
        // A headline is one sentence at most: "Related: the vote. Then…" is prose.
        return HEADLINE_START.test(headline) && !(endsLikeSentence(headline) && SECOND_SENTENCE.test(headline));
      });
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
