/**
 * Layout of a plain-text block: whether its line breaks are the writer's (an ingredient list, an
 * address, credits, verse) or only a column width's (hard-wrapped prose, a 72-column email).
 *
 * Decided by the block's shape, never by its words, so that it holds in any language: a wrapper
 * breaks a line only where the next word would not fit, so in wrapped prose every line but the
 * last is nearly full; a line that stops well short of the block's width while the next word
 * would have fitted was ended on purpose.
 */

/** Below this width (characters of the longest line) lines are short: nobody wraps prose that narrow. */
const MIN_PROSE_WIDTH = 40;
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

const length = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};

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
  const width = Math.max(...texts.map(length));
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
