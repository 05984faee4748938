/**
 * V8 makes a substring of 13 characters or more a view into the string it was cut from, which then
 * lives as long as the view: a 20-character title cut from a 10 MB page kept the whole page alive
 * through cleaning and rendering. These give what outlives an input's reading a string of its own.
 */

/** `text` as a string of its own, sharing no memory with the string it may have been cut from. */
export function unpinned(text: string): string {
  // The concatenation is flattened into a fresh string before the slice is taken: the result is
  // a view of that copy (one character longer), never of `text`'s parent.
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/**
 * Lets go of the last string a regular expression matched in: V8 keeps it (for RegExp.lastMatch
 * and $1...) until the next match, and a match in a view of the input kept the whole input.
 */
export function forgetLastMatch(): void {
  /(?:)/.exec('');
}
