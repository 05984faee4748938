import { anyOf } from '../text/any-of.js';

/** What Words needs of a phrase: its longest word, and a slot for that word's index. */
export interface Worded {
  readonly word: string | null;
  wordIx: number;
}

const NONE = new Uint8Array(0);

/**
 * Whether the ASCII word `lower` (lower case) is at `at` in `text`, where the text is ASCII too:
 * 1 or 0; -1 when it cannot tell (no ASCII word, or a text character past ASCII, which could be a
 * long s or a Kelvin sign that `iu` matches to "s" or "k"), and the word's regex must decide.
 */
function asciiAt(text: string, at: number, lower: string): number {
  if (lower === '' || at + lower.length > text.length) return lower === '' ? -1 : 0;
  for (let j = 0; j < lower.length; j++) {
    let c = text.charCodeAt(at + j);
    if (c >= 0x80) return -1;
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== lower.charCodeAt(j)) return 0;
  }
  return 1;
}

const KEPT_LENGTH = 4096;

/**
 * A family's distinct phrase words, and which of them a text holds. Each word used to be a regex of
 * its own run over the whole line, a hundred scans of every line that holds any of them; now one
 * scan of the words' tree finds where some word starts, and only the words that can start with
 * that character are tried there, anchored. A word matches as the `iu` flags match it (case folded,
 * as a substring), as it does inside the phrase's own regex.
 */
export class Words {
  readonly list: string[] = [];
  /** Each word in lower case when it is all ASCII, else '' (see asciiAt). */
  private lower: string[] = [];
  private anchored: (RegExp | undefined)[] | null = null;
  /** Words by their first character, an ASCII letter (lower case) or digit. */
  private byFirst: Map<number, number[]> | null = null;
  /** Words that open with another character: tried at every place. */
  private others: number[] = [];
  private scanRe: RegExp | null | undefined;
  private lastText: string | null = null;
  private lastFrom = -1;
  private lastHeld: Uint8Array = NONE;

  /** `scanSource`: the scan's source, when the build has derived it (see FamilyTable in match.ts). */
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
   * Global: any word, where a tree of shared beginnings leaves out a word that begins with another
   * one (see anyOf); the shorter word matches wherever the longer one does, so every place where
   * some word starts is a match of this regex.
   */
  get scan(): RegExp | null {
    if (this.scanRe === undefined) {
      const source = this.scanSource !== undefined ? this.scanSource : this.list.length > 0 ? anyOf(this.list) : null;
      this.scanRe = source === null ? null : new RegExp(source, 'giu');
    }
    return this.scanRe;
  }

  /** One flag per word: 1 when `text` holds it at or after `from`. */
  heldIn(text: string, from: number): Uint8Array {
    if (text === this.lastText && from === this.lastFrom) return this.lastHeld;
    const held = new Uint8Array(this.list.length);
    const scan = this.scan;
    if (scan) {
      const anchored = this.anchoredWords();
      scan.lastIndex = from;
      for (let m = scan.exec(text); m; m = scan.exec(text)) {
        const at = m.index;
        const c = text.charCodeAt(at);
        // Under `iu` an ASCII letter matches only itself in either case, the long s (U+017F) and
        // the Kelvin sign (U+212A); words opening with those are among `others`. Any other
        // character could match a word's first letter in ways not worked out here: all are tried.
        if (c < 0x80) {
          this.tryAt(text, at, this.byFirst?.get(c >= 0x41 && c <= 0x5a ? c | 0x20 : c), held, anchored);
          this.tryAt(text, at, this.others, held, anchored);
        } else {
          for (let i = 0; i < anchored.length; i++) this.tryOne(text, at, i, held, anchored);
        }
        scan.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
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

  private tryAt(text: string, at: number, ixs: readonly number[] | undefined, held: Uint8Array, anchored: (RegExp | undefined)[]): void {
    if (ixs) for (const i of ixs) this.tryOne(text, at, i, held, anchored);
  }

  private tryOne(text: string, at: number, i: number, held: Uint8Array, anchored: (RegExp | undefined)[]): void {
    if (held[i] === 1) return;
    const ascii = asciiAt(text, at, this.lower[i] as string);
    if (ascii === 1) held[i] = 1;
    else if (ascii === -1) {
      // Same flags as the phrase's regex, so that the word matches exactly where it matches inside it.
      const re = (anchored[i] ??= new RegExp(this.list[i] as string, 'iuy'));
      re.lastIndex = at;
      if (re.test(text)) held[i] = 1;
    }
  }

  private anchoredWords(): (RegExp | undefined)[] {
    if (this.anchored) return this.anchored;
    const byFirst = new Map<number, number[]>();
    this.list.forEach((w, i) => {
      const c = w.charCodeAt(0);
      const k = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
      if ((k >= 0x61 && k <= 0x7a) || (k >= 0x30 && k <= 0x39)) {
        const ixs = byFirst.get(k);
        if (ixs) ixs.push(i);
        else byFirst.set(k, [i]);
      } else this.others.push(i);
    });
    this.byFirst = byFirst;
    this.lower = this.list.map((w) => (/^[A-Za-z0-9]+$/.test(w) ? w.toLowerCase() : ''));
    // A word's regex is built on first use: asciiAt() settles most words without one.
    return (this.anchored = this.list.map(() => undefined));
  }
}
