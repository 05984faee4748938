import type { Reader } from '../reader.js';

// PLACEHOLDER: this reader is being written. It never claims an input by content, and
// --from ndjson says so instead of guessing.
const reader: Reader = {
  id: 'ndjson',
  description: 'PLACEHOLDER',
  extensions: ['ndjson', 'jsonl'],
  sniff: () => false,
  parse() {
    throw new Error('the ndjson reader is not written yet');
  },
};
export default reader;
