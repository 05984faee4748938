import type { Doc } from '../doc.js';
import { normalize, type Line } from '../normalize.js';
import type { Reader } from '../reader.js';
import { parseDate } from '../util/dates.js';
import { countWords, endsLikeSentence, hasWordChar, key, startsLower } from '../util/fold.js';
import { BYLINE_PREFIX } from '../util/names.js';

// A title is a short line that is not a sentence, a byline or a date. When the first line fails
// that test the dump has no title: taking a paragraph for the title would hide it from the body.
const MAX_TITLE_WORDS = 30;
// A full sentence inside the line ("...goes back to 1949. And more"): a paragraph, even when what
// follows the full stop does not end like one. A short run before the stop ("Dr. Who", "U.S. Stocks")
// is an abbreviation.
const SENTENCE_INSIDE = /^(?:\S+\s+){5,}\S*[^\s.!?…][.!?]["'”’)]*\s+\S/;

function looksLikeTitle(text: string): boolean {
  const t = text.trim();
  const count = countWords(t);
  return (
    count > 0 &&
    // A line that opens with punctuation ("! 0", "— and then") is the tail of something, not a title.
    hasWordChar(t.split(/\s/, 1)[0] ?? '') &&
    count <= MAX_TITLE_WORDS &&
    !SENTENCE_INSIDE.test(t) &&
    t.length <= 300 &&
    !(endsLikeSentence(t) && /[.;:]$/.test(t) && !t.endsWith('...')) &&
    !BYLINE_PREFIX.test(t) &&
    parseDate(t) === null
  );
}

/** The paragraph that starts at lines[start], joined as the renderers join it. */
function firstBlock(lines: Line[], start: number): string {
  const end = lines.findIndex((l, i) => i > start && l.text.trim() === '');
  return lines
    .slice(start, end === -1 ? undefined : end)
    .map((l) => l.text.trim())
    .join(' ');
}

function findTitle(lines: Line[]): Line | null {
  const nonBlank = lines.findIndex((l) => l.text.trim() !== '');
  const first = lines[nonBlank];
  if (!first) return null;
  const next = lines[nonBlank + 1];
  // A first line that runs on into the next one is a wrapped paragraph, unless the next one repeats it.
  const runsOn = next !== undefined && next.text.trim() !== '' && key(next.text) !== key(first.text);
  // A next line in lower case carries on the first line's sentence, however short the first line.
  // Still, the paragraph is read as a whole: if, joined, it could pass for a title, it is what the
  // next run will see (the text output joins wrapped lines), so the first line stays the title.
  if (runsOn && (countWords(first.text) > 12 || startsLower(next.text.trim()))) {
    if (!looksLikeTitle(firstBlock(lines, nonBlank))) return null;
  }
  return looksLikeTitle(first.text) ? first : null;
}

const reader: Reader = {
  id: 'text',
  description: 'Plain text: the first line is the title, paragraphs are separated by blank lines.',
  extensions: ['txt', 'text'],
  // Anything is text: the reader of last resort.
  sniff: () => true,
  parse(text) {
    const lines = normalize(text);
    const title = findTitle(lines);
    const doc: Doc = {
      title,
      lines: title ? lines.filter((l) => l !== title) : lines,
      candidates: title ? [{ field: 'title', value: title.text.trim(), from: 'text', line: title.n, weight: 30 }] : [],
      removed: title ? [{ rule: 'title', line: title.n, text: title.text.trim() }] : [],
      notes: [],
      titleFromBody: looksLikeTitle,
    };
    return [doc];
  },
};
export default reader;
