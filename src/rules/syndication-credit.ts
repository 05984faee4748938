import { family, wholeLine } from '../phrases/match.js';
import { syndicatedBy } from '../phrases/syndication.js';
import { republishedNotices } from '../phrases/republished.js';
import type { Rule } from '../rule.js';
import { spaceSeparated, startsLower } from '../text/fold.js';
import { foldedStart, tokensAtLeast } from '../text/fold-start.js';

// Credit lines of syndicated copies: The Conversation's Creative Commons
// notice, and partner forms such as opensource.com's "This article was originally published on
// <X> and is republished with permission." The named outlet is where the text came from, not the
// site we read it on, so it is kept as a note and never as `site`. Prose such as "The bridge was
// originally published in 1851 plans" is kept: the subject must be the article itself, or the line
// must open with the credit.
const CONVERSATION = /^this (?:article|piece) is republished from the conversation\b/i;
// A planet's standing line about itself (Planet GNOME, Planet Debian: "Planet X is a window into the
// world, work and lives of X hackers and contributors.").
const PLANET = /^planet .{1,40} is a window into the world, work and lives of .{1,80}\.?$/i;
const CREDIT = [
  /^this (?:article|post|story|piece) (?:was |has been |is )?(?:originally|first) (?:published|posted|appeared) (?:on|in|at|by) (.+?)(?:,? and (?:is |has been )?(?:republished|reprinted|reposted)\b.*)?\.?$/i,
  /^this (?:article|post|story|piece) (?:is|was|has been) (?:republished|reprinted|reposted)(?: here)? (?:with (?:kind )?permission (?:from|of) |from |courtesy of )(.+?)\.?$/i,
  /^(?:republished|reprinted|reposted)(?: here)? (?:with (?:kind )?permission(?: (?:from|of) (.+?))?|from (.+?)|courtesy of (.+?))\.?$/i,
  /^originally (?:published|posted|appeared) (?:on|in|at|by) (.+?)\.?$/i,
];
const MAX_TOKENS = 40;
const LONG_LINE = 4096;
// Every credit form names one of these verbs; lines without them skip the patterns above.
const VERB = /publish|posted|appeared|reprint|repost/i;
// The Conversation's notice ends with a link "Read the original article."; when extraction puts
// the link text on a line of its own, it goes with the notice.
const READ_ORIGINAL = /^read the original article\.?$/i;

// A distribution network's credit on the copies it hands out (src/phrases/syndication.ts): the
// origin it names wrote the piece, and is noted like a republishing outlet.
const SYNDICATED = family(syndicatedBy, String.raw`\s*[.!]?`);
// The same notice in other languages, and "reprinted with permission" (src/phrases/republished.ts).
const REPUBLISHED = family(republishedNotices, String.raw`\s*[.!]?`);

/**
 * What a permission credit names is a publication or a body, not the rest of a sentence: "Mit
 * freundlicher Genehmigung der Hafenbehörde dürfen die Fähren…" goes on as prose.
 */
function isSourceName(origin: string): boolean {
  const name = origin.trim();
  return name.split(/\s+/).length <= MAX_ORIGIN_WORDS && !/[,;:!?]/.test(name) && !startsLower(name);
}
const MAX_ORIGIN_WORDS = 6;

/** The first http(s) URL in a line, without the sentence punctuation after it. */
export function urlIn(text: string): string | null {
  return /https?:\/\/[^\s<>"']+/i.exec(text)?.[0].replace(/[.,;:!?)\]]+$/, '') ?? null;
}

const rule: Rule = {
  id: 'syndication-credit',
  description: 'Removes syndication and reprint credit lines in several languages ("This article is republished from The Conversation…", "Mit freundlicher Genehmigung von X"); a URL in them becomes the url.',
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      // A line of many tokens can only be The Conversation's notice, which opens it: its start is folded, not all of it.
      const long = line.text.length > LONG_LINE && tokensAtLeast(line.text, MAX_TOKENS);
      const text = long ? foldedStart(line.text) : line.folded;
      let origin: string | undefined;
      const syndicated = long ? null : wholeLine(SYNDICATED, line.text.trim());
      if (syndicated) {
        const from = syndicated.groups.origin ?? syndicated.groups.network;
        if (from) ctx.note(`syndicated from ${from}`, line);
        ctx.remove(line, syndicated.lang);
        continue;
      }
      const republished = long ? null : wholeLine(REPUBLISHED, line.text.trim(), (h) => h.groups.origin === undefined || isSourceName(h.groups.origin));
      if (republished) {
        if (republished.groups.origin) ctx.note(`republished from ${republished.groups.origin}`, line);
        ctx.remove(line, republished.lang);
        continue;
      }
      if (!long && PLANET.test(text)) {
        ctx.remove(line);
        continue;
      }
      if (CONVERSATION.test(text)) origin = 'The Conversation';
      else if (!long && spaceSeparated(text, MAX_TOKENS) < MAX_TOKENS && VERB.test(text)) {
        let m: RegExpExecArray | null = null;
        for (const p of CREDIT) if ((m = p.exec(text))) break;
        origin = m ? (m.slice(1).find((g) => g !== undefined) ?? '') : undefined;
        // "This story first appeared in 1962" is about the story, not about this copy of it.
        if (origin === undefined || /^\d/.test(origin)) continue;
      } else continue;

      const url = urlIn(line.text);
      if (url) ctx.meta('url', url, line, 40);
      if (origin && !/^https?:\/\//i.test(origin)) ctx.note(`republished from ${origin}`, line);
      ctx.remove(line);
      const next = ctx.all.find((l) => l.n > line.n);
      if (next && READ_ORIGINAL.test(next.folded)) ctx.remove(next);
    }
  },
};
export default rule;
