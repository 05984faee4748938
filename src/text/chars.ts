/**
 * Cheap tests run before a regex that could only match if they pass. A regex with letter classes
 * (`\p{L}` under `iu`) costs a millisecond or more to compile, twice (bytecode, then machine
 * code), and most lines of a dump would have been turned down by its first character.
 */

/** Whether `text` has an ASCII digit at `at` (what `\d` matches, with or without the `u` flag). */
export function digitAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0x30 && c <= 0x39;
}

/** Whether `text` opens with `count` ASCII digits. */
export function opensWithDigits(text: string, count: number): boolean {
  for (let i = 0; i < count; i++) if (!digitAt(text, i)) return false;
  return true;
}

const PAST_ASCII = /[^\x00-\x7f]/;

/**
 * Whether `text` is all ASCII: then a letter-class regex has a plain twin (`\p{L}` is `[A-Za-z]`,
 * `\p{N}` is `[0-9]`, `\p{M}` is nothing) that compiles at once.
 */
export function isAscii(text: string): boolean {
  return !PAST_ASCII.test(text);
}
