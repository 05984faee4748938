import type { PhraseSet } from './match.js';

/**
 * What family() derives from a family's phrases before a line is matched: each phrase's word,
 * the words' scan, the leads' and the ends' tests, as regex source. Built from the phrases, it cost
 * a one-dump start-up nearly a third of its CPU time (unicode regexes run over every phrase, word
 * trees made in code not yet compiled: 430 against 295 ms, docs/benchmark.md). The command's build
 * derives it for every family (familyTables(), run by scripts/build.js) and embeds it, so that a
 * start-up only makes the regexes. A family the build did not see (the tests, run from source)
 * derives it itself, with the same functions.
 */
export interface FamilyTable {
  /**
   * Each phrase's word (the sets' phrases in order) as two numbers, where it is in the phrase and
   * how long; -1, 0 for none. Offsets, not the words: two thirds the size in the bundle, where a
   * word past ASCII is spelt in escapes.
   */
  readonly words: readonly number[];
  /** Words.scan. */
  readonly scan: string | null;
  /** The leads' test, and the most a match of it reads (see leadsOf in derive.ts). */
  readonly anyLead: { readonly source: string; readonly span: number } | null;
  /** What openings() gives: the leads' first words' first two characters, for a test before anyLead's. */
  readonly heads: readonly string[] | null;
  readonly end: string | null;
}

/**
 * The tables the build embedded, JSON, by key (see tableKey): the build defines it (esbuild's
 * `define`), a test may set it as a global; undefined when neither has.
 */
declare const FEEDSCRUB_PHRASE_TABLES: string | undefined;
let embedded: Map<string, FamilyTable> | undefined;

export function embeddedTable(key: string): FamilyTable | undefined {
  if (embedded === undefined) {
    if (typeof FEEDSCRUB_PHRASE_TABLES !== 'string') return undefined;
    embedded = new Map(Object.entries(JSON.parse(FEEDSCRUB_PHRASE_TABLES) as Record<string, FamilyTable>));
  }
  const table = embedded.get(key);
  // A family the build did not see only costs speed; the tests make that an error.
  if (!table && process.env.FEEDSCRUB_STRICT_TABLES) throw new Error(`no embedded phrase table for the family ${key}`);
  return table;
}

/**
 * A family's key in the embedded tables, cheap to make at start-up (hashing every family's text
 * cost more than the rest of the lookup): the size of its suffix, and the language, size, first and
 * last phrase of each set. familyTables() refuses two families with one key and different tables.
 */
export function tableKey(sets: readonly PhraseSet[], suffix: string): string {
  let key = String(suffix.length);
  for (const set of sets) {
    let chars = 0;
    for (const p of set.phrases) chars += p.length;
    key += `|${set.lang}.${set.phrases.length}.${chars}`;
  }
  const first = sets[0]?.phrases[0] ?? '';
  const last = sets.at(-1)?.phrases.at(-1) ?? '';
  return `${key}|${first}|${last}`;
}

/** Every family made so far, to derive its table: see familyTables(). */
const made: { key: string; derive: () => FamilyTable }[] = [];

export function remember(key: string, derive: () => FamilyTable): void {
  made.push({ key, derive });
}

/** The tables of every family made so far, by key: what the build embeds. */
export function familyTables(): Record<string, FamilyTable> {
  const out: Record<string, FamilyTable> = {};
  for (const { key, derive } of made) {
    const table = derive();
    const known = out[key];
    if (known && JSON.stringify(known) !== JSON.stringify(table)) throw new Error(`two phrase families share the table key ${JSON.stringify(key)}`);
    out[key] = table;
  }
  return out;
}
