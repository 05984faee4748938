import { strongest, type Extractor } from '../extractor.js';
import { key } from '../util/fold.js';

// A title often carries the site as a suffix ("Headline | DeepPol"). Strip it only when it equals
// the site found elsewhere: "Ask HN | Anything" must stay whole when nothing says "Anything" is a site.
const extractor: Extractor = {
  id: 'title',
  description: 'The title: declared by the format, else the first line of a text dump, without a " | Site" suffix naming the known site.',
  extract({ candidates, decided }) {
    const title = strongest(candidates, 'title')?.value.trim();
    if (!title) return null;
    const site = decided.site;
    if (site) {
      const m = /^(.+?)(?: [|\-\u2013\u2014] | {2,})([^|]+)$/.exec(title);
      if (m?.[1] && m[2] && key(m[2]) === key(site)) return m[1].trim();
    }
    return title.replace(/\s{2,}/g, ' ');
  },
};
export default extractor;
