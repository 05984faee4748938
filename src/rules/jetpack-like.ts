import type { LineRef, Rule } from '../rule.js';
import { isProse } from '../text/fold.js';
import { foldsLonger } from '../text/fold-start.js';

// Jetpack Likes: the heading "Like this:", the button "Like" and its placeholder "Loading...",
// often run together as "Like Loading..."; once loaded, "One blogger likes this." or "Be the first to
// like this." (seen in scraped WordPress.com posts). "Rate this:" is the WordPress.com ratings label.
// A lone "Like" or "Loading..." is too plain to remove on its own, so those follow the heading only.
const HEADINGS = [/^like this:$/i, /^rate this:$/i];
const BUTTON = /^like loading\.\.\.$/i;
const AFTER_HEADING = [/^like$/i, /^loading\.\.\.$/i, BUTTON, /^(?:one|\d+) bloggers? likes? this\.?$/i, /^be the first to like this\.?$/i];

// Longer than any line of the widget (but "<n> bloggers like this", whatever n): not folded.
const prose = (line: LineRef) => foldsLonger(line.text, 64) && !/^\s*\d/.test(line.text);
const widget = (line: LineRef) => AFTER_HEADING.some((p) => p.test(line.folded));

const rule: Rule = {
  id: 'jetpack-like',
  description: 'Removes the Jetpack "Like this:" block ("Like", "Loading...", "One blogger likes this.") and "Rate this:" from the tail.',
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
      // "Like this:" also introduces an example in how-to prose; the widget heading is never
      // followed by a sentence.
      if (HEADINGS.some((p) => p.test(line.folded)) && !(next && isProse(next.folded) && !widget(next))) {
        afterHeading = /^like/i.test(line.folded);
        ctx.remove(line);
      } else if (BUTTON.test(line.folded) || (afterHeading && widget(line))) {
        ctx.remove(line);
      } else {
        afterHeading = false;
      }
    });
  },
};
export default rule;
