import { family, wholeLine } from '../phrases/match.js';
import { automationNotices } from '../phrases/automated.js';
import type { Rule } from '../rule.js';
import { countWords } from '../text/fold.js';

// An auto-blog re-posts a feed's excerpt and pads it with filler of its own under its own headings
// ("Why this update matters" / "Key details" / "Related coverage"), written in the article's
// register so that no list of its words would hold; but somewhere in it the blog says that a
// machine collected the post (src/phrases/automated.ts). That notice goes, and when the excerpt
// above it ends cut ("…"), everything from the cut to the end goes with it: nothing the source
// wrote comes after its own cut. A long paragraph between the two is the article's, and stops it.
const NOTICES = family(automationNotices, String.raw`\s*[.!]?`);
const CUT = /(?:…|\.\.\.|\[…\]|\[\.\.\.\]|&hellip;)["'”’»)]*\s*$/u;
const MAX_FILLER_LINES = 12;
const MAX_FILLER_WORDS = 45;

const rule: Rule = {
  id: 'automated-filler',
  description: 'Removes an auto-blog\'s notice that a machine collected the post ("The report was collected automatically…") and the filler it padded the cut excerpt with, in several languages.',
  zone: 'tail',
  apply(ctx) {
    const notice = ctx.lines.find((l) => wholeLine(NOTICES, l.text) !== null);
    if (!notice) return;
    const at = ctx.all.indexOf(notice);
    let cut = -1;
    for (let i = at - 1; i >= 0 && at - i <= MAX_FILLER_LINES; i--) {
      const line = ctx.all[i];
      if (!line) break;
      if (CUT.test(line.text)) {
        cut = i;
        break;
      }
      if (countWords(line.text, MAX_FILLER_WORDS + 1) > MAX_FILLER_WORDS) break;
    }
    const after = cut >= 0 ? ctx.all.slice(cut + 1) : [notice];
    const filler = after.length <= 2 * MAX_FILLER_LINES && after.every((l) => ctx.lines.includes(l) && countWords(l.text, MAX_FILLER_WORDS + 1) <= MAX_FILLER_WORDS);
    for (const line of filler ? after : [notice]) ctx.remove(line);
    if (cut >= 0 && filler) ctx.markTruncated(ctx.all[cut] ?? notice);
  },
};
export default rule;
