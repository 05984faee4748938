import { BodyLine, CHANGED, SETTLED, WAS_HEAD, WAS_TAIL } from './body-line.js';
import type { Zone } from './rule.js';
import { countWords, endsLikeSentence } from './text/fold.js';

/**
 * The zones a cleaning pass gives its lines (the head, the tail), and what a later pass knows of a
 * line from the pass before (see clean.ts).
 */

/** Head rules see this many non-empty lines after the title. */
export const HEAD_LINES = 3;
/** The tail is at least this many non-empty lines... */
export const TAIL_LINES = 8;
/** ...extended up to the end of the last long paragraph, but never beyond this many. */
export const MAX_TAIL_LINES = 30;

/** Marks the head (the first HEAD_LINES lines) and the tail (after the last long paragraph, within bounds). */
export function markZones(lines: BodyLine[]): void {
  for (const l of lines) l.head = l.tail = false;
  lines.slice(0, HEAD_LINES).forEach((l) => (l.head = true));
  // Only the last long block counts, so blocks are read from the end until one is long. A block is
  // long as its lines joined with spaces would be: no word and no sentence end spans the joins, so
  // the end is its last line's and the words are summed line by line.
  let lastLong = -1;
  for (let end = lines.length - 1; end >= 0 && lastLong === -1; ) {
    const block = lines[end]?.block;
    let start = end;
    while (start > 0 && lines[start - 1]?.block === block) start--;
    if (endsLikeSentence(lines[end]?.text ?? '')) {
      let words = 0;
      for (let i = start; i <= end && words < LONG_PARAGRAPH_WORDS; i++) words += countWords(lines[i]?.text ?? '', LONG_PARAGRAPH_WORDS - words);
      if (words >= LONG_PARAGRAPH_WORDS) lastLong = end;
    }
    end = start - 1;
  }
  const afterLastLong = lastLong === -1 ? lines.length - TAIL_LINES : lastLong + 1;
  const start = Math.max(Math.min(afterLastLong, lines.length - TAIL_LINES), lines.length - MAX_TAIL_LINES, 0);
  lines.slice(start).forEach((l) => (l.tail = true));
}

/** A paragraph of real prose, where the article's body and not its furniture still is, has this many words and ends like a sentence. */
const LONG_PARAGRAPH_WORDS = 20;

export function inZone(line: BodyLine, zone: Zone): boolean {
  if (zone === 'edges') return line.head || line.tail;
  return zone === 'anywhere' || (zone === 'head' ? line.head : line.tail);
}

/**
 * Marks SETTLED the lines whose text and code flag stand as they stood when the previous pass
 * began, with the zones they were in then: every rule of that pass whose zone held the line saw it
 * so (a line it saw cut by an earlier rule changed, and is not settled). A line that only moved
 * into the tail once the footer under it went is still one the head and "anywhere" rules have read.
 */
export function settle(lines: readonly BodyLine[]): void {
  for (const l of lines) {
    const zones = (l.head ? 1 : 0) | (l.tail ? 2 : 0) | (l.code ? 4 : 0);
    const settled = (l.mark & CHANGED) === 0 && (l.mark & 4) === (zones & 4);
    l.mark = zones | (settled ? SETTLED | (l.mark & 1 ? WAS_HEAD : 0) | (l.mark & 2 ? WAS_TAIL : 0) : 0);
  }
}

/** Whether a rule of `zone` was asked about `l`, as it stands, in the previous pass. */
export function seenBefore(l: BodyLine, zone: Zone): boolean {
  if ((l.mark & SETTLED) === 0) return false;
  if (zone === 'anywhere') return true;
  const was = zone === 'head' ? WAS_HEAD : zone === 'tail' ? WAS_TAIL : WAS_HEAD | WAS_TAIL;
  return (l.mark & was) !== 0;
}

/** Whether `l` is in the edges (the head, the tail) it was in when the previous pass began. */
export function sameEdges(l: BodyLine): boolean {
  return ((l.mark & WAS_HEAD) !== 0) === l.head && ((l.mark & WAS_TAIL) !== 0) === l.tail;
}
