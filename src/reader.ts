import type { Doc } from './doc.js';
import type { Line } from './normalize.js';

/** An input format: turns normalized lines into one Doc per article. */
export interface Reader {
  /** Also the value of `--from` and of `source.format`. */
  id: string;
  description: string;
  /** File extensions (without the dot) this reader is the natural choice for. */
  extensions: readonly string[];
  parse(lines: Line[]): Doc[];
}
