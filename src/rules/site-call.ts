import { family, hitsAtEnd, type Hit } from '../phrases/match.js';
import { ownSiteCalls } from '../phrases/source.js';
import { followServices, shareServices } from '../phrases/share.js';
import type { Rule } from '../rule.js';
import { isSiteName } from '../metadata/credit/names.js';
import { publicationWords } from '../phrases/publication-words.js';
import { startsUpper } from '../text/fold.js';

// A site's own call to read more of it, by name (src/phrases/source.ts): a puzzle teaser's "Check
// Braingle.com for the answer", a promo's "Baca lagi artikel menarik lain hanya di SAYS Seismik:".
// It names the site the reader is on, where an aggregator's "Read the full article at <site>"
// (source-link) names where its copy came from. On a line of its own at the edges, or closing the
// last paragraph after a finished sentence.
const CALLS = family(ownSiteCalls, String.raw`\s*[.!:]?(?:\s*[»→›])?`);
const AFTER_SENTENCE = /(?:[.!?。！？"”»)\]]|\.\.\.|…)$/u;
const NETWORKS = new Set([...shareServices, ...followServices, 'Google News', 'Google Play', 'App Store'].map((s) => s.toLowerCase()));
// A bare domain written as a name ("Braingle.com"): the place to go, whose name is its first label.
const NAMED_DOMAIN = /^(\p{Lu}[\p{L}\d-]*)\.(?:com|net|org|info|co|io)$/u;
/** As sure as a share widget's new name: the call names the site, but a copy may keep another's. */
const SITE_WEIGHT = 40;

/** The site a call names, as a name: unlinked, without a domain's ending; null for a network or a sentence. */
export function calledSite(raw: string | undefined): string | null {
  const site = (raw ?? '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^["'“”„«»]+|["'“”„«»]+$/g, '')
    .trim();
  if (!site || NETWORKS.has(site.toLowerCase())) return null;
  const domain = NAMED_DOMAIN.exec(site);
  if (domain?.[1]) return domain[1];
  return isSiteName(site, 6) || /^[\w-]+(?:\.[\w-]+)+$/.test(site) || sentenceCase(site) ? site : null;
}

/** A name in sentence case with a publication's word, as Slavic and Nordic titles are written ("Портовый вестник"). */
function sentenceCase(site: string): boolean {
  const words = site.toLowerCase().split(/\s+/);
  return words.length <= 3 && startsUpper(site) && !/[,;:!?.…"“”()]/.test(site) && words.some((w) => publicationWords.includes(w));
}

const rule: Rule = {
  id: 'site-call',
  description: 'Removes a site\'s call to read more of it by name ("Check Riddlehall.com for the answer", "Baca lagi artikel menarik lain hanya di …") in many languages, and takes the name as the site.',
  zone: 'edges',
  meta: { lineLocal: true },
  apply(ctx) {
    for (const line of ctx.lines) {
      const text = line.text;
      const placed = (h: Hit) => {
        const before = text.slice(0, h.start).trim();
        return (before === '' || AFTER_SENTENCE.test(before)) && calledSite(h.groups.site) !== null;
      };
      const hit = hitsAtEnd(CALLS, text, placed);
      if (!hit) continue;
      ctx.meta('site', calledSite(hit.groups.site) as string, line, SITE_WEIGHT);
      if (text.slice(0, hit.start).trim() === '') ctx.remove(line, hit.lang);
      else ctx.cut(line, hit.start, text.length, hit.lang);
    }
  },
};
export default rule;
