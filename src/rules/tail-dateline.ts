import type { LineRef, Rule, RuleContext } from '../rule.js';
import { dateLine, dateLineWeight, type DateLine } from '../metadata/dates/dates.js';
import { countWords, endsLikeSentence, lastVisible } from '../text/fold.js';
import { foldsLonger } from '../text/fold-start.js';

// An aggregator stores a feed item as its title, its body, then the item's own credit fields, one
// a line: the author when there is one, then the date (<pubDate>, <dc:date>, Atom <published>,
// JSON Feed date_published). tail-byline takes the pair when the line above reads as a name; this
// rule takes the date when it stands without one (no author field, or one that is a site, an
// agency, an address or a list of names), and so does not depend on who wrote the item.
// That closing date is the item's own publication field, so it outweighs a dateline at the head.
export const CREDIT_DATE_WEIGHT = 60;

// Lines that may follow the date in the credit block: a permalink, a bare URL.
const AFTER_DATE = /^<?https?:\/\/\S+>?$/i;
// A machine time stamp at the end of a line the credit fields were glued onto ("... Mario Taschler
// Thu, 21 Dec 2023 16:39:46 +0000"): RFC 822 with a zone, or ISO 8601 with a time. Prose does not
// end on a seconds-precise stamp with a zone, so only those shapes are cut from a longer line.
const GLUED_STAMP = [
  /(?:^|\s)((?:[\p{L}]{2,12}\.?,?\s+)?\d{1,2}\s+\p{L}{3,9}\.?\s+\d{2,4}\s+\d{1,2}:\d{2}:\d{2}\s*(?:[+-]\d{4}|GMT|UTC|UT|[A-Z]{3,4}))$/u,
  // JavaScript's Date.toString(): "Thu Oct 04 2018 00:00:00 GMT+0000 (UTC)".
  /(?:^|\s)(\p{L}{3}\s+\p{L}{3}\s+\d{1,2}\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+(?:GMT|UTC)(?:[+-]\d{4})?(?:\s+\([^()]{1,40}\))?)$/u,
  /(?:^|\s)(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:\.\d+)?\s?(?:Z|[+-]\d{2}:?\d{2})?)$/u,
];

/**
 * What a stamp of GLUED_STAMP ends in: a digit, a capital (a zone, "Z") or a bracket. A last line
 * that ends otherwise, a sentence's full stop most often, is not scanned three times from its start.
 */
function mayEndStamp(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x29;
}

// Every GLUED_STAMP has a time to the second, which a cheap regex finds before any of them compiles.
const SECONDS = /\d:\d\d:\d\d/;

// A preview's stamp without a year ("12/12 - 9:22", "03.05. 14:10"): an app or widget shows the
// day and the time of the item. It says no year, so it is no date; alone as the dump's last line,
// under prose, it is the preview's furniture.
const YEARLESS_STAMP = /^\d{1,2}[/.]\d{1,2}\.?\s*(?:[-–—,|·]\s*)?\d{1,2}[:h]\d{2}$/u;

function yearlessStamp(ctx: RuleContext): boolean {
  const i = ctx.all.length - 1;
  const line = ctx.all[i];
  const above = ctx.all[i - 1];
  if (!line || !above || !ctx.inTail(line.n) || foldsLonger(line.text, 32) || !YEARLESS_STAMP.test(line.folded.trim())) return false;
  if (above.block === line.block || !endsLikeSentence(above.text)) return false;
  ctx.remove(line);
  return true;
}

function take(ctx: RuleContext, line: LineRef, date: DateLine): void {
  // "Updated: ..." closing the dump is a revision's date: it fills in only when nothing else does.
  ctx.meta('published', date.iso, line, dateLineWeight(date, CREDIT_DATE_WEIGHT), date.dayFirst);
  const note = date.note;
  if (note) ctx.note(note, line);
}

/**
 * Whether a closing date line is the credit field and not the story's. A time, a label or a
 * numeric stamp is metadata; a date alone in words ("Saturday 28 June 2025") may be an event's,
 * under its heading ("Next Seed Swap"), so it counts only as a paragraph of its own after prose.
 */
function credited(ctx: RuleContext, i: number, date: DateLine): boolean {
  const line = ctx.all[i];
  if (!line) return false;
  if (date.iso.includes('T') || date.label !== undefined || /^\d{4}\D/.test(line.folded)) return true;
  const above = ctx.all[i - 1];
  return above !== undefined && above.block !== line.block && (endsLikeSentence(above.text) || OTHER_SENTENCE_END.test(above.text.trimEnd()) || isLongParagraph(above.text) || AFTER_DATE.test(above.folded));
}

// Full stops of the scripts endsLikeSentence() does not know: CJK, Devanagari, Arabic, Urdu, Armenian, Ethiopic.
const OTHER_SENTENCE_END = /[。！？｡．।॥؟۔։።]["'”’」』)）]*$/u;
// A paragraph this long is the story's, however it ends (a last sentence without its full stop, a
// cut): the date under it is not an event's under its heading.
const PARAGRAPH_CHARS = 200;
const isLongParagraph = (text: string) => text.length >= PARAGRAPH_CHARS && countWords(text, 12) >= 12 || text.length >= 2 * PARAGRAPH_CHARS;

/**
 * A bare Unix time ("1709630400") is a date only as a credit field: right under a short line of
 * the same paragraph (the author field), with nothing below. Alone, such a number is as likely an id.
 */
function epochCredit(ctx: RuleContext, i: number): boolean {
  const line = ctx.all[i];
  const above = ctx.all[i - 1];
  return (
    line !== undefined && above !== undefined && i === ctx.all.length - 1 && above.block === line.block &&
    /^\d{10}(?:\d{3})?$/.test(line.folded) && countWords(above.text, 7) <= 6 && !endsLikeSentence(above.text)
  );
}

/** The credit date line: the last live line, or the one above a trailing permalink. */
function creditDateLine(ctx: RuleContext): boolean {
  const all = ctx.all;
  for (let i = all.length - 1; i >= 0 && i >= all.length - 3; i--) {
    const line = all[i];
    if (!line || !ctx.inTail(line.n)) return false;
    const date = dateLine(line.text, { now: ctx.now, epoch: epochCredit(ctx, i) });
    if (date && credited(ctx, i, date)) {
      take(ctx, line, date);
      ctx.remove(line);
      return true;
    }
    // An address has no space inside, and folding keeps one wherever the text has one.
    if (date || /\S\s+\S/.test(line.text) || !AFTER_DATE.test(line.folded)) return false;
  }
  return false;
}

/** A time stamp glued onto the end of the last line: cut it, keep what stands before it. */
function gluedStamp(ctx: RuleContext): boolean {
  const line = ctx.all[ctx.all.length - 1];
  if (!line || !ctx.inTail(line.n) || !mayEndStamp(lastVisible(line.text)) || !SECONDS.test(line.text)) return false;
  for (const shape of GLUED_STAMP) {
    const m = shape.exec(line.text.trimEnd());
    const stamp = m?.[1];
    if (!m || !stamp) continue;
    const date = dateLine(stamp, { now: ctx.now });
    if (!date) continue;
    take(ctx, line, date);
    ctx.cut(line, m.index + m[0].length - stamp.length, line.text.trimEnd().length);
    return true;
  }
  return false;
}

const rule: Rule = {
  id: 'tail-dateline',
  meta: { extracts: ['published'] },
  description: 'Takes the date line that closes the dump (the item\'s own date field, labelled or not, in any language) as published; a preview stamp without a year goes.',
  zone: 'tail',
  apply(ctx) {
    // tail-byline, which runs first, may have taken the date with its author.
    if (ctx.removals.some((r) => r.rule === 'tail-byline' && dateLine(r.text, { now: ctx.now }))) return;
    if (!creditDateLine(ctx) && !gluedStamp(ctx)) yearlessStamp(ctx);
  },
};
export default rule;
