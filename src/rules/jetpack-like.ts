import { family, loose, wholeLine } from '../phrases/match.js';
import { jetpackLikeHeadings, likeButtons, likeCounts, loadingPlaceholders } from '../phrases/jetpack.js';
import type { LineRef, Rule } from '../rule.js';
import { isProse } from '../text/fold.js';
import { foldsLonger } from '../text/fold-start.js';
import { foldCase, foldedRegExp } from '../text/case-fold.js';

// Jetpack Likes: the heading "Like this:", the button "Like" and its placeholder "Loading...",
// often run together as "Like Loading..."; once loaded, "One blogger likes this." or "Be the first to
// like this." (seen in scraped WordPress.com posts). "Rate this:" is the WordPress.com ratings label.
// The same in the widget's translations ("Gefällt mir:", "Gefällt mir Wird geladen …", "J'aime
// chargement…", src/phrases/jetpack.ts). A lone "Like" or "Loading..." is too plain to remove on its
// own, so those follow the heading only.
const HEADINGS = family(jetpackLikeHeadings, String.raw`\s*`);
const alternatives = (list: readonly string[]): string => list.map(loose).join('|');
// Both for folded text (text/case-fold.ts): hundreds of labels, cheaper to compile without `i`.
const BUTTON = foldedRegExp(`^(?:${alternatives(likeButtons)})\\s*(?:${alternatives(loadingPlaceholders)})$`);
const AFTER_HEADING = foldedRegExp(
  `^(?:${alternatives(likeButtons)}|${alternatives(loadingPlaceholders)}|${likeCounts.map((c) => loose(c.replace('{n}', '\u0000')).replace('\u0000', '\\d+')).join('|')})$`,
);

// Longer than any line of the widget (but "<n> bloggers like this", whatever n): not folded.
const prose = (line: LineRef) => foldsLonger(line.text, 64) && !/^\s*\d/.test(line.text);
// The placeholder's ellipsis has a space before it in some translations ("Wird geladen …").
const bare = (line: LineRef) => foldCase(line.text.trim().replace(/\s+(?=…|\.\.\.)/gu, ''));
const widget = (line: LineRef) => AFTER_HEADING.test(bare(line));

const rule: Rule = {
  id: 'jetpack-like',
  description: 'Removes the Jetpack "Like this:" block ("Like", "Loading...", "One blogger likes this.") and "Rate this:" from the tail, in any language.',
  zone: 'tail',
  apply(ctx) {
    const lines = ctx.lines;
    let afterHeading = false;
    lines.forEach((line, i) => {
      if (prose(line)) {
        afterHeading = false;
        return;
      }
      const next = lines[i + 1];
      const heading = wholeLine(HEADINGS, line.text);
      // "Like this:" also introduces an example in how-to prose; the widget heading is never
      // followed by a sentence.
      if (heading && !(next && isProse(next.folded) && !widget(next))) {
        afterHeading = true;
        ctx.remove(line, heading.lang);
      } else if (BUTTON.test(bare(line)) || (afterHeading && widget(line))) {
        ctx.remove(line);
      } else {
        afterHeading = false;
      }
    });
  },
};
export default rule;
