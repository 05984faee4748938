/**
 * The limits that keep one hostile or broken input from taking a run's memory, time or stack.
 * Each input over a limit is refused with a one-line reason (or, for HTML depth, read flattened),
 * and the other inputs of a batch are still converted. The README's Usage section lists them.
 */

import { esmRequire as esm } from './util/esm-require.js';

const MiB = 1024 * 1024;

/**
 * The largest input file (or stdin) read whole, `--max-size` overrides it. Cleaning holds several
 * copies of the text (decoded, normalized, lines, paragraphs, the rendered output): about 9 bytes of
 * memory per input byte for a long line and 60 for a short-paragraph dump (a 39 MB file of a
 * million paragraphs peaked at 2.35 GiB), so 32 MiB keeps a single input under Node's default heap
 * of about 4 GiB, where a bigger one would end in V8's fatal out-of-memory error instead of a
 * message. Real dumps are kilobytes. An NDJSON stream is not read whole and has only MAX_LINE.
 */
export const MAX_INPUT_SIZE = 32 * MiB;

/**
 * From this size on, an input makes the command collect garbage sooner (collectSooner): the old
 * generation's and the young generation's. V8 lets
 * its heap grow to up to four times what survived the last full collection before it collects
 * again, and cleaning a big input leaves much behind that is soon dead (the passes' line lists,
 * the strings rules build): a 10 MB dump of short paragraphs peaked at 350 MiB with some 110 MiB
 * alive at any time. Growing by a quarter instead cost no measurable time there (a collection
 * takes milliseconds against seconds of cleaning), and brought the peak to about 250 MiB.
 */
export const LARGE_INPUT = 2 * MiB;
const HEAP_GROWING_PERCENT = 25;
let collectingSooner = false;

/**
 * Called by the command with each input's size; a library call never changes the process's
 * heap policy. Once set, it holds for the rest of the run.
 */
export function collectSooner(bytes: number): void {
  if (collectingSooner || bytes < LARGE_INPUT) return;
  collectingSooner = true;
  // Loaded here: the start-up path of a small conversion never needs it.
  const v8 = (esm ? esm('node:v8') : require('node:v8')) as typeof import('node:v8');
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // The young generation stays the size it has: it doubles (up to 32 MiB) while much survives
  // its collections, which a big input's line records do, and it then held that much of what the
  // passes leave behind between collections. 10 MB of short paragraphs peaked 50 MiB lower, in
  // the same CPU time.
  v8.setFlagsFromString('--semi-space-growth-factor=1');
}

let collect: (() => void) | null = null;

/**
 * Where a big input's step leaves much dead behind (the parsed DOM, once its blocks are lines),
 * a full collection now, for a run that collects sooner (collectSooner): V8 sets its next limit
 * from what survived the last collection, and that had the DOM in it, so the next step grew the
 * heap to the DOM's size again before collecting it. A library call never collects.
 */
export function collectNow(): void {
  if (!collectingSooner) return;
  if (!collect) {
    const v8 = (esm ? esm('node:v8') : require('node:v8')) as typeof import('node:v8');
    const vm = (esm ? esm('node:vm') : require('node:vm')) as typeof import('node:vm');
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  }
  collect();
}

/** The longest NDJSON line a stream holds; a longer one becomes an error record, never held. */
export const MAX_LINE = 64 * MiB;

/**
 * How deep HTML elements nest before the ones below are read as siblings, as Blink does at the
 * same depth: the DOM walks, dom-serializer and turndown recurse per level and would overflow the
 * stack far below the 100,000 levels a few kilobytes of unclosed tags make.
 */
export const MAX_HTML_DEPTH = 512;

/**
 * HTML whose unclosed start tags would nest deeper than this is refused before it is parsed: the
 * parser's time grows with the square of the depth (about 6 s at 100,000 levels).
 */
export const MAX_HTML_OPEN = 65_536;

/** "256 MiB", "1.5 KiB", "300 bytes": a limit as a message names it. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [['GiB', 1024 * MiB], ['MiB', MiB], ['KiB', 1024]] as const) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: MiB, mb: MiB, mib: MiB, g: 1024 * MiB, gb: 1024 * MiB, gib: 1024 * MiB };

/** `--max-size` as given ("1048576", "512KB", "64 MB", "1.5G"; binary units) in bytes, or null. */
export function parseSize(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = m?.[2] === undefined ? undefined : UNITS[m[2].toLowerCase()];
  if (!m?.[1] || unit === undefined) return null;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : null;
}

/** The refusal for an input over `max` bytes; `size` null for a stream, which is not read to its end. */
export function tooLarge(size: number | null, max: number): string {
  const what = size === null ? 'more than' : `${formatSize(size)}, over`;
  return `${what} the limit of ${formatSize(max)} per input: not read (--max-size raises it)`;
}
