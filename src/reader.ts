import type { Doc } from './doc.js';

export interface ReadOptions {
  /** The input's path (for `source.path` and base URLs), or null. */
  path: string | null;
  /** `--field name=key`: which record field holds which Article field (NDJSON). */
  fields: Readonly<Record<string, string>>;
  /** The reference time for relative dates ("2 days ago"); null when unknown. */
  now: Date | null;
  /** `--disable`: rule ids to skip; readers that parse markup pass it on to the DOM rules. */
  disable: ReadonlySet<string>;
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
