import type { Rule } from '../rule.js';
import { isShortLabel, startsUpper } from '../text/fold.js';
import { foldsLonger } from '../text/fold-start.js';

// Phys.org (and the Science X sites) end an article with "Provided by <institution>", then
// "+ Explore further" and "Feedback to editors". "Provided by" starts ordinary sentences too
// ("Provided by the city, the grant covers ..."), so it goes only as a short label naming a
// capitalised source.
const FIXED = [/^feedback to editors$/i];
const PROVIDED = /^[Pp]rovided [Bb]y (.+)$/;
const MAX_FOLDED = 'provided by '.length + 80;
// The network's citation block: "Citation: <headline> (2024, March 3) retrieved 4 March 2024 from
// <address>". The date in brackets, "retrieved" and the closing address make it no sentence of prose.
const CITATION = /^Citation: .{3,300} \(\d{4}, [^)]{3,30}\) retrieved .{3,40} from https?:\/\/\S+$/;
const EXPLORE = /^\+? ?explore further$/i;
// Under "Explore further" the page links one related story, its headline alone on a line.
const MAX_HEADLINE_WORDS = 16;
const SENTENCE_END = /[.!?]["'”’)]*$/u;

const rule: Rule = {
  id: 'physorg-footer',
  description: 'Removes the Phys.org footer lines "Provided by <X>", "+ Explore further" and its linked headline, "Feedback to editors" and the citation block from the tail.',
  zone: 'tail',
  // Not line-local: the headline under "Explore further" is known by the line before it.
  apply(ctx) {
    let explored = false;
    for (const line of ctx.lines) {
      const afterExplore = explored;
      explored = false;
      if (CITATION.test(line.text.trim())) {
        ctx.remove(line);
        continue;
      }
      // "Provided by" and a short label (80 characters at most) is the longest line taken.
      if (foldsLonger(line.text, MAX_FOLDED)) continue;
      if (EXPLORE.test(line.folded)) {
        ctx.remove(line);
        explored = true;
        continue;
      }
      const text = line.text.trim();
      if (afterExplore && startsUpper(text) && !SENTENCE_END.test(text) && text.split(/\s+/u).length <= MAX_HEADLINE_WORDS) {
        ctx.remove(line);
        continue;
      }
      const provided = PROVIDED.exec(line.folded);
      if (FIXED.some((p) => p.test(line.folded)) || (provided?.[1] && startsUpper(provided[1]) && isShortLabel(provided[1]))) ctx.remove(line);
    }
  },
};
export default rule;
