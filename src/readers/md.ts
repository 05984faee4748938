import type { Reader } from '../reader.js';

// PLACEHOLDER: this reader is being written. It never claims an input by content, and
// --from md says so instead of guessing.
const reader: Reader = {
  id: 'md',
  description: 'PLACEHOLDER',
  extensions: ['md', 'markdown'],
  sniff: () => false,
  parse() {
    throw new Error('the md reader is not written yet');
  },
};
export default reader;
