import type { Repair } from './article.js';
import { LINE_BREAKS } from './text/line-index.js';
import { repairLine } from './text/mojibake.js';

/**
 * Normalize: the second phase. Text in, numbered lines out, with the invisible differences that
 * would defeat whole-line matching removed. Nothing here changes what a reader sees, except the
 * mojibake repair a reader asks for, which is recorded.
 */

export interface Line {
  /** 1-based line number in the input. */
  n: number;
  text: string;
  /**
   * For formats with markup: the sanitized HTML of the block this line is (all) of. Lines split
   * from one block (at <br>) carry the same string; the block keeps its markup only while all of
   * them survive cleaning uncut, else it is rebuilt from the text.
   */
  html?: string;
  /**
   * A picture standing alone on a whole page: `text` is its alt text, which the rules see but the
   * article's text leaves out while the block survives whole (its markup keeps the picture).
   */
  picture?: true;
}

// Note: U+FEFF is a BOM at the start and a zero-width no-break space anywhere else; both go. The
// joiners stay: the non-joiner (U+200C) is spelling in Persian, Kurdish and the Indic scripts
// ("می‌خواهم"), and the joiner (U+200D) makes one emoji of several ("🏳️‍🌈") and Indic conjuncts.
const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u00AD]/g;
// No-break, figure, thin, ideographic... spaces (Google News and Reddit put NBSPs in titles), and tabs.
const UNICODE_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0/C1 controls other than tab and the line breaks we split on: they cannot be meant as text.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAK = new RegExp(LINE_BREAKS);
// Half a surrogate pair (from a JSON "\ud800" escape, or a string cut in two) is no character:
// U+FFFD, as a decoder gives for bad bytes, so that every output format shows the same text.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Printable ASCII: nothing to repair, drop or compose.
const PRINTABLE_ASCII = /^[\x20-\x7E]*$/;

export function normalizeLine(text: string, repair?: { line: number; into: Repair[] }): string {
  if (PRINTABLE_ASCII.test(text)) return text.trimEnd();
  if (!repair) return plainLine(text);
  // Mojibake first, since the NBSPs, soft hyphens and C1 controls dropped below are part of it;
  // then again on the result, until nothing changes, because dropping a control or composing
  // characters can bring the halves of a run together, and a second run would see them.
  let line = text;
  for (let round = 0; round < 4; round++) {
    const result = repairLine(line);
    if (round > 0 && result.repairs.length === 0) break;
    for (const r of result.repairs) repair.into.push({ line: repair.line, from: r.from, to: r.to });
    line = plainLine(result.text);
    // Nothing repaired and nothing dropped: the next round would read the same line again.
    if (result.repairs.length === 0 && line === text) break;
  }
  return line;
}

// Every character the four replacements act on, in one class: most lines outside ASCII (accented
// letters, curly quotes, other scripts) hold none, and are not searched four times to learn it.
const REPLACED = /[\u200B\u2060\uFEFF\u00AD\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\uD800-\uDFFF]/;

function plainLine(text: string): string {
  const kept = REPLACED.test(text) ? text.replace(ZERO_WIDTH, '').replace(CONTROL, '').replace(UNICODE_SPACE, ' ').replace(LONE_SURROGATE, '\uFFFD') : text;
  // Note: NFC last, so that characters a dropped control or zero-width character kept apart
  // still compose ("A", NUL, U+0323 must become "Ạ" now, not on a second run).
  return kept.trimEnd().normalize('NFC');
}

/** With `repairs`, mojibake is repaired and each repair recorded there (see normalizeLine). */
export function normalize(input: string, repairs?: Repair[]): Line[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  return text.split(LINE_BREAK).map((line, i) => ({ n: i + 1, text: normalizeLine(line, repairs && { line: i + 1, into: repairs }) }));
}
