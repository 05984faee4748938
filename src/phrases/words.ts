import { anyOf } from '../text/any-of.js';
import { foldCase, foldedFrom } from '../text/case-fold.js';

/** What Words needs of a phrase: its longest word, and a slot for that word's index. */
export interface Worded {
  readonly word: string | null;
  wordIx: number;
}

const NONE = new Uint8Array(0);

const KEPT_LENGTH = 4096;

/**
 * A family's distinct phrase words, and which of them a text holds. Each word used to be a regex
 * of its own run over the whole line, a hundred scans of every line that holds any of them; now one
 * scan of the words' tree finds where some word starts, and only the words that start with that
 * character are compared there. Text and words are case folded (text/case-fold.ts): a word is held
 * exactly where `iu` would match it (as a substring), as it does inside the phrase's own regex.
 */
export class Words {
  readonly list: string[] = [];
  /** The words folded, and their indexes by their first UTF-16 unit: made on first use. */
  private folded: string[] | null = null;
  private byFirst: Map<number, number[]> | null = null;
  private scanRe: RegExp | null | undefined;
  private lastText: string | null = null;
  private lastFrom = -1;
  private lastHeld: Uint8Array = NONE;

  /** `scanSource`: the scan's source, when the build has derived it (see FamilyTable in tables.ts). */
  constructor(
    phrases: readonly Worded[],
    private readonly scanSource?: string | null,
  ) {
    const index = new Map<string, number>();
    for (const p of phrases) {
      if (p.word === null) continue;
      let ix = index.get(p.word);
      if (ix === undefined) index.set(p.word, (ix = this.list.push(p.word) - 1));
      p.wordIx = ix;
    }
  }

  /**
   * Global, for folded text: any word, where a tree of shared beginnings leaves out a word that
   * begins with another one (see anyOf); the shorter word matches wherever the longer one does, so
   * every place where some word starts is a match of this regex.
   */
  get scan(): RegExp | null {
    if (this.scanRe === undefined) {
      const source = this.scanSource !== undefined ? this.scanSource : this.list.length > 0 ? anyOf(this.list.map(foldCase)) : null;
      this.scanRe = source === null ? null : new RegExp(source, 'gu');
    }
    return this.scanRe;
  }

  /** One flag per word: 1 when `text` holds it at or after `from`. */
  heldIn(text: string, from: number): Uint8Array {
    if (text === this.lastText && from === this.lastFrom) return this.lastHeld;
    const held = new Uint8Array(this.list.length);
    const scan = this.scan;
    if (scan) {
      const folded = foldedFrom(text, from);
      const words = this.foldedWords();
      const byFirst = this.byFirst as Map<number, number[]>;
      scan.lastIndex = 0;
      for (let m = scan.exec(folded); m; m = scan.exec(folded)) {
        const at = m.index;
        for (const i of byFirst.get(folded.charCodeAt(at)) ?? []) if (held[i] === 0 && folded.startsWith(words[i] as string, at)) held[i] = 1;
        scan.lastIndex = at + ((folded.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
      }
    }
    // The last text's flags are kept for the next pass's call on the same line; a huge line is not.
    if (text.length <= KEPT_LENGTH) {
      this.lastText = text;
      this.lastFrom = from;
      this.lastHeld = held;
    }
    return held;
  }

  private foldedWords(): string[] {
    if (this.folded) return this.folded;
    const byFirst = new Map<number, number[]>();
    const folded = this.list.map(foldCase);
    folded.forEach((w, i) => {
      const k = w.charCodeAt(0);
      const ixs = byFirst.get(k);
      if (ixs) ixs.push(i);
      else byFirst.set(k, [i]);
    });
    this.byFirst = byFirst;
    return (this.folded = folded);
  }
}
