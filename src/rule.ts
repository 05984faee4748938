import type { MetaField, Removal } from './article.js';

/**
 * A cleaning rule. Rules describe; the engine applies: a rule only calls its context, which
 * records every removal with the rule's id, so nothing leaves the body unaccounted for.
 */
export interface Rule {
  /** Kebab-case id: also the file name, the fixture folder and the `--disable` value. */
  id: string;
  /** One sentence, shown by `--list-rules`. */
  description: string;
  /**
   * Where the rule may look. `head`: the first lines after the title; `tail`: the block after the
   * last long paragraph (at least the last 8 lines); `edges`: head or tail; `anywhere`: patterns
   * that cannot be prose.
   */
  zone: Zone;
  apply(ctx: RuleContext): void;
}

export type Zone = 'head' | 'tail' | 'edges' | 'anywhere';

export interface LineRef {
  /** 1-based input line number. */
  readonly n: number;
  /** The line as it stands (normalized; earlier cuts applied). */
  readonly text: string;
  /** fold(text): dashes, quotes, entities and spaces in one form each, for matching. */
  readonly folded: string;
  /** Paragraph number: lines with no blank line between them share it. */
  readonly block: number;
}

export interface RuleContext {
  /** Live (not yet removed), non-blank lines in the rule's zone, in input order. */
  readonly lines: readonly LineRef[];
  /** Every live non-blank body line, whatever the zone (for looking at neighbours). */
  readonly all: readonly LineRef[];
  readonly title: string | null;
  /** The best site name known so far (from earlier rules or the reader). */
  readonly site: string | null;
  /** Every removal so far, in the order made (the title and earlier rules' work). */
  readonly removals: readonly Removal[];
  /** What relative dates ("2 days ago") count from (`--now`); null when unknown, and they stay unread. */
  readonly now: Date | null;
  /** Whether input line `n` lies in the tail zone (zones are fixed before the first rule runs). */
  inTail(n: number): boolean;
  /** The line right after `line` among live lines, if it is in the same paragraph. */
  nextInBlock(line: LineRef): LineRef | undefined;
  /** `lang`: the language of the phrase that gave the line away, recorded with the removal. */
  remove(line: LineRef, lang?: string): void;
  /** Remove `text.slice(start, end)` from the line, keeping the rest in the body. */
  cut(line: LineRef, start: number, end?: number, lang?: string): void;
  meta(field: MetaField, value: string, line: LineRef, weight?: number): void;
  markTruncated(line: LineRef): void;
  note(message: string, line?: LineRef): void;
}
