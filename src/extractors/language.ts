import type { Extractor } from '../extractor.js';
import { canonicalTag, detectLanguage } from '../metadata/language.js';

// A language the input declares (a feed's <language>, front matter, <html lang>) is the author's
// word and wins; only without one is the body asked, and a body too short to tell gives null
// rather than a guess.
const extractor: Extractor = {
  id: 'language',
  description: 'The language as a BCP 47 tag: declared by the format, else detected from a body of 200 characters or more (franc-min).',
  extract({ candidates, text }) {
    const declared = candidates.filter((c) => c.field === 'language').sort((a, b) => b.weight - a.weight);
    for (const c of declared) {
      const tag = canonicalTag(c.value);
      if (tag) return tag;
    }
    return detectLanguage(text);
  },
};
export default extractor;
