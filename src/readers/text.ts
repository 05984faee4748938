import type { Doc } from '../doc.js';
import type { Line } from '../normalize.js';
import type { Reader } from '../reader.js';
import { parseDate } from '../util/dates.js';
import { endsLikeSentence, key, words } from '../util/fold.js';
import { BYLINE_PREFIX } from '../util/names.js';

// A title is a short line that is not a sentence, a byline or a date. When the first line fails
// that test the dump has no title: taking a paragraph for the title would hide it from the body.
const MAX_TITLE_WORDS = 30;

function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  const count = words(t).length;
  return (
    count > 0 &&
    count <= MAX_TITLE_WORDS &&
    t.length <= 300 &&
    !(endsLikeSentence(t) && /[.;:]$/.test(t) && !t.endsWith('...')) &&
    !BYLINE_PREFIX.test(t) &&
    parseDate(t) === null
  );
}

function findTitle(lines: Line[]): Line | null {
  const nonBlank = lines.findIndex((l) => l.text.trim() !== '');
  const first = lines[nonBlank];
  if (!first) return null;
  const next = lines[nonBlank + 1];
  // A first line that runs on into the next one is a wrapped paragraph, unless the next one repeats it.
  const runsOn = next !== undefined && next.text.trim() !== '' && key(next.text) !== key(first.text);
  if (runsOn && words(first.text).length > 12) return null;
  return looksLikeTitle(first.text) ? first : null;
}

const reader: Reader = {
  id: 'text',
  description: 'Plain text: the first line is the title, paragraphs are separated by blank lines.',
  extensions: ['txt', 'text'],
  parse(lines) {
    const title = findTitle(lines);
    const doc: Doc = {
      title,
      lines: title ? lines.filter((l) => l !== title) : lines,
      candidates: title ? [{ field: 'title', value: title.text.trim(), from: 'text', line: title.n, weight: 30 }] : [],
      removed: title ? [{ rule: 'title', line: title.n, text: title.text.trim() }] : [],
      notes: [],
    };
    return [doc];
  },
};
export default reader;
