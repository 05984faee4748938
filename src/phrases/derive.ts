import { anyOf } from '../text/any-of.js';
import { foldSource } from '../text/case-fold.js';
import { openingHeads } from '../util/regex.js';
import { Compiled, loose } from './compiled.js';
import type { PhraseSet } from './match.js';
import type { FamilyTable } from './tables.js';
import { Words } from './words.js';

// What family() (match.ts) derives from a family's phrases, the table the build embeds (tables.ts),
// and the phrases' matchers made again from such a table.

/** A family's table, from its phrases (never from an embedded table). */
export function deriveTable(sets: readonly PhraseSet[], suffix: string, endOf: () => RegExp | null): FamilyTable {
  // findWhole tries a phrase at a line's first visible character: one that opens with a space
  // could start before it. The build derives every family's table, so this fails the build.
  const spaced = sets.flatMap((set) => set.phrases).find((p) => /^\s/u.test(p));
  if (spaced !== undefined) throw new Error(`the phrase ${JSON.stringify(spaced)} opens with a space`);
  const compiled = sets.flatMap((set) => set.phrases.map((phrase) => new Compiled(set.lang, phrase, suffix)));
  const words = new Words(compiled);
  const at = compiled.flatMap((c, i) => {
    if (c.word === null) return [-1, 0];
    const off = phraseAt(sets, i).indexOf(c.word);
    if (off < 0) throw new Error(`the word ${c.word} is not in its phrase`);
    return [off, c.word.length];
  });
  return { words: at, scan: words.scan?.source ?? null, anyLead: leadsOf(compiled), heads: openings(compiled), end: endOf()?.source ?? null };
}

/** The phrases' matchers, their words taken from the table. */
export function fromTable(sets: readonly PhraseSet[], suffix: string, table: FamilyTable): Compiled[] {
  const out: Compiled[] = [];
  for (const set of sets) {
    for (const phrase of set.phrases) {
      const at = table.words[2 * out.length] ?? -1;
      out.push(new Compiled(set.lang, phrase, suffix, at < 0 ? null : phrase.slice(at, at + (table.words[2 * out.length + 1] ?? 0))));
    }
  }
  return out;
}

/** The sets' `i`th phrase, counted across sets. A phrase's word is part of it: see longestWord. */
function phraseAt(sets: readonly PhraseSet[], i: number): string {
  for (const set of sets) {
    if (i < set.phrases.length) return set.phrases[i] as string;
    i -= set.phrases.length;
  }
  throw new RangeError('no such phrase');
}

/**
 * A lead that opens with a word matches only where that word is: the words make one small tree
 * (a hundred leads spelt out, spaces and quotes in all their forms, are too big a regex to be
 * compiled to machine code). Another lead is taken up to its first space ("» Read more" as "»"),
 * so that no match is longer than LEAD_SPAN and the test reads that much of a line. Null when
 * some phrase opens with a placeholder.
 */
export function leadsOf(compiled: readonly Compiled[]): { source: string; span: number } | null {
  if (compiled.length === 0 || compiled.some((c) => c.opensWithPlaceholder)) return null;
  const words = new Set<string>();
  const others = new Set<string>();
  for (const c of compiled) {
    const word = /^[\p{L}\p{N}]+/u.exec(c.head)?.[0];
    if (word) words.add(word);
    else others.add(/^\S+/u.exec(c.head)?.[0] ?? '');
  }
  // Each character of a lead that is no word matches at most an entity ("&#8217;"): eight characters.
  const reads = (lead: string) => (words.has(lead) ? lead.length : 8 * lead.length);
  const longest = Math.max(0, ...[...words, ...others].map(reads));
  if (longest > LEAD_SPAN) throw new Error(`a lead reads more than the ${LEAD_SPAN} characters its test folds: ${[...words, ...others].find((l) => reads(l) > LEAD_SPAN)}`);
  // For folded text (text/case-fold.ts): compiled without `i`, a tenth of the cost.
  return { source: foldSource([...(words.size ? [anyOf([...words])] : []), ...[...others].map(loose)].join('|')), span: longest };
}

/** The most any match of a family's anyLead reads (see leadsOf). */
export const LEAD_SPAN = 256;

/**
 * The heads (util/regex.ts openingHeads()) of each lead's first word: a text that opens with two
 * ASCII characters (at the place a whole-line hit could start) and with none of them cannot open
 * with a lead. anyLead would say so too, but it is a tree of hundreds of words in many scripts
 * under `iu`, which costs milliseconds to compile (twice), and a one-dump run needs it for a few
 * lines only. A lead that opens with no word makes the test null (always try anyLead).
 */
export function openings(compiled: readonly Compiled[]): string[] | null {
  if (compiled.length === 0) return null;
  const words: string[] = [];
  for (const c of compiled) {
    const word = /^[\p{L}\p{N}]+/u.exec(c.head)?.[0];
    if (!word || c.opensWithPlaceholder) return null;
    words.push(word);
  }
  const heads = openingHeads(words);
  return heads && [...heads].sort();
}
