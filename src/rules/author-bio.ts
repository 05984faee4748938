import { authorBioLines, authorBoxHeadings } from '../phrases/author-box.js';
import { family, wholeLine } from '../phrases/match.js';
import type { LineRef, Rule } from '../rule.js';
import { spaceSeparated } from '../text/fold.js';
import { readCredit } from '../metadata/credit/credit.js';
import { readSignedBio } from './bio-paragraph.js';

// Themes print an author box under the post: a heading ("About the Author", "Über den Autor")
// over a short bio, or a one-line "Author: <name> is a …". Only the tail is searched, and a bio
// stays short: the box follows the heading to the next heading or the end, at most two
// paragraphs, and a longer run after such a heading is an article section, which stays.
const HEADINGS = family(authorBoxHeadings, '\\s*:?');
const BIO_LINES = family(authorBioLines, '.*');
const MAX_BIO_WORDS = 90;
const MAX_BIO_LINE_WORDS = 50;
const BIO_AUTHOR_WEIGHT = 25;

function bare(text: string): string {
  return text.replace(/^\s*#{1,6}\s+/u, '').replace(/\*\*|__/gu, '').trim();
}

/** The bio under a heading: the next paragraphs up to a heading, or null when it is no short bio. */
function bio(after: readonly LineRef[]): LineRef[] | null {
  const end = after.findIndex((l) => /^#{1,6}\s/u.test(l.text));
  const run = end === -1 ? after : after.slice(0, end);
  const blocks = [...new Set(run.map((l) => l.block))].slice(0, 2);
  const mine = run.filter((l) => blocks.includes(l.block) && !/^\s*[-*+]\s/u.test(l.text));
  const words = mine.reduce((sum, l) => sum + spaceSeparated(l.text, MAX_BIO_WORDS + 1), 0);
  return mine.length && words <= MAX_BIO_WORDS ? mine : null;
}

const rule: Rule = {
  id: 'author-bio',
  description: 'Removes the author box under a post ("About the Author" and its short bio, "Author: … is a …"), in many languages; the one-line box names the author.',
  zone: 'tail',
  meta: { extracts: ['author'] },
  apply(ctx) {
    const lines = ctx.lines;
    for (const [i, line] of lines.entries()) {
      const text = bare(line.text);
      const heading = wholeLine(HEADINGS, text);
      if (heading) {
        const box = bio(lines.slice(i + 1));
        if (!box) continue;
        ctx.remove(line, heading.lang);
        for (const l of box) ctx.remove(l, heading.lang);
        // The bio under the heading names the writer as bio-paragraph reads a closing one.
        if (box[0]) readSignedBio(ctx, box[0]);
        continue;
      }
      const hit = wholeLine(BIO_LINES, text);
      if (!hit || spaceSeparated(text, MAX_BIO_LINE_WORDS + 1) > MAX_BIO_LINE_WORDS) continue;
      ctx.remove(line, hit.lang);
      // "Author: Jane Doe is a technical writer…" names the writer, where often nothing else does;
      // a byline or the feed's author field says it with more weight.
      const credit = hit.groups.name ? readCredit(hit.groups.name, { site: ctx.site, prefixed: true }) : null;
      if (credit?.kind === 'person') ctx.meta('author', credit.name, line, BIO_AUTHOR_WEIGHT);
    }
  },
};
export default rule;
