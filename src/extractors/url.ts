import type { Extractor } from '../extractor.js';

const extractor: Extractor = {
  id: 'url',
  description: 'The article URL, when the dump states one (http or https only).',
  extract({ candidates }) {
    for (const c of [...candidates].filter((c) => c.field === 'url').sort((a, b) => b.weight - a.weight)) {
      try {
        const url = new URL(c.value.trim());
        if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
      } catch {
        // Not a URL: try the next candidate.
      }
    }
    return null;
  },
};
export default extractor;
