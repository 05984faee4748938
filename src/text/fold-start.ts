import { fold, isSpace } from './fold.js';

/**
 * Rules that look at the start of a line (a credit that opens it, a comment's bracket) need not
 * fold the whole line: a paragraph may be the whole body, and its folded form one more copy of it.
 */

// fold() maps characters one by one, but for a character reference (at most 33 characters) or a
// run of white space cut at the end of a head: the last MARGIN folded characters of a head may
// differ from the whole line's, none before them.
const MARGIN = 40;

/** A prefix of fold(text), at least `min` characters long unless it is all of fold(text). */
export function foldedStart(text: string, min = 128): string {
  const head = 4 * min + MARGIN;
  if (text.length > 2 * head) {
    const folded = fold(text.slice(0, head));
    if (folded.length >= min + MARGIN) return folded.slice(0, folded.length - MARGIN);
  }
  return fold(text);
}

/**
 * Whether `text` has at least `n` runs of non-space characters. Folding never takes a space out
 * from between two of them (it only makes runs of space one space), so fold(text) then has at
 * least as many space-separated tokens.
 */
export function tokensAtLeast(text: string, n: number): boolean {
  let count = 0;
  let inToken = false;
  for (let i = 0; i < text.length && count < n; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inToken) count++;
    inToken = !space;
  }
  return count >= n;
}


/**
 * Whether fold(text) is surely longer than `n`: folding turns every character but white space and
 * character references into one character or more, so a text without "&" and with more than `n`
 * others folds longer. Counted up to n + 1 only.
 */
export function foldsLonger(text: string, n: number): boolean {
  if (text.length <= n || text.includes('&')) return false;
  let shown = 0;
  for (let i = 0; i < text.length && shown <= n; i++) if (!isSpace(text.charCodeAt(i))) shown++;
  return shown > n;
}
