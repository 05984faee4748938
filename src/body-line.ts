import type { LineRef } from './rule.js';
import { fold } from './text/fold.js';

/** Where a stretch of a body line's text came from: input line `n`, at [from, to) of the text. */
export interface Source {
  n: number;
  from: number;
  to: number;
}

const GONE = 1;
const HEAD = 2;
const TAIL = 4;
const STRUCTURED = 8;

/**
 * A body line, and the LineRef rules get for it: a live view, so a rule that cuts a line twice
 * sees the first cut in the second. One record per line, with the fold memo in two fields and no
 * view object beside it: a body of short lines costs its records more than its text.
 */
export class BodyLine implements LineRef {
  /**
   * gone, head, tail and structured as bits of one number: four fields of their own cost a body
   * of 300,000 short paragraphs 7 MiB more (a field is 8 bytes, whatever it holds).
   */
  private flags: number;
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
    structured: boolean,
    public block: number,
  ) {
    this.flags = structured ? STRUCTURED : 0;
  }

  get gone(): boolean {
    return (this.flags & GONE) !== 0;
  }

  set gone(on: boolean) {
    this.flags = on ? this.flags | GONE : this.flags & ~GONE;
  }

  /** In the head zone of the current pass. */
  get head(): boolean {
    return (this.flags & HEAD) !== 0;
  }

  set head(on: boolean) {
    this.flags = on ? this.flags | HEAD : this.flags & ~HEAD;
  }

  /** In the tail zone of the current pass. */
  get tail(): boolean {
    return (this.flags & TAIL) !== 0;
  }

  set tail(on: boolean) {
    this.flags = on ? this.flags | TAIL : this.flags & ~TAIL;
  }

  get structured(): boolean {
    return (this.flags & STRUCTURED) !== 0;
  }

  get code(): boolean {
    return this.html?.startsWith('<pre') === true;
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
    this.foldedOf = null;
    this.foldedValue = '';
  }

  /** Takes over `other`'s fold memo (still good if this line ends up with the same text). */
  foldLike(other: BodyLine): void {
    this.foldedOf = other.foldedOf;
    this.foldedValue = other.foldedValue;
  }
}
