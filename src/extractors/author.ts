import { strongest, type Extractor } from '../extractor.js';
import { isPlaceholder, readCredit } from '../metadata/credit/credit.js';
import { BYLINE_PREFIX } from '../metadata/credit/names.js';

const extractor: Extractor = {
  id: 'author',
  description: 'The author: from a byline at the top or an author/date pair at the end.',
  extract({ candidates }) {
    const raw = strongest(candidates, 'author')?.value;
    const value = raw?.replace(BYLINE_PREFIX, '').replace(/[,;:]$/, '').replace(/\s+/g, ' ').trim();
    if (!value) return null;
    // Feed and front-matter fields carry the same decorations as credit lines ("Jane Doe (Uni)",
    // "none@x.com (Jane Doe)"). A desk or publication given as a metadata author is left as given:
    // pages and checks rely on it; only the dump's own credit lines are judged (tail-byline).
    // A placeholder names no one, in a feed's field as in a dump's ("noreply@blogger.com (Unknown)").
    if (isPlaceholder(value)) return null;
    const credit = readCredit(value, { placed: true });
    if (credit?.kind === 'person') return credit.name;
    return /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(value) ? null : value;
  },
};
export default extractor;
