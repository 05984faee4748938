// Unicode classes held in constants: the bundle builds a \p{…} regex where it is written, each call.
const LONG_WORD = /^\p{L}{4,}/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const NOT_LETTERS = /[^\p{L}]/gu;

/**
 * A line that reads as a headline in a list of them: a title of a few words that ends no sentence
 * (a question mark may end it), opening with a capital or a figure. Lists of related stories are
 * made of such lines; a list inside an article (steps, ingredients, names) mostly is not: its items
 * end with full stops, open in lower case, or are too short.
 */
const HEADLINE_START = /^["'“‘«„]?[\p{Lu}\p{N}]/u;
// A chapter's time or a list's number ("1:17:37 …", "3. …", "2) …") opens show notes and steps.
const NUMBERED = /^\d{1,2}(?::\d{2}){1,2}\b|^\d{1,3}[.)]\s/u;
const MIN_WORDS = 4;
const MAX_WORDS = 18;
const MAX_LENGTH = 160;
/** Words English title case leaves in lower case. */
const SMALL = new Set('a an the and but or nor for of on in at to by from with as vs via into over per up off out about after'.split(' '));

export function isHeadlineLine(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_LENGTH || !HEADLINE_START.test(t) || NUMBERED.test(t) || /[.!:;,…]["'”’»)]*$/u.test(t)) return false;
  const words = t.split(/\s+/u);
  return words.length >= MIN_WORDS && words.length <= MAX_WORDS;
}

/**
 * Title case, as English headlines print it ("How the Webb Telescope Found a Frozen World"): every
 * word of four letters or more but the small words opens with a capital, and there are three such.
 * What a headless list of related stories can be told by, where a sentence-case language gives no
 * sign.
 */
export function isTitleCased(text: string): boolean {
  const words = text.trim().split(/\s+/u).map((w) => w.replace(/^["'“‘«„(]+|["'”’»),?]+$/gu, ''));
  const long = words.filter((w) => LONG_WORD.test(w) && !SMALL.has(w.toLowerCase()));
  return long.length >= 3 && long.every((w) => OPENS_CAPITAL.test(w));
}

/**
 * English words of its own that a headline holds in lower case: German capitalises every noun, so
 * a German line can look title-cased, but it has none of these.
 */
const ENGLISH = new Set('the of to and for with how why what from about after into over is are'.split(' '));

/** Whether a title-cased line is English, as title case is an English habit (see isTitleCased). */
export function hasEnglishWords(text: string): boolean {
  return text.split(/\s+/u).some((w) => ENGLISH.has(w.replace(NOT_LETTERS, '')));
}
