import { family, wholeLine } from '../phrases/match.js';
import { podcastApps, podcastCalls } from '../phrases/podcast.js';
import type { Rule } from '../rule.js';
import { countWords } from '../text/fold.js';

// A podcast's show-notes furniture (src/phrases/podcast.ts): calls to listen, subscribe, rate or
// support on the podcast apps ("Listen on Spotify", "Abonniere den Podcast bei Apple Podcasts",
// "Subscribe: Apple Podcasts | Spotify | RSS"), and the hosts' notices that every episode of a
// feed carries ("Hosted on Acast. See acast.com/privacy for more information.", "Learn more about
// your ad choices. Visit megaphone.fm/adchoices"). A call must name apps and nothing else: "Listen
// on the radio tonight" or "Available on request" are sentences. Both are whole lines, short, at
// the edges of the notes.
const CALLS = family(podcastCalls, String.raw`\s*[.!]?`);
const APPS = new Set(podcastApps);
const SEPARATOR = /\s*(?:[,|/·•]|\s(?:and|und|et|y|e|en|och|og|i|or|oder|ou|o|и|або|та|ve|dan|và|와|및|や|、)\s)\s*/u;
const URL = /^(?:https?:\/\/|www\.)\S+$|^[\w-]+(?:\.[\w-]+)+\/\S*$/iu;
const MAX_WORDS = 40;
const MAX_LENGTH = 400;

/** Every piece of `text` is an app (its name, or the name inflected) or a link to one. */
function appsOnly(text: string | undefined): boolean {
  if (text === undefined) return true;
  const pieces = text.trim().replace(/[.!]$/u, '').split(SEPARATOR).filter(Boolean);
  return pieces.length > 0 && pieces.every((p) => {
    const k = p.trim().toLowerCase().replace(/[’']/gu, "'").replace(/'.*$/u, '');
    return URL.test(p.trim()) || APPS.has(k) || [...APPS].some((a) => a.length >= 5 && k.startsWith(a) && k.length - a.length <= 4);
  });
}

// The hosts' own notices, known by the address they send the listener to.
const NOTICES = [
  /\bacast\.com\/privacy\b/iu,
  /\bomnystudio\.com\/listener\b/iu,
  /\b(?:megaphone\.fm|podcastchoices\.com)\/adchoices\b/iu,
  /\bpcm\.adswizz\.com\b/iu,
  /\b(?:redcircle\.com|art19\.com)\/privacy\b/iu,
  /\bausha\.co\/(?:privacy-policy|politique-de-confidentialite)\b/iu,
  /^(?:---\s*)?(?:send in a voice message|support this podcast): https?:\/\/(?:anchor\.fm|podcasters\.spotify\.com)\//iu,
  /^(?:powered by|hosted by|hosted on|podcast hosted by|this podcast is powered by) (?:redcircle|firstory(?: hosting)?|buzzsprout|podbean|pinecast|transistor(?:\.fm)?|captivate|libsyn|spreaker|anchor|acast|simplecast|megaphone|omny studio|ausha|podigee|soundon)\.?$/iu,
  /^(?:hébergé par|heberge par|alojado en|ospitato da|gehost door|gehostet von|hosted by) (?:ausha|acast|podigee|spreaker|ivoox|buzzsprout)\b/iu,
];

/** A word every call holds (an app, the show, a patron, a review, an episode): one scan rules a line out before the calls' own. */
const MAY_BE_CALL = new RegExp(`${podcastApps.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|podcast|patron|show|voice message|überall|partout|review|bewert|avis|reseña|avalia|recension|episod|folge|aflevering|avsnitt`, 'iu');

/** A word every notice above holds: one scan rules a line out before the notices' own. */
const MAY_BE_NOTICE = /acast|omny|adchoices|adswizz|redcircle|art19|ausha|anchor\.fm|podcasters\.spotify|powered by|hosted|hébergé|heberge|alojado|ospitato|gehost|this podcast/iu;

const rule: Rule = {
  id: 'podcast-footer',
  description: 'Removes podcast show-notes furniture: calls to listen or subscribe on the apps ("Listen on Spotify", "Abonniere den Podcast bei …") and the hosts\' privacy notices, in many languages.',
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text.trim();
      if (text.length > MAX_LENGTH || countWords(text, MAX_WORDS + 1) > MAX_WORDS) continue;
      if (MAY_BE_NOTICE.test(text) && NOTICES.some((p) => p.test(text))) {
        ctx.remove(line);
        continue;
      }
      if (!MAY_BE_CALL.test(text)) continue;
      const hit = wholeLine(CALLS, text, (h) => appsOnly(h.groups.s) && (h.groups.x === undefined || countWords(h.groups.x, 13) <= 12));
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
