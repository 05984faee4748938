import { family, wholeLine } from '../phrases/match.js';
import { bareTagLabels, taxonomyHeadings, taxonomyLabels } from '../phrases/taxonomy.js';
import type { Rule } from '../rule.js';
import { endsLikeSentence, spaceSeparated } from '../text/fold.js';

// A theme's taxonomy under the post ("Tags: Football, Cup", "Onderwerpen: KNVB Beker"), and the
// one-word heading an aggregator sets over it ("Gegevens"). Only in the tail, only terms (a short
// run that does not end like a sentence), and the heading only once nothing follows it: "Details"
// over a paragraph of the article is the article's own subheading.
const LABELS = family(taxonomyLabels, '.*');
const HEADINGS = family(taxonomyHeadings, String.raw`\s*:?`);
const MAX_TOKENS = 12;
const MAX_HASHTAG_LINE = 300;
// With no colon, the label is read only before two terms or more, each a few words, between commas.
const BARE = family(bareTagLabels, String.raw`\s+(?<terms>.+)`);
const TERM_SEPARATOR = /\s*[,，、،・|]\s*/u;
const COMMAS = /[,،、，]/u;
const MAX_TERM_WORDS = 4;
const HASHTAG = /^#[\p{L}\p{N}_][\p{L}\p{N}\p{M}_-]*,?$/u;
// WordPress.com's feed footer lists every category and tag of a post after "Filed under:" (and a
// "Tagged:" on the same line): longer than a theme's row, but still terms, each a few words
// between commas, where a sentence has runs of words.
const MIN_TERMS = 4;
const MAX_LIST_TOKENS = 60;

/** At least `min` terms between separators, none longer than a short name: a list, not prose. */
function shortTerms(text: string, separator: RegExp, min: number): boolean {
  const parts = text.split(separator).map((t) => t.trim());
  return parts.length >= min && parts.every((t) => t !== '' && t.split(/\s+/u).length <= MAX_TERM_WORDS);
}

const rule: Rule = {
  id: 'taxonomy-label',
  description: 'Removes tag and topic lines under a post ("Tags: …", "Onderwerpen: …", "태그 …" with no colon before a list) and the bare "Details" heading over them.',
  zone: 'tail',
  apply(ctx) {
    for (const line of ctx.lines) {
      const hit = wholeLine(LABELS, line.text);
      if (!hit || endsLikeSentence(line.text)) continue;
      // The terms must follow the label: "Tags:" with nothing after it is a heading of its own.
      const terms = line.text.slice(hit.start).replace(/^[^:：]*[:：]/u, '').trim();
      if (terms === '') continue;
      const tokens = spaceSeparated(line.text, MAX_LIST_TOKENS + 1);
      if (tokens > MAX_TOKENS && (tokens > MAX_LIST_TOKENS || !shortTerms(terms, COMMAS, MIN_TERMS))) continue;
      ctx.remove(line, hit.lang);
    }
    for (const line of ctx.lines) {
      if (spaceSeparated(line.text, MAX_TOKENS + 1) > MAX_TOKENS || endsLikeSentence(line.text)) continue;
      const hit = wholeLine(BARE, line.text, (h) => h.start === 0 && shortTerms(h.groups['terms'] ?? '', TERM_SEPARATOR, 2));
      if (hit) ctx.remove(line, hit.lang);
    }
    // Tumblr's and Instagram's tags, a line of hashtags and nothing else: "#ferry #harbour".
    for (const line of ctx.lines) {
      if (line.text.length > MAX_HASHTAG_LINE || !line.text.trimStart().startsWith('#')) continue;
      const tokens = line.text.trim().split(/\s+/u);
      if (tokens.length >= 2 && tokens.length <= MAX_TOKENS && tokens.every((t) => HASHTAG.test(t))) ctx.remove(line);
    }
    const last = ctx.all.at(-1);
    if (last && ctx.lines.includes(last) && ctx.removals.length > 0) {
      const hit = wholeLine(HEADINGS, last.text);
      if (hit) ctx.remove(last, hit.lang);
    }
  },
};
export default rule;
