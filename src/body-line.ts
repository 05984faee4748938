import type { LineRef } from './rule.js';
import { fold } from './text/fold.js';

/** Where a stretch of a body line's text came from: input line `n`, at [from, to) of the text. */
export interface Source {
  n: number;
  from: number;
  to: number;
}

const HEADING = /^<h[1-6][\s>]/i;
const TAGS = /<[^>]*>/g;

/** BodyLine.mark: the text changed since the pass began (or the record is new). */
export const CHANGED = 8;
/** BodyLine.mark: the line's text and code flag stood as they stand when the previous pass began. */
export const SETTLED = 16;
/** BodyLine.mark, with SETTLED: the line was in the head (WAS_HEAD) or the tail (WAS_TAIL) then. */
export const WAS_HEAD = 32;
export const WAS_TAIL = 64;

/**
 * A body line, and the LineRef rules get for it: a live view, so a rule that cuts a line twice
 * sees the first cut in the second. One record per line, with the fold memo in two fields and no
 * view object beside it: a body of short lines costs its records more than its text.
 */
export class BodyLine implements LineRef {
  gone = false;
  head = false;
  tail = false;
  /**
   * What a pass knows of the line from the pass before (see clean.ts settle()), in one small
   * integer: a body of a million short lines holds a million of these records. A new record, and
   * one whose text changes, is CHANGED.
   */
  mark = CHANGED;
  /** fold() of a text this line had: reused while the text is the same, in this pass and the next. */
  private foldedOf: string | null = null;
  private foldedValue = '';

  constructor(
    /** The first input line it holds: its identity for rules. */
    public n: number,
    public text: string,
    /**
     * Where its text came from; null while that is the whole text, from input line `n`, as for
     * most lines.
     */
    public sources: Source[] | null,
    /** The block's markup (see Line.html); null once the text no longer matches it. */
    public html: string | null,
    /**
     * The block came with markup, so its lines are items (list entries, table rows, lines split
     * at <br>), not the wrapped lines of one paragraph: the text keeps them on lines of their own.
     */
    public structured: boolean,
    public block: number,
  ) {}

  get code(): boolean {
    return this.html?.startsWith('<pre') === true;
  }

  get structural(): boolean {
    const html = this.html;
    if (html === null) return false;
    if (HEADING.test(html)) return true;
    // A picture alone: its text is the alt text, and the markup holds no text of its own.
    return html.includes('<img') && html.replace(TAGS, '').trim() === '';
  }

  get folded(): string {
    if (this.foldedOf !== this.text) {
      this.foldedValue = fold(this.text);
      this.foldedOf = this.text;
    }
    return this.foldedValue;
  }

  /**
   * A new text, and the memo of the old one let go: it held the old text and its folded form, two
   * more copies of a paragraph that may be the whole input.
   */
  setText(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.mark = (this.mark | CHANGED) & ~SETTLED;
    this.foldedOf = null;
    this.foldedValue = '';
  }

  /** New markup: a changed line for a later pass too, since a rule may read `code` or `structural`. */
  setHtml(html: string | null): void {
    if (html === this.html) return;
    this.html = html;
    this.mark = (this.mark | CHANGED) & ~SETTLED;
  }

  /** Takes over `other`'s fold memo (still good if this line ends up with the same text). */
  foldLike(other: BodyLine): void {
    this.foldedOf = other.foldedOf;
    this.foldedValue = other.foldedValue;
  }
}
