import { family, hitsAtEnd, type Hit } from '../phrases/match.js';
import { poweredBy } from '../phrases/powered-by.js';
import type { Rule } from '../rule.js';
import { countWords, startsCapital } from '../text/fold.js';

// A site footer's platform credit ("Proudly powered by WordPress | Theme: Twenty Seventeen",
// "© 2024 Harbour Notes · Propulsé par WordPress") left under a post by a saved page or a feed
// that carries the theme's footer. "Powered by" is also prose ("powered by an 82 kWh battery"), so
// the credit must stand on its own line, in the tail, name a few capitalised words and nothing
// more than other footer credits, after nothing but a copyright notice or a separator.
const FOOTER = family(poweredBy, '[.!]?');
const MAX_LINE = 300;
const SEPARATOR = /\s+[|·•\-–—/]\s+|\s*\|\s*/u;
const ENDS_WITH_SEPARATOR = /[|·•\-–—/:]$/u;
const NOTICE = /©|\(c\)|copyright|\b(?:19|20)\d\d$/iu;

/** A platform, theme or company: a name of up to four words, no clause of a sentence. */
function isName(text: string | undefined): boolean {
  if (text === undefined) return true;
  const name = text.trim().replace(/\.$/u, '');
  return name !== '' && startsCapital(name) && countWords(name, 5) <= 4 && !/[,;!?]/u.test(name);
}

function accept(text: string) {
  return (hit: Hit): boolean => {
    const before = text.slice(0, hit.start).trim();
    if (before !== '' && !(countWords(before, 13) <= 12 && (ENDS_WITH_SEPARATOR.test(before) || NOTICE.test(before)))) return false;
    // The credit's own name, then only more credits after a separator ("| Theme: …").
    const [name, ...more] = (hit.groups.x ?? '').split(SEPARATOR);
    if (hit.groups.x !== undefined && !isName(name)) return false;
    if (countWords(more.join(' '), 16) > 15) return false;
    return isName(hit.groups.y);
  };
}

const rule: Rule = {
  id: 'powered-by',
  description: 'Removes a site footer\'s platform and theme credits ("Proudly powered by WordPress", "Blog at WordPress.com.", "Propulsé par WordPress", "Theme: … by …"), in many languages.',
  zone: 'tail',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (line.text.length > MAX_LINE) continue;
      const hit = hitsAtEnd(FOOTER, line.text, accept(line.text), true);
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
