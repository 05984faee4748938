import { family, hitsAtEnd } from '../phrases/match.js';
import { followCalls } from '../phrases/follow.js';
import type { Rule } from '../rule.js';
import { spaceSeparated } from '../text/fold.js';

// Calls to follow, subscribe or donate that a site appends to every post (src/phrases/follow.ts),
// and the profile links under them ("Telegram: https://t.me/…"). The call opens its line, or the
// last sentence of a paragraph, at the edges (page chrome puts "Síguenos en Facebook" above the
// article), and stays short: an article that discusses newsletters keeps its paragraphs.
const CALLS = family(followCalls, '.*');
const PROFILE = /^(?:Facebook|Twitter|X|Instagram|YouTube|TikTok|Telegram|VK|Vk|VKontakte|LinkedIn|Threads|Mastodon|Bluesky|WhatsApp|Pinterest|Twitch|Discord)\s*:\s*(?:https?:\/\/|@)\S+$/;
const MAX_WORDS = 45;
const AFTER_SENTENCE = /[.!?。！？"”»)]$/u;

const rule: Rule = {
  id: 'follow-call',
  description: 'Removes follow, subscribe and donate calls ("Follow us on …", "Síguenos en …", "Abonnez-vous …") and social profile lines in the tail, in many languages.',
  zone: 'edges',
  apply(ctx) {
    for (const line of ctx.lines) {
      if (PROFILE.test(line.text.trim())) {
        ctx.remove(line);
        continue;
      }
      const hit = hitsAtEnd(CALLS, line.text, (h) => {
        const before = line.text.slice(0, h.start).trim();
        return spaceSeparated(line.text.slice(h.start), MAX_WORDS + 1) <= MAX_WORDS && (before === '' || AFTER_SENTENCE.test(before));
      });
      if (!hit) continue;
      if (line.text.slice(0, hit.start).trim() === '') ctx.remove(line, hit.lang);
      else ctx.cut(line, hit.start, line.text.length, hit.lang);
    }
  },
};
export default rule;
