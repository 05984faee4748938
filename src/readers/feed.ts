import type { Reader } from '../reader.js';

// PLACEHOLDER: this reader is being written. It never claims an input by content, and
// --from feed says so instead of guessing.
const reader: Reader = {
  id: 'feed',
  description: 'PLACEHOLDER',
  extensions: ['xml', 'rss', 'atom', 'rdf', 'json'],
  sniff: () => false,
  parse() {
    throw new Error('the feed reader is not written yet');
  },
};
export default reader;
