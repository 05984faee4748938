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
}

/**
 * What a whole age of one language opens or ends with (folded, text/case-fold.ts): a
 * construction's first word when it opens with one ("il y a {n}"), its last word when it ends
 * with one ("{n} fa"), a unit where it is only the count and the unit (Hungarian "2 órája"); a
 * word for yesterday opens and ends its own line.
 */
interface Edge {
  reader: number;
  start: string | null;
  end: string | null;
}

let readers: Reader[] | null = null;
/** The edges by the first character of their start, and those with none by the last of their end. */
let edges: { byStart: Map<number, Edge[]>; byEnd: Map<number, Edge[]> } | null = null;

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
  }));
  edges = edgesOf(built.map((r) => r.set));
  return built;
}

const wordsOf = (text: string) => foldCase(text).split(' ').filter((w) => w !== '');

function edgesOf(sets: readonly AgoSet[]): { byStart: Map<number, Edge[]>; byEnd: Map<number, Edge[]> } {
  const byStart = new Map<number, Edge[]>();
  const byEnd = new Map<number, Edge[]>();
  const add = (edge: Edge) => {
    const [map, key] = edge.start !== null ? [byStart, edge.start.charCodeAt(0)] : [byEnd, (edge.end as string).charCodeAt((edge.end as string).length - 1)];
    map.set(key, [...(map.get(key) ?? []), edge]);
  };
  sets.forEach((set, reader) => {
    for (const y of set.yesterday) add({ reader, start: wordsOf(y)[0] ?? null, end: wordsOf(y).at(-1) ?? null });
    for (const ago of set.ago) {
      const parts = ago.split('{n}');
      const start = wordsOf(parts[0] ?? '')[0] ?? null;
      const end = wordsOf(parts.at(-1) ?? '').at(-1) ?? null;
      if (start !== null || end !== null) add({ reader, start, end });
      else for (const unit of [...Object.keys(set.units), ...set.vague]) add({ reader, start: null, end: wordsOf(unit).at(-1) ?? null });
    }
  });
  return { byStart, byEnd };
}

/**
 * The unit at `i` of foldCase(s) (text/case-fold.ts), which folds character by character; a
 * surrogate stays as it is, and no edge word holds one.
 */
function foldedAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  return c >= 0xd800 && c <= 0xdfff ? c : foldCase(s.charAt(i)).charCodeAt(0);
}

/** Whether `s` folded holds `word` (folded) from `at`. */
function holdsAt(s: string, word: string, at: number): boolean {
  if (at < 0 || at + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) if (foldedAt(s, at + k) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * The languages whose age `s` may be, by its first and last words: an age is the whole line
 * (`^…\.?$`), so it opens with its construction's first word and ends with its last. Nearly every
 * line asked is no age, and a lookup or two rule out nearly every language without its regexes:
 * one regex of every language's ages under `iu` cost a one-dump run 30 ms to compile.
 */
function mayBe(s: string): Set<number> | null {
  const { byStart, byEnd } = edges as NonNullable<typeof edges>;
  const n = s.length;
  // Without the full stop an age may end with.
  const cut = s.charCodeAt(n - 1) === 0x2e ? n - 1 : n;
  let found = take(s, byStart.get(foldedAt(s, 0)), cut, null);
  found = take(s, byEnd.get(foldedAt(s, n - 1)), cut, found);
  return cut < n ? take(s, byEnd.get(foldedAt(s, cut - 1)), cut, found) : found;
}

/** `found` with the languages of the edges `s` opens and ends with, `cut` its length without a final full stop. */
function take(s: string, list: readonly Edge[] | undefined, cut: number, found: Set<number> | null): Set<number> | null {
  if (list === undefined) return found;
  for (const e of list) {
    if (e.start !== null && !holdsAt(s, e.start, 0)) continue;
    if (e.end === null || holdsAt(s, e.end, s.length - e.end.length) || holdsAt(s, e.end, cut - e.end.length)) (found ??= new Set()).add(e.reader);
  }
  return found;
}

/** The age `s` states, or null when it is not a whole age. */
export function ageOf(s: string): Age | null {
  if (s.length > MAX_AGE || s === '') return null;
  readers ??= build();
  const languages = mayBe(s);
  if (languages === null) return null;
  for (const [i, r] of readers.entries()) {
    if (!languages.has(i)) continue;
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
