import { strongest, type Extractor } from '../extractor.js';

const extractor: Extractor = {
  id: 'site',
  description: 'The publishing site: from a footer that names it (Yoast, share widget), else a " | Site" title suffix.',
  extract({ candidates }) {
    const value = strongest(candidates, 'site')?.value.trim().replace(/^["'“‘]|["'”’]$/g, '').replace(/\.$/, '');
    return value ? value : null;
  },
};
export default extractor;
