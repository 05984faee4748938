import { strongest, type Extractor } from '../extractor.js';
import type { Candidate } from '../doc.js';
import { splitPublisherSuffix, suffixEvidence } from './publisher-suffix.js';
import { issuerOf } from '../metadata/issuer.js';
import { copyrightHolder } from '../metadata/copyright.js';
import { key } from '../text/fold.js';
import { asLabel, hostsIn, siteLabel } from '../text/hosts.js';

// A Markdown conversion keeps a footer's link around the name: "[Harbour Notes](https://…)".
const unquote = (value: string): string =>
  value
    .trim()
    .replace(/^\[([^\]]+)\]\([^)]*\)$/, '$1')
    .trim()
    .replace(/^["'“‘]|["'”’]$/g, '')
    .replace(/\.$/, '');

// The parts of a feed's title: "Aktuelle Anime-News in chronologischer Reihenfolge | Anime2You", "News - MyAnimeList".
const PARTS = /\s+(?:[|\u2013\u2014•·»]|::|-)\s+|:\s+/u;

/**
 * A feed's title often says what the feed holds beside the site's name ("News | Mail Online",
 * "Wellness: … - The Washington Post"). Where another statement in the dump names one of its parts
 * (a footer's "appeared first on Anime2You", the host of the item's address), that part is the
 * site; without such evidence the title stands as the feed gives it.
 */
function namedPart(best: Candidate, candidates: readonly Candidate[]): string | null {
  const parts = best.value.split(PARTS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return null;
  const others = new Set(candidates.filter((c) => c.field === 'site' && c !== best).map((c) => key(unquote(c.value))));
  const labels = new Set<string>();
  for (const c of candidates) if (c.field === 'url') for (const h of hostsIn(c.value)) labels.add(siteLabel(h) ?? '');
  labels.delete('');
  return parts.find((p) => others.has(key(p)) || labels.has(asLabel(p)) || labels.has(asLabel(p.replace(/^the\s+/i, '')))) ?? null;
}

const extractor: Extractor = {
  id: 'site',
  description: 'The publishing site: from a footer that names it (Yoast, share widget) or the feed, else a publisher suffix of the title, else the organisation whose own notice the text is, or a publication\'s copyright line.',
  extract({ candidates, removed, text }) {
    const best = strongest(candidates, 'site');
    const value = best ? unquote((best.from === 'feed' && namedPart(best, candidates)) || best.value) : '';
    if (value) return value;
    // The suffix nearest the headline names the publisher ("- Kompas.com - Nasional Kompas.com").
    const title = strongest(candidates, 'title');
    const suffix = title ? splitPublisherSuffix(title.value, suffixEvidence(title, candidates, null, removed)).publisher : null;
    // A notice that names its issuer in its own voice ("La Bourse de Casablanca informe ses clients"),
    // else the publication a copyright line under the text names ("© 2021 Harbour Gazette").
    // The copyright-line rule removes that line; its holder still names the publication.
    const notices = removed.filter((r) => r.rule === 'copyright-line').map((r) => r.text);
    return suffix || issuerOf(text) || copyrightHolder(text) || (notices.length > 0 ? copyrightHolder(notices.join('\n\n')) : null);
  },
};
export default extractor;
