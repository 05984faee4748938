import type { Reader } from '../reader.js';

// PLACEHOLDER: this reader is being written. It never claims an input by content, and
// --from html says so instead of guessing.
const reader: Reader = {
  id: 'html',
  description: 'PLACEHOLDER',
  extensions: ['html', 'htm'],
  sniff: () => false,
  parse() {
    throw new Error('the html reader is not written yet');
  },
};
export default reader;
