import type { Doc } from '../doc.js';

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

/**
 * Rules tell body lines apart by number, and lines that share an input line (a JSON string's
 * paragraphs, blocks written on one line) share theirs: such a Doc gets distinct stand-ins past
 * the input's end, and maps them back to the input line for `removed` (Doc.inputLine).
 */
export function withStandIns(doc: Doc, inputLines: number): Doc {
  const numbered = doc.lines.filter((l) => l.text.trim() !== '');
  if (numbered.every((l, i) => i === 0 || l.n > (numbered[i - 1]?.n ?? 0))) return doc;
  const real = new Map<number, number>();
  const lines = doc.lines.map((l, i) => {
    real.set(inputLines + 1 + i, l.n);
    return { ...l, n: inputLines + 1 + i };
  });
  return { ...doc, lines, inputLine: (n) => real.get(n) ?? n };
}
