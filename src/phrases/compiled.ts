/**
 * One phrase of a family, made into the regexes that find it in a line's raw text (see match.ts),
 * and loose(): a phrase written in plain typography as a regex that takes every typography.
 */

const QUOTE1 = "['\\u2018\\u2019\\u201A\\u201B\\u2032\\u00B4`]|&#0?39;|&#821[67];|&rsquo;|&lsquo;";
const QUOTE2 = '["\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB\\u2039\\u203A]|&#822[01];|&[lr]dquo;|&[lr]aquo;|&quot;';
const DASH = '[\\-\\u2010-\\u2015\\u2212]|&#821[12];|&[nm]dash;';
const ELLIPSIS = '\\.\\.\\.|\\u2026|&hellip;|&#8230;';
/** Text before a phrase that starts with a letter must not end in one: "Unweiterlesen" is no hit. */
const WORD_EDGE = '(?<![\\p{L}\\p{N}])';

/** Regex source matching `phrase` in raw text, whatever its typography. */
export function loose(phrase: string): string {
  return phrase
    .split(/(\{\w+\}|\.\.\.|\s+|['"\-])/u)
    .map((part) => {
      const slot = /^\{(\w+)\}$/.exec(part);
      if (slot) return `(?<${slot[1]}>.+?)`;
      if (part === '...') return `(?:${ELLIPSIS})`;
      if (part === "'") return `(?:${QUOTE1})`;
      if (part === '"') return `(?:${QUOTE2})`;
      if (part === '-') return `(?:${DASH})`;
      if (/^\s+$/u.test(part)) return '(?:\\s|&nbsp;|&#160;)+';
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
}

/**
 * A phrase's longest run of letters and digits outside its placeholders, which loose() keeps as it
 * is. It is a run of the phrase's own text: a placeholder, replaced by a space, ends a run.
 */
export function longestWord(phrase: string): string | null {
  let best: string | null = null;
  for (const w of phrase.replace(/\{\w+\}/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []) if (!best || w.length > best.length) best = w;
  return best;
}

/**
 * One phrase's matchers, each built on first use: unicode regexes cost a good share of a one-dump
 * start-up to build, and most phrases of a family are never tried (no line holds their word).
 */
export class Compiled {
  /** The longest word of the phrase, as `rest` matches it: no line without it can hold the phrase. */
  readonly word: string | null;
  /** The word's place in its family's list of distinct words (see Words), or -1 when it has none. */
  wordIx = -1;
  private leadRe: RegExp | null = null;
  private restRe: RegExp | null = null;
  private bareLeadRe: RegExp | null = null;
  private edgedFlag: boolean | undefined;
  private headWordRe: RegExp | null | undefined;

  private headText: string | undefined;

  constructor(
    readonly lang: string,
    private readonly phrase: string,
    private readonly suffix: string,
    word?: string | null,
  ) {
    this.word = word === undefined ? longestWord(phrase) : word;
  }

  /** The phrase's text before its first placeholder: where a hit may start. */
  get lead(): RegExp {
    if (this.leadRe) return this.leadRe;
    // A phrase that opens with a placeholder could start anywhere: it is taken as a whole line only.
    return (this.leadRe = this.opensWithPlaceholder ? /^\s*/gu : new RegExp((this.edged ? WORD_EDGE : '') + loose(this.head), 'giu'));
  }

  /** Whether a hit must not follow a letter or digit (see WORD_EDGE). */
  get edged(): boolean {
    return (this.edgedFlag ??= /^\p{L}/u.test(this.phrase) && !/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(this.phrase));
  }

  /**
   * The lead without its word edge, for scanning (see nextLead): a regex that opens with a
   * lookbehind over every letter and digit is tried at each character of a paragraph, where one
   * that opens with its text skips ahead to where its first letter is.
   */
  get bareLead(): RegExp {
    if (this.opensWithPlaceholder || !this.edged) return this.lead;
    return (this.bareLeadRe ??= new RegExp(loose(this.head), 'giu'));
  }

  /** The phrase's text before its first placeholder. */
  get head(): string {
    return (this.headText ??= this.phrase.split(/\{\w+\}/u)[0] ?? '');
  }

  get opensWithPlaceholder(): boolean {
    return this.head === '';
  }


  /** The longest word of the lead, as `lead` matches it: no text without it holds the lead. */
  get headWord(): RegExp | null {
    if (this.headWordRe !== undefined) return this.headWordRe;
    const word = longestWord(this.head);
    return (this.headWordRe = word ? new RegExp(word, 'iu') : null);
  }


  /** The whole phrase and suffix from a given position (sticky) to the end of the line. */
  get rest(): RegExp {
    return (this.restRe ??= new RegExp(`${loose(this.phrase)}${this.suffix}\\s*$`, 'iuy'));
  }
}
