import { authorBioLines, authorBoxHeadings, authorPostsLinks } from '../phrases/author-box.js';
import { family, wholeLine } from '../phrases/match.js';
import type { LineRef, Rule } from '../rule.js';
import { endsLikeSentence, key, spaceSeparated, startsLower } from '../text/fold.js';
import { readCredit, withoutBylinePrefix } from '../metadata/credit/credit.js';
import { readSignedBio } from './bio-paragraph.js';

// Themes print an author box under the post: a heading ("About the Author", "Über den Autor")
// over a short bio, or a one-line "Author: <name> is a …". Only the tail is searched, and a bio
// stays short: the box follows the heading to the next heading or the end, at most two
// paragraphs, and a longer run after such a heading is an article section, which stays.
const HEADINGS = family(authorBoxHeadings, '\\s*:?');
const BIO_LINES = family(authorBioLines, '.*');
// The box's last line links to the writer's archive ("View all posts by Jane Doe →"): it, and the
// lines above it back to the one that names the same writer (Twenty Ten's "About Jane Doe", Twenty
// Fifteen's bare name under "Published by"), are the box, whatever the heading's words.
const POSTS_LINK = family(authorPostsLinks, String.raw`\s*(?:[→>"]+|&rarr;)?`);
const MAX_NAME_WORDS = 6;
const MAX_NAME_LINE_WORDS = 8;
const MAX_BOX_LINES = 4;
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

/** A display name: a few words, capitalised or one login ("admin"), never a clause ("by date on the archive page."). */
function isWriterName(name: string): boolean {
  const words = spaceSeparated(name, MAX_NAME_WORDS + 1);
  return words > 0 && words <= MAX_NAME_WORDS && !endsLikeSentence(name) && (words === 1 || !startsLower(name.trim()));
}

/** The lines of the box that ends with the archive link at `i`, naming `name`: from the line that names the writer, or the link alone. */
function boxAbove(lines: readonly LineRef[], i: number, name: string): LineRef[] {
  const named = key(name);
  for (let j = i - 1; j >= 0 && i - j <= MAX_BOX_LINES; j--) {
    const text = bare(lines[j]?.text ?? '');
    if (spaceSeparated(text, MAX_NAME_LINE_WORDS + 1) > MAX_NAME_LINE_WORDS || endsLikeSentence(text) || !key(text).includes(named)) continue;
    // A heading that is a byline's prefix over the name ("Published by" / "Jane Doe") is the box's.
    const above = bare(lines[j - 1]?.text ?? '');
    const top = j > 0 && above !== '' && withoutBylinePrefix(`${above} ${name}`) === name ? j - 1 : j;
    const box = lines.slice(top, i + 1);
    const words = box.reduce((sum, l) => sum + spaceSeparated(l.text, MAX_BIO_WORDS + 1), 0);
    return words <= MAX_BIO_WORDS + MAX_NAME_LINE_WORDS ? box : lines.slice(i, i + 1);
  }
  return lines.slice(i, i + 1);
}

const rule: Rule = {
  id: 'author-bio',
  description: 'Removes the author box under a post ("About the Author" and its short bio, "Author: … is a …", a box ending in "View all posts by <name>"), in many languages; the box names the author.',
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
      const link = wholeLine(POSTS_LINK, text, (h) => isWriterName(h.groups.name ?? ''));
      if (link) {
        const name = (link.groups.name ?? '').trim();
        for (const l of boxAbove(lines, i, name)) ctx.remove(l, link.lang);
        const credit = readCredit(name, { site: ctx.site, prefixed: true });
        if (credit?.kind === 'person') ctx.meta('author', credit.name, line, BIO_AUTHOR_WEIGHT);
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
