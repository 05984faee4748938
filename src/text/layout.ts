/**
 * Layout of a plain-text block: whether its line breaks are the writer's (an ingredient list, an
 * address, credits, verse) or only a column width's (hard-wrapped prose, a 72-column email).
 *
 * Decided by the block's shape, never by its words, so that it holds in any language: a wrapper
 * breaks a line only where the next word would not fit, so in wrapped prose every line but the
 * last is nearly full; a line that stops well short of the block's width while the next word
 * would have fitted was ended on purpose.
 */

import { parseDate } from '../metadata/dates/dates.js';
import { countWords, key, startsLower } from './fold.js';

/** What the cleaner knows of a line of a block: its text, and whether it came with markup. */
interface BlockLine {
  text: string;
  structured: boolean;
}

/** Below this width (characters of the longest line) lines are short: nobody wraps prose that narrow. */
const MIN_PROSE_WIDTH = 40;
/** The narrowest column a mail archive or a feed tool wraps text at (see wrapRuns). */
const MIN_WRAP_WIDTH = 60;
/**
 * A line is full when the next line's first word would not fit within this share of the width.
 * Not 1: wrappers that balance lines (fmt, par) aim below the full width.
 */
const FILL = 0.88;
/** Wrapped prose has nearly every line full: one short line in four is let through (a long word or URL next). */
const MIN_FULL_SHARE = 0.75;

// A list item's marker: a bullet, or a number or letter followed by "." or ")".
const LIST_ITEM = /^(?:[-*•·–—▪◦‣+]\s|\(?(?:\d{1,3}|[a-z])[.)]\s)/iu;
// A line that ends a sentence: full stop, question or exclamation mark, colon, semicolon, maybe closed by a quote or bracket.
const SENTENCE_END = /[.!?:;…。！？][\])"'”’»]*$/u;

// A line that ends on any stop, a comma or a dash included.
const PUNCTUATED = /[.!?:;…,，、。！？—–-][\])"'”’»]*$/u;
const UNDERLINE = /^(?:={3,}|-{3,})$/;

// Widths in UTF-16 units: a shape, not a typesetting measure.
const length = (s: string): number => s.length;

function firstWordLength(line: string): number {
  const space = line.search(/\s/);
  return length(space === -1 ? line : line.slice(0, space));
}

/**
 * Whether the lines of one block (in order, two or more) keep their breaks: true unless they read
 * as hard-wrapped prose, lines of similar width broken where the next word would not fit.
 */
export function keepsBreaks(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const texts = lines.map((l) => l.trim());
  // A Setext heading: one line and its underline.
  if (texts.length === 2 && UNDERLINE.test(texts[1] ?? '')) return false;
  if (texts.filter((t) => LIST_ITEM.test(t)).length >= 2) return true;
  // A loop, not Math.max(...): spread passes every line as an argument, and a block of a hundred
  // thousand lines overflows the stack.
  let width = 0;
  for (const t of texts) width = Math.max(width, length(t));
  if (width < MIN_PROSE_WIDTH) return true;
  const broken = texts.slice(0, -1);
  let full = 0;
  let ended = 0;
  let punctuated = 0;
  broken.forEach((line, i) => {
    if (length(line) + 1 + firstWordLength(texts[i + 1] ?? '') > width * FILL) full++;
    if (SENTENCE_END.test(line)) ended++;
    if (PUNCTUATED.test(line)) punctuated++;
  });
  if (full < broken.length * MIN_FULL_SHARE) return true;
  // Every line a sentence of its own (a dialogue, a list of statements), or every line ending on a
  // stop (verse): a wrapper breaks where the width ends, mostly between two words of a clause.
  return broken.length >= 2 && (ended === broken.length || punctuated === broken.length);
}

/**
 * The runs [start, end) of a hard-wrapped block that were lines of their own before it was
 * wrapped: a wrapper (a mail archive's 72 columns) breaks each long line where the width ends and
 * leaves the writer's own breaks where they were, so a line that ends a sentence well short of the
 * width while the next word would have fitted ends a line of the source (a content field's last
 * sentence, then its footer). One run, the whole block, when there is no such line or the block is
 * not wrapped prose.
 */
export function wrapRuns(lines: readonly string[]): Array<[number, number]> {
  const whole: Array<[number, number]> = [[0, lines.length]];
  if (lines.length < 3 || keepsBreaks(lines)) return whole;
  const texts = lines.map((l) => l.trim());
  let width = 0;
  for (const t of texts) width = Math.max(width, length(t));
  // A wrapper's column is 60 to 80 wide: a list of lines of about one length ("Telegram: https://…"
  // over "VK: https://…") reads as full lines too, and is no wrapped prose to be split and joined.
  if (width < MIN_WRAP_WIDTH) return whole;
  const runs: Array<[number, number]> = [];
  let start = 0;
  texts.slice(0, -1).forEach((line, i) => {
    const fits = length(line) + 1 + firstWordLength(texts[i + 1] ?? '') <= width;
    if (fits && SENTENCE_END.test(line)) {
      runs.push([start, i + 1]);
      start = i + 1;
    }
  });
  runs.push([start, texts.length]);
  return runs;
}

/**
 * Whether a block of plain text keeps its line breaks (keepsBreaks): its lines then stay lines of
 * their own, so that rules keep seeing each one and a second run reads the same. `next` is the
 * block after it, if any.
 */
export function keptApart(lines: readonly BlockLine[], next: readonly BlockLine[] | undefined, titleLike: (text: string) => boolean): boolean {
  if (lines.length < 2 || lines.some((l) => l.structured)) return false;
  const texts = lines.map((l) => l.text.trim());
  if (!keepsBreaks(texts)) return false;
  // The next paragraph as a second run reads it: one line unless it keeps its own breaks.
  const nextParagraph = () => {
    const after = next?.map((l) => l.text.trim());
    return after && !keepsBreaks(after) ? after.join(' ') : undefined;
  };
  return !splitsAsDumps(texts, nextParagraph, titleLike);
}

// The longest line that is only a date (as the text reader's splitter reads a credit date line).
const MAX_DATE_LINE = 60;
const isDateLine = (text: string) => text.length <= MAX_DATE_LINE && parseDate(text) !== null;

/**
 * Whether these lines, kept apart, would read as two dumps joined with `cat` (a credit date, then
 * a title line on its own: readers/text.ts splitDumps) where joined they read as one: a second run
 * must find the article this one found.
 */
function splitsAsDumps(texts: readonly string[], nextParagraph: () => string | undefined, titleLike: (text: string) => boolean): boolean {
  const last = texts.at(-1) ?? '';
  if (texts.length >= 2 && isDateLine(texts.at(-2) ?? '') && titleLike(last)) return true;
  if (!isDateLine(last)) return false;
  const next = nextParagraph();
  return next !== undefined && titleLike(next);
}

/** The lines of each paragraph, in order: several for a block that kept its line breaks. */
export function paragraphsOf<L extends { block: number }>(lines: readonly L[]): L[][] {
  const out: L[][] = [];
  for (const l of lines) {
    const last = out.at(-1);
    if (last && last[0]?.block === l.block) last.push(l);
    else out.push([l]);
  }
  return out;
}

/**
 * The first paragraph's line that reads as the title, as the text reader would find it at the top
 * of this output (readers/text.ts findTitle): a paragraph that kept its line breaks is read back
 * as lines, so its first line is the candidate, unless that line runs on into the next.
 */
export function leadTitle<L extends { text: string }>(block: readonly L[], looksLikeTitle: (text: string) => boolean): L | undefined {
  const [first, next] = block;
  if (!first) return undefined;
  if (next && key(next.text) !== key(first.text) && (countWords(first.text) > 12 || startsLower(next.text.trim()))) {
    if (!looksLikeTitle(block.map((l) => l.text.trim()).join(' '))) return undefined;
  }
  return looksLikeTitle(first.text) ? first : undefined;
}
