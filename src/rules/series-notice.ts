import { family, wholeLine } from '../phrases/match.js';
import { seriesNotices } from '../phrases/series.js';
import type { Rule } from '../rule.js';

// A series plugin's notice over or under a post ("This entry is part 4 of 4 in the series Drupal
// Tips"): navigation, not the article. Only the numbered notice the plugins print, on a line of its
// own: "This post is part of a series on grief" is the author introducing it, and stays.
const NOTICES = family(seriesNotices, String.raw`\s*[.:]?`);
const NUMBER = /^\d{1,3}$/;
const MAX_CHARS = 200;
const MAX_NAME_WORDS = 10;

/** A series' name: a title, not a clause that goes on ("…in the series, and the next one covers the roof"). */
function seriesName(name: string | undefined): boolean {
  if (name === undefined) return true;
  const words = name.trim().split(/\s+/u);
  return words.length <= MAX_NAME_WORDS && !/^[,;]|[.!?]\s/u.test(name.trim()) && !/,\s+(?:and|but|which|where|so)\s/iu.test(name);
}

const rule: Rule = {
  id: 'series-notice',
  description: 'Removes a series plugin\'s numbered notice over or under a post ("This entry is part 2 of 5 in the series …", "Dieser Eintrag ist Teil 2 von 5 der Serie …") in many languages.',
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      if (line.text.length > MAX_CHARS || !/\d/.test(line.text)) continue;
      const hit = wholeLine(NOTICES, line.text, (h) => NUMBER.test((h.groups.n ?? '').trim().replace(/\.$/, '')) && NUMBER.test((h.groups.m ?? '').trim()) && seriesName(h.groups.series));
      if (hit) ctx.remove(line, hit.lang);
    }
  },
};
export default rule;
