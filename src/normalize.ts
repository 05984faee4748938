/**
 * Normalize: the second phase. Text in, numbered lines out, with the invisible differences that
 * would defeat whole-line matching removed. Nothing here changes what a reader sees.
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
}

// Note: U+FEFF is a BOM at the start and a zero-width no-break space anywhere else; both go.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// No-break, figure, thin, ideographic... spaces (Google News and Reddit put NBSPs in titles), and tabs.
const UNICODE_SPACE = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0/C1 controls other than tab and the line breaks we split on: they cannot be meant as text.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029|\f/;

export function normalizeLine(text: string): string {
  // Note: NFC last, so that characters a dropped control or zero-width character kept apart
  // still compose ("A", NUL, U+0323 must become "Ạ" now, not on a second run).
  return text.replace(ZERO_WIDTH, '').replace(CONTROL, '').replace(UNICODE_SPACE, ' ').trimEnd().normalize('NFC');
}

export function normalize(input: string): Line[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  return text.split(LINE_BREAK).map((line, i) => ({ n: i + 1, text: normalizeLine(line) }));
}
