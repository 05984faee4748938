import type { Rule } from '../rule.js';
import { isShortLabel, startsUpper } from '../text/fold.js';
import { foldsLonger } from '../text/fold-start.js';

// Phys.org (and the Science X sites) end an article with "Provided by <institution>", then
// "+ Explore further" and "Feedback to editors". "Provided by" starts ordinary sentences too
// ("Provided by the city, the grant covers ..."), so it goes only as a short label naming a
// capitalised source.
const FIXED = [/^\+? ?explore further$/i, /^feedback to editors$/i];
const PROVIDED = /^[Pp]rovided [Bb]y (.+)$/;
const MAX_FOLDED = 'provided by '.length + 80;

const rule: Rule = {
  id: 'physorg-footer',
  description: 'Removes the Phys.org footer lines "Provided by <X>", "+ Explore further" and "Feedback to editors" from the tail.',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      // "Provided by" and a short label (80 characters at most) is the longest line taken.
      if (foldsLonger(line.text, MAX_FOLDED)) continue;
      const provided = PROVIDED.exec(line.folded);
      if (FIXED.some((p) => p.test(line.folded)) || (provided?.[1] && startsUpper(provided[1]) && isShortLabel(provided[1]))) ctx.remove(line);
    }
  },
};
export default rule;
