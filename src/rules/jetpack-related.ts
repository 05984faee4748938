import { authorBoxHeadings } from '../phrases/author-box.js';
import { family, wholeLine } from '../phrases/match.js';
import { relatedHeadlines } from '../phrases/related.js';
import type { LineRef, Rule } from '../rule.js';
import { parseDate } from '../metadata/dates/dates.js';
import { countWords, isShortLabel } from '../text/fold.js';
import { isHeadlineLine } from '../text/headline.js';

// Jetpack Related Posts (and YARPP's plain list, a headline over titles only): the headline "Related" (<h3 class="jp-relatedposts-headline">), then per
// post a title, an optional date and a context line: 'In "<category or tag>"', "With 3 comments" or
// "Similar post" (the strings of Jetpack's related-posts module). A real "Related" heading is rare
// at the tail and is followed by prose, so the headline must be followed by list lines or nothing.
// The headline in the module's translations (src/phrases/related.ts); a context line in another
// language is a short preposition and a quoted term ('Dans "Actualités"', 'I "Nyheter"').
const HEADLINES = family(relatedHeadlines, String.raw`\s*:?`);
// An author box's heading ("About the author") heads a bio, which author-bio takes with it: it is
// no item of a list of related posts above it.
const AUTHOR_HEADINGS = family(authorBoxHeadings, String.raw`\s*:?`);
const CONTEXT = /^(?:in "[^"]{1,60}"|with \d+ comments?|similar post|\p{L}{1,4} "[^"]{1,60}")$/iu;

const isContext = (line: LineRef) => CONTEXT.test(line.folded) || parseDate(line.text) !== null;

/** A title may end in "?" or run long; it still belongs to the list when a date or context line follows. */
function isItem(line: LineRef, next: LineRef | undefined): boolean {
  if (isContext(line) || isShortLabel(line.folded)) return true;
  return next !== undefined && isContext(next) && countWords(line.folded) <= 20 && line.folded.length <= 150;
}

/**
 * How many lines from `from` on read as headlines (the titles a site lists under "Related" or "More
 * from …", longer than a label): two at least, or none, since one such line under a heading may be
 * the heading's own sentence.
 */
function headlines(lines: readonly LineRef[], from: number): number {
  let n = 0;
  while (from + n < lines.length && isHeadlineLine(lines[from + n]?.text ?? '')) n++;
  return n >= 2 ? n : 0;
}

const rule: Rule = {
  id: 'jetpack-related',
  description: 'Removes related-post blocks at the end (Jetpack "Related", "More from <site>", "Lesen Sie auch"…): the headline, the titles or headlines under it, dates and "In <category>" lines.',
  zone: 'tail',
  apply(ctx) {
    const lines = ctx.lines;
    const start = lines.findIndex((l) => wholeLine(HEADLINES, l.text) !== null);
    if (start === -1) return;
    const first = lines[start + 1];
    const longest = headlines(lines, start + 1);
    if (first && !isItem(first, lines[start + 2]) && !longest) return;
    const headline = lines[start];
    if (headline) ctx.remove(headline, wholeLine(HEADLINES, headline.text)?.lang);
    for (let i = start + 1; i < lines.length; i++) {
      const line = lines[i];
      if (!line || wholeLine(AUTHOR_HEADINGS, line.text) !== null) break;
      if (!isItem(line, lines[i + 1]) && i >= start + 1 + longest) break;
      ctx.remove(line);
    }
  },
};
export default rule;
