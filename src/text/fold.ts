import { loadEntities } from './deps.js';
import { unpinned } from './unpin.js';

// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const NOT_WORD_RUNS = /[^\p{L}\p{N}]+/gu;

/** Decode HTML character references (named and numeric, with or without ";"), once. */
export function decodeHTML(text: string): string {
  return loadEntities().decodeHTML(text);
}

/** Decode HTML character references that end in ";" only (feed titles: "&notice" stays as written). */
export function decodeHTMLStrict(text: string): string {
  return loadEntities().decodeHTMLStrict(text);
}

/**
 * The matching form of a line: what rules compare, never what is output. WordPress's wptexturize
 * curls quotes and turns " - " into " – ", feeds leave `&#8230;` and `&hellip;` in text, and NBSPs
 * creep in; folding makes "Fri, 07/02/2021 – 02:45" and "Fri, 07/02/2021 - 02:45" one string.
 * Length is not preserved, so offsets must be taken on the unfolded text.
 */
export function fold(text: string): string {
  if (isPlain(text)) return text.trim();
  // Rules fold the same lines over and over, pass after pass; most body lines are not plain ASCII.
  // Short ones only are kept, so that what stays after an article is small whatever the input.
  if (text.length > FOLDED_LENGTH) return foldAnew(text);
  const known = folds.get(text);
  if (known !== undefined) return known;
  if (folds.size >= FOLDS_KEPT) folds.clear();
  // Kept past this input: a line cut from it would keep the whole input alive (src/text/unpin.ts).
  const own = unpinned(text);
  const folded = foldAnew(own);
  folds.set(own, folded);
  return folded;
}

const FOLDS_KEPT = 1024;
const FOLDED_LENGTH = 1024;
const folds = new Map<string, string>();

function foldAnew(text: string): string {
  let s = text.includes('&') ? decodeHTML(text) : text;
  s = s
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(SPACE_RUN, ' ')
    .trim();
  return s;
}

// Only runs that are not already one plain space: V8 builds a global replace's result by
// concatenation, one rope piece per match, so replacing every single space of a 4 MB paragraph
// held millions of pieces at once (hundreds of MB) to produce the same text.
const SPACE_RUN = /\s{2,}|[^\S ]/g;

/** `text.replace(/\s+/g, ' ')`, without a rope piece for every space already single. */
export function singleSpaced(text: string): string {
  return text.replace(SPACE_RUN, ' ');
}

/** Printable ASCII without "&" or "`", and no two spaces in a row: what fold() leaves as it is but for trim(). */
function isPlain(text: string): boolean {
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || c === 0x26 || c === 0x60 || (c === 0x20 && previous === 0x20)) return false;
    previous = c;
  }
  return true;
}

/** fold() and lower case: for comparing two texts that should be "the same line". */
export function key(text: string): string {
  return fold(text).toLowerCase();
}

/** Letters and digits only, lower-cased: "Already a subscriber? Sign in." reads "already a subscriber sign in". */
export function lettersKey(text: string): string {
  return asciiLettersKey(text) ?? text.toLowerCase().replace(NOT_WORD_RUNS, ' ').trim();
}

// Punctuation and spaces of typeset English text (no-break space, curly quotes, dashes, bullets,
// guillemets, the ellipsis, (c) and (r) signs): neither letters nor changed by lower-casing.
const TYPOGRAPHY = new Set([0xa0, 0xa9, 0xab, 0xae, 0xb7, 0xbb, 0x200b, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x2039, 0x203a, 0x2192]);

/**
 * lettersKey() of an ASCII text (typographic punctuation allowed) without the Unicode classes, null for any
 * other: the DOM rules key most of a page's short texts, and the Unicode-class replace was a
 * tenth of a page's time. Only there does lower-casing keep the length, with letters and digits
 * [a-z0-9].
 */
function asciiLettersKey(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 && !TYPOGRAPHY.has(c)) return null;
  }
  // Two native passes: building the key a run at a time (a slice and a concatenation for each
  // capital) was a fifteenth of what a page allocated.
  return text.toLowerCase().replace(NOT_ASCII_WORD, ' ').trim();
}
const NOT_ASCII_WORD = /[^a-z0-9]+/g;

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_WORD_CHAR = /[A-Za-z0-9]/;

/**
 * Number of whitespace-separated tokens holding a letter or digit: the `wordCount` users see, and
 * the length tests rules make ("5,000" and "al-Kadhimi" are one word each, a lone dash none).
 * With `atMost`, counting stops there: a test against a bound need not read a long paragraph.
 */
export function countWords(text: string, atMost = Infinity): number {
  let n = 0;
  // The token being read starts at `start` (-1 between tokens); an ASCII letter or digit in it
  // decides it, and only a token with neither but with other characters is asked the regex.
  let start = -1;
  let word = false;
  let other = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isSpace(c)) {
      if (start !== -1 && (word || (other && HAS_WORD_CHAR.test(text.slice(start, i)))) && ++n >= atMost) return n;
      start = -1;
      continue;
    }
    if (start === -1) {
      start = i;
      word = false;
      other = false;
    }
    if (word) continue;
    if (c >= 0x80) other = true;
    else if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) word = true;
  }
  return n;
}

/**
 * The last UTF-16 unit of `text` that is not white space, or -1: a pattern that ends in `X\s*$`
 * needs X's last character there, which rules most lines out before a regex scans them from the start.
 */
export function lastVisible(text: string): number {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i < 0 ? -1 : text.charCodeAt(i);
}

/** White space as `\s` and trim() have it, by UTF-16 unit. */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * `text.split(' ').length`, without the array: how many pieces single spaces cut the text into,
 * counting no further than `atMost`.
 */
export function spaceSeparated(text: string, atMost = Infinity): number {
  let n = 1;
  for (let i = text.indexOf(' '); i !== -1 && n < atMost; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

// Note: helpers below test case with toLowerCase()/toUpperCase() rather than \p{Lu}-style
// regexes: V8 compiles each Unicode-property regex on first use (0.2-0.5 ms apiece), and a
// one-file conversion runs each of them exactly once.

/** Holds a letter or a digit, in any script. */
export function hasWordChar(text: string): boolean {
  return ASCII_WORD_CHAR.test(text) || HAS_WORD_CHAR.test(text);
}

/** Starts with an upper-case letter (any cased script). */
export function startsUpper(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toLowerCase();
}

/** Starts with a lower-case letter (any cased script). */
export function startsLower(text: string): boolean {
  const c = text.charAt(0);
  return c !== c.toUpperCase();
}

/** Starts as a name does: an upper-case letter or a digit ("DeepPol", "9to5Mac"). */
export function startsCapital(text: string): boolean {
  return startsUpper(text) || /^\d/.test(text);
}

/**
 * Ends like a sentence: terminal punctuation, optionally inside closing quotes or brackets; the
 * full stops of Chinese and Japanese (。！？), Arabic and Urdu (؟ ۔) and Devanagari (।) too, or a
 * paragraph of those scripts would read as a short label.
 */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;。！？؟۔।]["'”’»)\]」』）]*$/u.test(text.trimEnd());
}

/**
 * A short line that does not read as a sentence: a label, a name, a service, a heading.
 * Used to decide whether a line inside a tail block of boilerplate can go with it.
 */
export function isShortLabel(text: string, maxWords = 8): boolean {
  return text.length <= 80 && countWords(text, maxWords + 1) <= maxWords && !endsLikeSentence(text);
}

/** A line that reads as prose: long enough and ending like a sentence. */
export function isProse(text: string): boolean {
  const count = countWords(text, 12);
  return count >= 12 || (count >= 5 && endsLikeSentence(text));
}

const LOOSE: Record<string, string> = {
  "'": "['\\u2018\\u2019\\u201A\\u201B\\u2032\\u00B4`]|&#?\\w+;",
  '"': '["\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]|&#?\\w+;',
  '-': '[\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]|&#?\\w+;',
  ' ': '(?:\\s|&nbsp;|&#160;|&#32;)+',
};

/**
 * The span of `raw` whose folded form is `folded`: a value a rule matched on the folded line, given
 * back with the line's own typography ("Bob’s Blog", not "Bob's Blog"). Falls back to `folded`.
 */
export function unfoldIn(raw: string, folded: string): string {
  if (raw.includes(folded)) return folded;
  const pattern = folded
    .split(/(\.\.\.|['"\- ])/)
    .map((part) => {
      if (part === '...') return '(?:\\.\\.\\.|\u2026|&hellip;|&#8230;)';
      const loose = LOOSE[part];
      return loose ? `(?:${loose})` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const match = new RegExp(pattern, 'i').exec(raw);
  return match && fold(match[0]) === folded ? match[0] : folded;
}

/** A value for metadata: entities decoded, spaces collapsed, typography kept. */
export function tidy(text: string): string {
  return singleSpaced(text.includes('&') ? decodeHTML(text) : text).trim();
}
