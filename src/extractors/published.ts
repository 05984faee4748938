import { strongest, type Extractor } from '../extractor.js';

const extractor: Extractor = {
  id: 'published',
  description: 'The publication date as ISO 8601, in the dump\'s own clock (no offset invented).',
  extract({ candidates }) {
    return strongest(candidates, 'published')?.value ?? null;
  },
};
export default extractor;
