import { strongest, type Extractor } from '../extractor.js';

// PLACEHOLDER: declared language only; detection from the body is being written.
const extractor: Extractor = {
  id: 'language',
  description: 'PLACEHOLDER',
  extract({ candidates }) {
    return strongest(candidates, 'language')?.value ?? null;
  },
};
export default extractor;
