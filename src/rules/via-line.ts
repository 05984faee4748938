import type { Rule } from '../rule.js';
import { spaceSeparated, startsCapital } from '../text/fold.js';
import { urlIn } from './syndication-credit.js';
import { tokensAtLeast } from '../text/fold-start.js';

// Editorial source credits on a line of their own: "Via The Verge",
// "(via Reuters)", "h/t @jdoe", "Source: BBC News". Only short whole lines at the edges: "via" and
// "source" inside a sentence are prose, and a short line such as "Via Rail cancels the night
// train" is kept by requiring the outlet to look like a name, a handle or an address.
const VIA = /^\(?via:? (.+?)\)?\.?$/i;
// Tumblr credits the blog a post was reblogged from by its lower-case name: "(via coastline)",
// "reblogged from coastline". Only a single handle in brackets, or after "reblogged from".
const HANDLE = /^(?:\(via ([a-z0-9][a-z0-9-]{1,40})\)|reblogged from @?([a-z0-9][a-z0-9-]{1,40}))$/i;
const HAT_TIP = /^\(?(?:h\/t|hat tip)(?: to)?:? (.+?)\)?\.?$/i;
const SOURCE = /^\(?source: (.+?)\)?\.?$/i;
const MAX_TOKENS = 8;
// Lower-case words an outlet name may contain: "Bureau of Labor Statistics", "Le Monde".
const GLUE = new Set(['of', 'the', 'and', '&', 'for', 'on', 'de', 'la', 'le', 'du', 'der', 'die', 'el', 'al', '-', '|', '/']);

/** An outlet as credits print it: "The Verge", "BBC News", "@jdoe", "example.com", a URL. */
function isOutlet(text: string): boolean {
  return text.split(' ').every((t) => GLUE.has(t.toLowerCase()) || startsCapital(t) || /^(?:[@#(]|https?:\/\/|www\.)/.test(t) || /^[\w-]+(?:\.[\w-]+)+\/?\S*$/.test(t));
}

const rule: Rule = {
  id: 'via-line',
  description: 'Removes short source-credit lines at the edges ("Via <Outlet>", "(via <Outlet>)", "h/t <X>", "Source: <Outlet>"); a URL in them becomes the url.',
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      // Folding only adds to a line's tokens: a long line (a whole body, maybe) is not folded.
      if (tokensAtLeast(line.text, MAX_TOKENS + 1)) continue;
      const text = line.folded;
      if (spaceSeparated(text, MAX_TOKENS + 1) > MAX_TOKENS) continue;
      const credit = VIA.exec(text)?.[1] ?? SOURCE.exec(text)?.[1];
      // "h/t" is never prose, so any short remainder will do; after "via" or "source" it must be an outlet.
      if (!HAT_TIP.test(text) && !HANDLE.test(text) && !(credit !== undefined && isOutlet(credit))) continue;
      const url = urlIn(line.text);
      if (url) ctx.meta('url', url, line, 30);
      ctx.remove(line);
    }
  },
};
export default rule;
