import type { Doc } from './doc.js';
import type { DomRule } from './dom-rule.js';
import type { Rule } from './rule.js';

export interface ReadOptions {
  /** The input's path (for `source.path` and base URLs), or null. */
  path: string | null;
  /** `--field name=key`: which record field holds which Article field (NDJSON). */
  fields: Readonly<Record<string, string>>;
  /** The reference time for relative dates ("2 days ago"); null when unknown. */
  now: Date | null;
  /** The run's DOM rules (what `--disable` and the config leave), handed to the HTML stage by readers that parse markup. */
  domRules: readonly DomRule[];
  /** The run's line rules, for readers that must clean to read (the text reader tells dumps apart by their footers). */
  rules: readonly Rule[];
}

/** An input format: turns decoded text into one Doc per article, in input order. */
export interface Reader {
  /** Also the value of `--from` and of `source.format`. */
  id: string;
  description: string;
  /** File extensions (without the dot) this reader is the natural choice for. */
  extensions: readonly string[];
  /** Whether the content itself says it is this format (`--from auto` asks before the extension). */
  sniff(text: string): boolean;
  parse(text: string, options: ReadOptions): Doc[];
}
