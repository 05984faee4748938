import type { MetaField, Removal } from './article.js';
import type { Candidate, Doc } from './doc.js';

/** Decides one metadata field from the candidates the reader and the rules proposed. */
export interface Extractor {
  /** The field it fills; also the file name and the id used in `removed` for the title line. */
  id: MetaField;
  description: string;
  extract(input: ExtractInput): string | null;
}

export interface ExtractInput {
  candidates: readonly Candidate[];
  doc: Doc;
  /** Fields decided so far, in the extractors' order (src/extractors/index.ts): the title extractor sees the site, the date the language. */
  decided: Partial<Record<MetaField, string | null>>;
  /** The clean body, paragraphs joined by a blank line: what the language is detected from. */
  text: string;
  /** What the cleaner removed: a notice a rule took out may still name the site. */
  removed: readonly Removal[];
}

/** The highest-weighted candidate for a field, first proposed on a tie. */
export function strongest(candidates: readonly Candidate[], field: MetaField): Candidate | null {
  let winner: Candidate | null = null;
  for (const c of candidates) if (c.field === field && (!winner || c.weight > winner.weight)) winner = c;
  return winner;
}
