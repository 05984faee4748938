import type { FrontMatter, MetaField, Note, Removal, Repair } from './article.js';
import type { Line } from './normalize.js';

/**
 * What a reader's parse phase hands to the cleaner: the body as numbered lines, the title line
 * if the format has one, and any metadata the format itself carries.
 */
export interface Doc {
  title: Line | null;
  /** Body lines, blank ones included (they separate paragraphs). */
  lines: Line[];
  candidates: Candidate[];
  removed: Removal[];
  notes: Note[];
  /** Mis-decoded text the reader repaired. */
  repairs?: Repair[];
  tags?: string[];
  extra?: Record<string, unknown>;
  /** A Markdown input's front matter: its syntax and keys, so the md output can keep both. */
  frontMatter?: FrontMatter;
  /** The record could not be read: the pipeline reports it in place instead of an article. */
  error?: { message: string; line: number | null };
  /**
   * When the format has no title line (or it was missing), may the first clean paragraph be the
   * title? The text reader says yes for a short line that reads as a title.
   */
  titleFromBody?: (text: string) => boolean;
  /**
   * When body lines share a line of the input (a JSON string holds a whole body on one line), they
   * carry distinct stand-in numbers, since rules tell lines apart by number; this maps those back
   * to input lines for `removed` and `notes`.
   */
  inputLine?: (n: number) => number;
  /**
   * `source.format` when it is more than the reader's id: a text envelope around an HTML body
   * reads as `text+html`, front matter above an HTML body as `md+html`.
   */
  format?: string;
}

/** A proposed metadata value. Extractors choose among candidates by weight, then by order. */
export interface Candidate {
  field: MetaField;
  value: string;
  /** Who proposed it: a rule id, or the reader. */
  from: string;
  line: number | null;
  /** Higher wins. Guides: 100 declared by the format, 50 a specific pattern, 10 a guess. */
  weight: number;
  /** A date's day-first reading, where it reads both ways (ParsedDate.dayFirst). */
  dayFirst?: string;
}

/**
 * Rules tell body lines apart by number, and lines that share an input line (a JSON string's
 * paragraphs, blocks written on one line) share theirs: such a Doc gets distinct stand-ins past
 * the input's end, and maps them back to the input line for `removed` (Doc.inputLine).
 */
export function withStandIns(doc: Doc, inputLines: number): Doc {
  const numbered = doc.lines.filter((l) => l.text.trim() !== '');
  if (numbered.every((l, i) => i === 0 || l.n > (numbered[i - 1]?.n ?? 0))) return doc;
  const real = new Map<number, number>();
  const lines = doc.lines.map((l, i) => {
    real.set(inputLines + 1 + i, l.n);
    return { ...l, n: inputLines + 1 + i };
  });
  return { ...doc, lines, inputLine: (n) => real.get(n) ?? n };
}
