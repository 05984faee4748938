import { family, hitsAtEnd } from '../phrases/match.js';
import { followCalls } from '../phrases/follow.js';
import type { Rule } from '../rule.js';
import { spaceSeparated, startsUpper } from '../text/fold.js';

// Calls to follow, subscribe or donate that a site appends to every post (src/phrases/follow.ts),
// and the profile links under them ("Telegram: https://t.me/…"). The call opens its line, or the
// last sentence of a paragraph, at the edges (page chrome puts "Síguenos en Facebook" above the
// article), and stays short: an article that discusses newsletters keeps its paragraphs.
const CALLS = family(followCalls, '.*');
const PROFILE = /^(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|Telegram|VK|Vk|VKontakte|LinkedIn|Threads|Mastodon|Bluesky|WhatsApp|Pinterest|Twitch|Discord)\s*:\s*(?:https?:\/\/|@)\S+$/;
const MAX_WORDS = 45;
const LIST_MARKER = /^\s*(?:[-*•·]|\d+[.)])\s*$/u;
// A call glued on without a full stop is one sentence: more after it is the article going on.
const SENTENCE_BREAK = /[.!?。！？]["'”’»)]*\s+\S/u;
const AFTER_SENTENCE = /[.!?。！？"”»)]$/u;

const rule: Rule = {
  id: 'follow-call',
  description: 'Removes follow, subscribe and donate calls ("Follow us on …", "Síguenos en …", "Abonnez-vous …") and social profile lines in the tail, in many languages.',
  zone: 'edges',
  apply(ctx) {
    const last = ctx.all.at(-1);
    for (const line of ctx.lines) {
      if (PROFILE.test(line.text.trim())) {
        ctx.remove(line);
        continue;
      }
      const hit = hitsAtEnd(CALLS, line.text, (h) => {
        const before = line.text.slice(0, h.start).replace(LIST_MARKER, '').trim();
        if (spaceSeparated(line.text.slice(h.start), MAX_WORDS + 1) > MAX_WORDS) return false;
        // Feeds flatten a podcast's or a blog's closing call onto its last paragraph with only
        // spaces between ("Hosts: Ana, Leo   Paste this link into…"): a capitalised call that runs
        // to the very end of the body needs no full stop before it.
        const call = line.text.slice(h.start);
        return before === '' || AFTER_SENTENCE.test(before) || (line === last && startsUpper(call) && !SENTENCE_BREAK.test(call));
      });
      if (!hit) continue;
      if (line.text.slice(0, hit.start).replace(LIST_MARKER, '').trim() === '') ctx.remove(line, hit.lang);
      else ctx.cut(line, hit.start, line.text.length, hit.lang);
    }
  },
};
export default rule;
