import { countWords, isSpace } from './text/fold.js';

/**
 * What one cheap scan of a line tells about it, before any rule runs: enough for a rule to say
 * which lines cannot concern it (`RuleMeta.wants`), the way a DOM rule names the elements it wants.
 * A body of long paragraphs is mostly lines that no whole-line rule and no date reader can take.
 */
export interface LineShape {
  /** Its length without the white space around it (`text.trim().length`). */
  readonly length: number;
  /** countWords(text), counted up to SHAPE_WORDS: a count of SHAPE_WORDS means at least that many. */
  readonly words: number;
  /** Whether it holds an ASCII digit (`/\d/`, which is ASCII-only with or without the `u` flag). */
  readonly digit: boolean;
}

/** Words are counted no further: no declaration bounds a line's words above it. */
export const SHAPE_WORDS = 64;

export function shapeOf(text: string): LineShape {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  let digit = false;
  for (let i = start; i < end && !digit; i++) {
    const c = text.charCodeAt(i);
    digit = c >= 0x30 && c <= 0x39;
  }
  return { length: end - start, words: countWords(text, SHAPE_WORDS), digit };
}
