import { strongest, type Extractor } from '../extractor.js';
import { isPlaceholder, readCredit } from '../metadata/credit/credit.js';
import { BYLINE_PREFIX } from '../metadata/credit/names.js';
import { key } from '../text/fold.js';

const extractor: Extractor = {
  id: 'author',
  description: 'The author: from a byline at the top or an author/date pair at the end.',
  extract({ candidates, decided }) {
    // A declared author that names no one (a placeholder, a bare address) gives way to the next
    // candidate: a feed's <author>podcast@example.org</author> says nothing against the host the
    // episode line credits. Only a specific pattern's candidate (weight 50 and up) is worth it: a
    // guess was never meant to stand against a declared field.
    const ranked = candidates.filter((c) => c.field === 'author');
    const top = strongest(ranked, 'author');
    if (!top) return null;
    // A dump's credit line that repeats the publication's name ("SPORT1" under "… - SPORT1")
    // credits no one. Declared fields stay as given, like the desks above.
    const site = decided.site && top.from === 'tail-byline' ? key(decided.site) : null;
    const value = authorOf(top.value);
    if (value !== undefined) return value !== null && key(value) === site ? null : value;
    const rest = ranked.filter((c) => c !== top && c.weight >= FALLBACK_WEIGHT);
    for (let best = strongest(rest, 'author'); best; best = strongest(rest, 'author')) {
      const named = authorOf(best.value);
      if (named !== undefined) return named;
      rest.splice(rest.indexOf(best), 1);
    }
    return null;
  },
};
const FALLBACK_WEIGHT = 50;
export default extractor;

/** The author a candidate names; undefined when it names no one. */
function authorOf(raw: string): string | null | undefined {
  const value = raw.replace(BYLINE_PREFIX, '').replace(/[,;:]$/, '').replace(/\s+/g, ' ').trim();
  if (!value) return null;
  // Feed and front-matter fields carry the same decorations as credit lines ("Jane Doe (Uni)",
  // "none@x.com (Jane Doe)"). A desk or publication given as a metadata author is left as given:
  // pages and checks rely on it; only the dump's own credit lines are judged (tail-byline).
  // A placeholder names no one, in a feed's field as in a dump's ("noreply@blogger.com (Unknown)").
  if (isPlaceholder(value)) return undefined;
  const credit = readCredit(value, { placed: true });
  if (credit?.kind === 'person') return credit.name;
  return /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) ? undefined : value;
}
