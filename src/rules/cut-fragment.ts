import type { Rule } from '../rule.js';
import { countWords, endsLikeSentence } from '../text/fold.js';

// An aggregator that flattens a page's markup to text turns a product box or a widget after the
// lead into a run of blank and space-only lines and then its label, and its length cut leaves that
// label half-written: "Nuevo Apple iPhone 12 (256…" under the article's finished paragraph. What
// tells it from the article's own cut paragraph is the gap: a body's paragraphs are one blank line
// apart, a flattened box several. The text ends truncated either way.
const MIN_GAP = 4;
const MAX_WORDS = 8;
const MAX_CHARS = 80;
const CUT = /(?:…|\.\.\.|&hellip;)\s*$/u;

const rule: Rule = {
  id: 'cut-fragment',
  description: 'Removes the cut-off label an aggregator left after a run of blank lines under a finished paragraph (a flattened product box: "Nuevo Apple iPhone 12 (256…").',
  zone: 'tail',
  apply(ctx) {
    const last = ctx.all.at(-1);
    const above = ctx.all.at(-2);
    if (!last || !above || !ctx.lines.includes(last)) return;
    const text = last.text.trim();
    if (!CUT.test(text) || text.length > MAX_CHARS || countWords(text, MAX_WORDS + 1) > MAX_WORDS) return;
    if (last.n - above.n <= MIN_GAP || !endsLikeSentence(above.text) || CUT.test(above.text.trim())) return;
    ctx.markTruncated(above);
    ctx.remove(last);
  },
};
export default rule;
