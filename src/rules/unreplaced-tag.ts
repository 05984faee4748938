import type { Rule } from '../rule.js';
import { countWords, singleSpaced } from '../text/fold.js';

// Template tags that reached the text unfilled: Feedzy's import tags ("[#item_content]",
// "[#item_url]", "[#translated_title]"...; every one has an underscore, which keeps a bracketed
// hashtag like "[#metoo]" out) and Yoast's RSS-footer variables ("%%POSTLINK%%", "%%BLOGLINK%%"...).
// Matched on the raw text: the tags are ASCII that fold() leaves alone, and cuts need raw offsets.
const TAG = /\[#[a-z]+(?:_[a-z0-9]+)+\]|%%[A-Z][A-Z0-9_]*%%/g;
// What is left of a line around unfilled tags is usually the template's own glue ("Source:",
// "By on", "Read more at"): too short to be prose, so the line goes whole. Yoast's default footer
// is longer; cutting its tags would leave "The post appeared first on." for appeared-first-on to
// miss (and, uncut, that rule would read "%%BLOGLINK%%" as the site).
const MAX_GLUE_WORDS = 3;
const YOAST_SKELETON = /^the post (?:appeared first|first appeared) on\s*\.?$/i;

const rule: Rule = {
  id: 'unreplaced-tag',
  description: 'Removes Feedzy tags ("[#item_content]") and Yoast variables ("%%POSTLINK%%") left unfilled: the whole line if little else is on it, else just the tags.',
  zone: 'anywhere',
  meta: { lineLocal: true, inArticle: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const tags = [...line.text.matchAll(TAG)];
      if (tags.length === 0) continue;
      const rest = singleSpaced(line.text.replace(TAG, ' ')).trim();
      if (countWords(rest) <= MAX_GLUE_WORDS || YOAST_SKELETON.test(rest)) {
        ctx.remove(line);
        continue;
      }
      // Right to left, so the offsets of the tags still to cut stay valid. Each tag goes with the
      // spaces before it (or after it, at the start of the line) so no double space is left.
      for (const tag of tags.reverse()) {
        const start = tag.index;
        const end = start + tag[0].length;
        const before = /\s*$/.exec(line.text.slice(0, start))?.[0].length ?? 0;
        const after = before === start ? (/^\s*/.exec(line.text.slice(end))?.[0].length ?? 0) : 0;
        ctx.cut(line, start - before, end + after);
      }
    }
  },
};
export default rule;
