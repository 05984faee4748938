/** `text` as regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of `words`, each literal, the longest first so that a longer word wins over its prefix. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * The first two characters, lower case, of each of `words` that opens with ASCII ones; null when
 * a word opens with the long s or the Kelvin sign, the only characters past ASCII that `iu` folds
 * to an ASCII letter ("s", "k"), so that no test on ASCII text could be sure. A text that opens
 * with two ASCII characters and none of these opens with none of the words, as `iu` matches them.
 */
export function openingHeads(words: readonly string[]): Set<string> | null {
  const heads = new Set<string>();
  for (const w of words) {
    const head = w.slice(0, 2);
    if (/[\u017f\u212a]/u.test(head)) return null;
    if (/^[\x00-\x7f]+$/.test(head)) heads.add(head.toLowerCase());
  }
  return heads;
}

/** Whether some word of `heads` (openingHeads()) may open `text` at `at`: false only where two ASCII characters open none. */
export function mayOpenAt(heads: ReadonlySet<string>, text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  const b = at + 1 < text.length ? text.charCodeAt(at + 1) : 0;
  if (a >= 0x80 || b >= 0x80 || Number.isNaN(a)) return true;
  const first = text.charAt(at).toLowerCase();
  return heads.has(first) || (at + 1 < text.length && heads.has(first + text.charAt(at + 1).toLowerCase()));
}

/**
 * A guard for a regex that opens with one of `words` (`^(?:word|word…)` under `iu`): false only
 * when `text` cannot open with any of them. The guarded alternations (hundreds of labels in many
 * scripts) cost milliseconds to compile, twice, and most lines open otherwise.
 */
export function openers(words: readonly string[]): { test(text: string): boolean } {
  const heads = openingHeads(words);
  return { test: (text: string) => heads === null || mayOpenAt(heads, text, 0) };
}
