/** `text` as regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of `words`, each literal, the longest first so that a longer word wins over its prefix. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/**
 * A guard for a regex that opens with one of `words` (`^(?:word|word…)` under `iu`): false only
 * when `text` cannot open with any of them. The guarded alternations (hundreds of labels in many
 * scripts) cost milliseconds to compile, twice, and most lines open otherwise. Text that opens
 * with ASCII is judged by its first two characters, lower-cased, which is how `iu` compares ASCII
 * letters; anything else is left to the regex.
 */
export function openers(words: readonly string[]): { test(text: string): boolean } {
  const heads = new Set<string>();
  let unsure = false;
  for (const w of words) {
    const head = w.slice(0, 2);
    // Outside ASCII only the long s and the Kelvin sign fold to an ASCII letter ("s", "k").
    if (/[\u017f\u212a]/u.test(head)) unsure = true;
    else if (/^[\x00-\x7f]+$/.test(head)) heads.add(head.toLowerCase());
  }
  return {
    test(text: string): boolean {
      if (unsure) return true;
      const a = text.charCodeAt(0);
      const b = text.length > 1 ? text.charCodeAt(1) : 0;
      if (a >= 0x80 || b >= 0x80) return true;
      const first = text.charAt(0).toLowerCase();
      return heads.has(first) || (text.length > 1 && heads.has(first + text.charAt(1).toLowerCase()));
    },
  };
}
