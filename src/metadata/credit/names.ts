import { countWords, hasWordChar, startsCapital, startsUpper } from '../../text/fold.js';
import { nameJoiners } from '../../phrases/name-joiners.js';

/**
 * Does a string look like a person's name as bylines print it: "Tyler Durden", "J. R. Smith",
 * "Mustafa al-Kadhimi", "Ana de la Cruz", "Jane Doe and John Smith"? Capitalised tokens, a few
 * lower-case particles, no sentence punctuation. Deliberately strict: a false "author" line would
 * delete a line of prose.
 */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'y', 'dos', 'das', 'st']);
const JOINERS = new Set(['and', '&']);
const NAME_PUNCTUATION = new Set(["'", '’', '.', '-']);

/** A letter of a cased script: it has an upper and a lower form. */
const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();

/** "Tyler", "O’Brien", "J.", "Mary-Jane", or a lower-case particle joined to a name: "al-Kadhimi". */
function isNameToken(t: string): boolean {
  const joined = /^[a-z]{1,4}-/.exec(t);
  const rest = joined ? t.slice(joined[0].length) : t;
  if (!startsUpper(rest)) return false;
  for (const c of rest.slice(1)) if (!isLetter(c) && !NAME_PUNCTUATION.has(c)) return false;
  return true;
}

// Words that make up the short headings an article ends with ("Next Meeting", "Opening Times",
// "Further Reading"). The first list never appears in a person's name, so one of them is enough;
// the second does ("Doris Day", "June Carter", "By The Associated Press"), so only a line made of
// nothing else is a heading.
const HEADING_WORDS = new Set(
  (
    'next upcoming further related previous latest meeting meetings opening closing event events ' +
    'reading update updates updated published posted contact details information info note notes ' +
    'deadline deadlines tickets venue agenda minutes schedule timetable results report summary see ' +
    'also about share follow subscribe comments archive sources credits ahead what when where how ' +
    'why important useful entries times hours dates'
  ).split(' '),
);
const COMMON_WORDS = new Set(
  (
    'last first new final more other recent day days date time week weekend open closed result source ' +
    'photo photos looking back today tomorrow tonight morning evening afternoon key entry author editor ' +
    'the our your this that ' +
    'monday tuesday wednesday thursday friday saturday sunday spring summer autumn winter ' +
    'january february march april may june july august september october november december'
  ).split(' '),
);

/** "Next Seed Swap", "Opening Times", "Photo": words of a short heading, which no name is made of alone. */
export function isHeadingWords(text: string): boolean {
  const tokens = text.toLowerCase().split(/[\s,]+/).filter(Boolean);
  return tokens.some((t) => HEADING_WORDS.has(t)) || tokens.every((t) => COMMON_WORDS.has(t) || PARTICLES.has(t));
}

export function isName(text: string, maxTokens = 4): boolean {
  const s = text.trim().replace(/,$/, '');
  if (s.length < 3 || s.length > 80 || /[!?;:()"“”\d@/]/.test(s)) return false;
  const tokens = s.split(/\s+|,\s*/).filter(Boolean);
  const people = tokens.filter((t) => !JOINERS.has(t.toLowerCase()));
  const limit = tokens.length > people.length ? maxTokens * 2 : maxTokens;
  if (people.length < 1 || people.length > limit) return false;
  let capitalised = 0;
  let ordinary = 0;
  for (const t of people) {
    if (PARTICLES.has(t.toLowerCase())) continue;
    if (!isNameToken(t)) return false;
    capitalised += 1;
    const lower = t.toLowerCase();
    if (HEADING_WORDS.has(lower)) return false;
    if (COMMON_WORDS.has(lower)) ordinary += 1;
  }
  if (ordinary === capitalised) return false;
  // A single word ("Reuters", "Admin") is a name only if it is not an ordinary capitalised word
  // starting a sentence; we cannot tell, so require two name tokens unless told otherwise.
  return capitalised >= 2 && countWords(s) <= limit + 2;
}

/** "By Jane Doe", "Written by Jane Doe", "Posted by ..." -> "Jane Doe" (trafilatura strips the same prefixes). */
export const BYLINE_PREFIX = /^(?:(?:written|words|posted|authored|submitted|story|reporting|text)\s+by|by)[:\s]\s*/i;

// Lower-case words that sit inside publication names (src/phrases/name-joiners.ts).
const SITE_JOINERS = nameJoiners;

/**
 * Does a string look like a publication's name as a title suffix or footer prints it: "DeepPol",
 * "Millbrook Gazette", "The Times of India", "example.com"? Capitalised words and joiners, or one
 * token of any case (a domain, a lower-case brand). A lower-case phrase ("notes from the coast")
 * is a subtitle, not a site.
 */
export function isSiteName(text: string, maxWords = 6): boolean {
  const s = text.trim();
  // Full-width punctuation too: "2019年，当时港口刚刚开放" is a clause, not a name.
  if (s.length < 2 || s.length > 60 || /[,;:!?()"“”，；：！？（）。]/.test(s) || /[.…。]$/.test(s)) return false;
  const tokens = s.split(/\s+/);
  if (tokens.length > maxWords) return false;
  if (tokens.length === 1) return hasWordChar(s);
  const named = tokens.filter((t) => !SITE_JOINERS.has(t.toLowerCase()));
  return named.length > 0 && tokens.every((t) => SITE_JOINERS.has(t.toLowerCase()) || startsCapital(t));
}
