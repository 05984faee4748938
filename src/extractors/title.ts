import { strongest, type Extractor } from '../extractor.js';
import { splitPublisherSuffix, suffixEvidence } from './publisher-suffix.js';
import { withoutSectionPrefix } from './section-prefix.js';

// A title often carries the site as a suffix ("Headline | DeepPol"). It goes only when it names a
// publisher (see publisher-suffix.ts): "Ask HN | Anything" must stay whole when nothing says
// "Anything" is a site. A section's breadcrumb before it ("National › Headline") goes too.
const extractor: Extractor = {
  id: 'title',
  description: 'The title: declared by the format, else the first line of a text dump, without a publisher suffix (" | Site", " - MSN", " – Reuters", a domain, the author field\'s name, or in a record a masthead after a dash: " - Le Courrier du Val") or a section breadcrumb before it ("National › ").',
  extract({ candidates, decided, removed }) {
    const best = strongest(candidates, 'title');
    const title = best?.value.trim();
    if (!best || !title) return null;
    return withoutSectionPrefix(splitPublisherSuffix(title, suffixEvidence(best, candidates, decided.site ?? null, removed)).title).replace(/\s{2,}/g, ' ');
  },
};
export default extractor;
