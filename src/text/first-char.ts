import { foldCase, foldedRegExp } from './case-fold.js';

/**
 * A folded regex that opens with one of many words (`^(?:By|Par|Von|…)…`, a label in every
 * language feedscrub reads), split by the words' first character. V8 compiles a regex on its
 * first use and again to machine code on its second, at a cost that grows with its size: one
 * alternation of every language's byline prefixes cost a one-dump run 18 ms. Anchored at the
 * start, a word can only match a text that opens with its own first character, so the regex made
 * of the words that open with the text's first character, in their order, gives the same match as
 * the whole one: the alternatives it leaves out fail at once. A run compiles only the parts its
 * lines open with. Not for a small table: a warm exec costs a lookup more than one regex does.
 */
export interface FoldedOpeners {
  /** As the whole regex's exec() on `folded` (foldCase() text): the same match, groups included. */
  exec(folded: string): RegExpExecArray | null;
}

/**
 * `source(words)` is the regex source (for `iu`, as foldedRegExp takes it) of an anchored
 * alternation of the words, in the order given, and must build the same shape for any of their
 * subsequences; each word is a literal (escaped by `source`) and not empty.
 */
export function foldedOpeners(words: readonly string[], source: (words: readonly string[]) => string): FoldedOpeners {
  const groups = new Map<number, string[]>();
  for (const word of words) {
    if (word === '') throw new Error('an opening word cannot be empty');
    // foldCase keeps a text's length, character for character: the folded word's first unit is
    // the first unit of every folded text the word's literal matches at its start.
    const first = foldCase(word).charCodeAt(0);
    const group = groups.get(first);
    if (group) group.push(word);
    else groups.set(first, [word]);
  }
  const made = new Map<number, RegExp>();
  return {
    exec(folded) {
      const first = folded.charCodeAt(0);
      let re = made.get(first);
      if (re === undefined) {
        const group = groups.get(first);
        if (group === undefined) return null;
        made.set(first, (re = foldedRegExp(source(group))));
      }
      return re.exec(folded);
    },
  };
}
