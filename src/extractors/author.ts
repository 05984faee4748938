import { strongest, type Extractor } from '../extractor.js';
import { BYLINE_PREFIX } from '../util/names.js';

const extractor: Extractor = {
  id: 'author',
  description: 'The author: from a byline at the top or an author/date pair at the end.',
  extract({ candidates }) {
    const raw = strongest(candidates, 'author')?.value;
    const value = raw?.replace(BYLINE_PREFIX, '').replace(/[,;:]$/, '').replace(/\s+/g, ' ').trim();
    return value ? value : null;
  },
};
export default extractor;
