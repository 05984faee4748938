import { family, hitsAtEnd } from '../phrases/match.js';
import { watchCalls } from '../phrases/watch.js';
import type { Rule } from '../rule.js';
import { spaceSeparated } from '../text/fold.js';

// A call to watch (src/phrases/watch.ts) closing the body: only on the last line, only where a
// sentence has just ended (feeds often drop the space: "…साधा.देखें पंजाब आजतक") or the line is
// the call alone, and only a name after it: a few words with no full stop. "Watch this space." or
// a sentence going on after "Watch" is the article's.
const CALLS = family(watchCalls, String.raw`[^.!?।。]*`);
const MAX_WORDS = 6;
const MAX_LEAD_IN_WORDS = 10;
const LEAD_IN = /[:：]\s*$/u;
const SENTENCE_END = /[.!?।。…]["'”’»)]*$/u;

const rule: Rule = {
  id: 'watch-call',
  description: 'Removes a call to watch the video or the show ("Watch the full report", "देखें …", "Guarda il video") glued to the end of the last paragraph or alone.',
  zone: 'tail',
  apply(ctx) {
    const last = ctx.all.at(-1);
    if (!last || !ctx.lines.includes(last)) return;
    const hit = hitsAtEnd(CALLS, last.text, (h) => {
      const before = last.text.slice(0, h.start).trimEnd();
      // A call alone that ends on a colon led into the video the copy lost ("Watch the interview with the mayor below:").
      const max = before === '' && LEAD_IN.test(last.text) ? MAX_LEAD_IN_WORDS : MAX_WORDS;
      return (before === '' || SENTENCE_END.test(before)) && spaceSeparated(last.text.slice(h.start), max + 1) <= max;
    });
    if (!hit) return;
    if (last.text.slice(0, hit.start).trim() === '') ctx.remove(last, hit.lang);
    else ctx.cut(last, hit.start, last.text.length, hit.lang);
  },
};
export default rule;
