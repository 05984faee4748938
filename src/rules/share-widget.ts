import type { Rule } from '../rule.js';
import type { LineRef, RuleContext } from '../rule.js';
import { isProse, key, startsCapital } from '../text/fold.js';

// A theme share widget leaves "Share <SiteName>" (e.g. "Share DeepPol") near the end. Headings such
// as "Share Your Story" must survive, so the name must look like a name (capitalised, no pronoun or
// determiner but a leading "The") and sit in the last few lines. A lone "Share" (AddToAny, Substack)
// is a share label like "Teilen" or "Partager": share-row's, in every language.
const SHARE = /^share\s+(.{1,60}?)\s*$/i;
const NOT_A_NAME = new Set([
  'this', 'it', 'your', 'our', 'my', 'the', 'a', 'an', 'with', 'on', 'via', 'now', 'article', 'post', 'story',
  'page', 'link', 'these', 'that', 'them', 'us', 'me', 'and', 'or', 'to', 'for', 'if', 'what', 'how', 'why',
]);
/** The widget sits in the last lines; further up, a "Share X" line is more likely a heading. */
const LAST_LINES = 5;

// Many publications are "The <Name>" ("The Quiet Kitchen"), and so are title-case phrases ("Share
// The Love"): with a single word after "The", only the site an earlier rule already named counts.
function siteName(text: string): { name: string; guess: boolean } | null {
  const tokens = text.split(/\s+/);
  const lead = tokens[0] === 'The' ? 1 : 0;
  const rest = tokens.slice(lead);
  if (tokens.length > 4 || rest.length === 0) return null;
  const ok = rest.every((t) => startsCapital(t) && !NOT_A_NAME.has(t.toLowerCase()));
  return ok ? { name: text, guess: rest.length > lead } : null;
}

/**
 * A heading is followed by what it heads ("Share Options" / "Shares cost twenty pounds each."); a
 * widget is followed by nothing but other furniture.
 */
function textFollows(ctx: RuleContext, line: LineRef): boolean {
  return ctx.all.some((l) => l.n > line.n && (isProse(l.text) || /[.!?]["'”’)\]]*$/u.test(l.text.trim())));
}

const rule: Rule = {
  id: 'share-widget',
  description: 'Removes a share-widget line "Share <Site>" near the end; the name becomes the site.',
  zone: 'tail',
  apply(ctx) {
    const last = new Set(ctx.all.slice(-LAST_LINES).map((l) => l.n));
    for (const line of ctx.lines) {
      // Widgets print "Share"; a lower-case "share" ends a hard-wrapped sentence.
      const m = /^S/.test(line.text.trim()) ? SHARE.exec(line.text.trim()) : null;
      if (!m?.[1] || !last.has(line.n)) continue;
      const site = siteName(m[1]);
      if (!site) continue;
      // A name that repeats the site we already know is certain; a new one is a good guess.
      const known = ctx.site !== null && key(ctx.site) === key(site.name);
      if (!known && (!site.guess || textFollows(ctx, line))) continue;
      ctx.meta('site', site.name, line, known ? 60 : 40);
      ctx.remove(line);
    }
  },
};
export default rule;
