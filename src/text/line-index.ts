/**
 * Offsets in a text to the 1-based line numbers normalize() gives, for readers that find their
 * pieces by position (a feed item's body, a JSON value) and must report the lines a user sees.
 */
export interface LineIndex {
  /** The line holding the character at `offset`. */
  lineAt(offset: number): number;
  /** The offset where `line` starts (the end of the text past the last line). */
  offsetOf(line: number): number;
  /** How many lines the text has. */
  count: number;
}

/**
 * What ends a line, for every line number feedscrub reports: normalize(), repairText() and
 * lineIndex() all count with it, so a line number from one is a line number in the others.
 */
export const LINE_BREAKS = String.raw`\r\n|\r|\n|\u2028|\u2029|\f`;
const BREAK = new RegExp(LINE_BREAKS, 'g');

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (const m of text.matchAll(BREAK)) starts.push(m.index + m[0].length);
  return {
    lineAt(offset) {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((starts[mid] ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo + 1;
    },
    offsetOf(line) {
      return starts[line - 1] ?? text.length;
    },
    count: starts.length,
  };
}
