import { timeAgo, type AgoSet } from '../../phrases/time-ago.js';
import { fold } from '../../text/fold.js';
import { foldCase } from '../../text/case-fold.js';
import { asciiDigits } from './digits.js';
import { alternation, escapeRegExp } from '../../util/regex.js';

/**
 * A post's age in the languages of src/phrases/time-ago.ts ("il y a 2 heures", "vor 3 Tagen",
 * "3天前"): how far back it points, in seconds, or null for an age in months or years, which
 * names no day. English is parse.ts's own. Read from a folded line (text/fold.ts) with ASCII digits.
 */
export interface Age {
  seconds: number | null;
  /** The word for yesterday alone, no count and no unit: a heading may be that word too. */
  yesterday: boolean;
}

/** An age is a few words: a longer line is none, and is not tried against every language. */
const MAX_AGE = 48;

interface Reader {
  set: AgoSet;
  /** One regex for each construction (Node 20 refuses a group name twice in one regex), with `count` and `unit`. */
  ages: RegExp[];
  yesterday: RegExp | null;
  units: Map<string, number>;
  vague: Set<string>;
  one: Set<string>;
  /** A word every age of the language holds (see mayHold), folded. */
  words: { yesterday: string[]; constructions: (string | null)[]; units: string[] };
}

let readers: Reader[] | null = null;

const spaced = (words: string) => words.split(' ').map(escapeRegExp).join('\\s+');

/** Each construction of the set as regex source, the count and unit captured by name. */
function constructions(set: AgoSet): string[] {
  const count = `(?<count>\\d+|${alternation(set.one)})`;
  const unit = `(?<unit>${alternation([...Object.keys(set.units), ...set.vague])})`;
  const space = set.tight ? '\\s*' : '\\s+';
  const n = set.bare ? `(?:${count}${space})?${unit}` : `${count}${space}${unit}`;
  return set.ago.map((a) => a.split('{n}').map(spaced).join(n));
}

const whole = (alternatives: readonly string[]) => `^(?:${alternatives.join('|')})\\.?$`;

function build(): Reader[] {
  const built = timeAgo.map((set) => ({
    set,
    ages: constructions(set).map((c) => new RegExp(whole([c]), 'iu')),
    yesterday: set.yesterday.length > 0 ? new RegExp(whole(set.yesterday.map(spaced)), 'iu') : null,
    units: new Map(Object.entries(set.units).map(([w, s]) => [w.toLowerCase(), s])),
    vague: new Set(set.vague.map((w) => w.toLowerCase())),
    one: new Set(set.one.map((w) => w.toLowerCase())),
    words: {
      yesterday: set.yesterday.map(longestWord),
      constructions: set.ago.map((a) => (a.replace('{n}', ' ').trim() === '' ? null : longestWord(a.replace('{n}', ' ')))),
      units: [...Object.keys(set.units), ...set.vague].map(longestWord),
    },
  }));
  return built;
}

/** A phrase's longest word, folded (text/case-fold.ts): what `iu` matches it to, space runs aside. */
const longestWord = (phrase: string): string => foldCase(phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a), ''));

/**
 * Whether `folded` holds the words an age of the reader's language cannot lack: its word for
 * yesterday, or a unit with the rest of a construction. Nearly every line asked is no age, and
 * this rules out most languages without their regexes: one regex of every language's ages cost a
 * one-dump run 30 ms to compile, more than the rest of the date parser.
 */
function mayHold(r: Reader, folded: string): boolean {
  const has = (word: string | null) => word === null || folded.includes(word);
  return r.words.yesterday.some(has) || (r.words.constructions.some(has) && r.words.units.some(has));
}

/** The age `s` states, or null when it is not a whole age. */
export function ageOf(s: string): Age | null {
  if (s.length > MAX_AGE) return null;
  readers ??= build();
  const folded = foldCase(s);
  for (const r of readers) {
    if (!mayHold(r, folded)) continue;
    if (r.yesterday?.test(s)) return { seconds: 86400, yesterday: true };
    for (const re of r.ages) {
      const m = re.exec(s);
      const unit = m?.groups?.unit?.toLowerCase();
      if (unit === undefined) continue;
      if (r.vague.has(unit)) return { seconds: null, yesterday: false };
      const count = m?.groups?.count;
      const n = count === undefined || r.one.has(count.toLowerCase()) ? 1 : Number(count);
      return { seconds: n * (r.units.get(unit) ?? 0), yesterday: false };
    }
  }
  return null;
}

/** English ages as a line of their own, months and years included (WordPress's "%s ago"). */
const AGO = /^(?:\d+|an?|one) (?:sec|second|min|minute|hr|hour|day|week|month|year)s? ago\.?$/i;

/**
 * Whether `text` is a post's age and nothing else, in any language: a line that names no day
 * without the time it counts from (--now), but is the post's date line all the same. The word for
 * yesterday alone is not one here, nor in other languages than English an age in months or years:
 * a heading may be either.
 */
export function isAgeLine(text: string): boolean {
  if (AGO.test(text)) return true;
  if (text.length > MAX_AGE + 16) return false;
  // In months or years it may be a column's name ("Il y a 50 ans"), as English "20 years ago" may.
  const age = ageOf(fold(asciiDigits(text)));
  return age !== null && !age.yesterday && age.seconds !== null;
}
