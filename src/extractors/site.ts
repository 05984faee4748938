import { strongest, type Extractor } from '../extractor.js';
import { splitPublisherSuffix } from './publisher-suffix.js';

const unquote = (value: string): string => value.trim().replace(/^["'“‘]|["'”’]$/g, '').replace(/\.$/, '');

const extractor: Extractor = {
  id: 'site',
  description: 'The publishing site: from a footer that names it (Yoast, share widget), else a publisher suffix of the title.',
  extract({ candidates }) {
    const value = unquote(strongest(candidates, 'site')?.value ?? '');
    if (value) return value;
    // The suffix nearest the headline names the publisher ("- Kompas.com - Nasional Kompas.com").
    const title = strongest(candidates, 'title')?.value;
    return (title && splitPublisherSuffix(title, null).suffixes[0]) || null;
  },
};
export default extractor;
