import { META_FIELDS, type Article, type MetaField } from './article.js';
import { clean } from './clean.js';
import { extractors } from './extractors/index.js';
import { normalize } from './normalize.js';
import { decode } from './read.js';
import { readers, type ReaderName } from './readers/index.js';
import { rules as builtinRules } from './rules/index.js';
import type { Rule } from './rule.js';
import { countWords } from './util/fold.js';
import { escapeHtml } from './util/html.js';

export interface ScrubOptions {
  /** Shown in `source.path`; null for stdin or an in-memory string. */
  path?: string | null;
  /** Input format. Only `text` exists so far. */
  from?: ReaderName;
  /** Rule ids to skip. */
  disable?: readonly string[];
  /** Replace the built-in rule list (tests, custom pipelines). */
  rules?: readonly Rule[];
}

/** The whole pipeline: read -> normalize -> parse -> clean (rules) -> extract metadata. */
export function scrub(input: string | Uint8Array, options: ScrubOptions = {}): Article[] {
  const reader = readers[options.from ?? 'text'];
  const disabled = new Set(options.disable ?? []);
  const rules = (options.rules ?? builtinRules).filter((r) => !disabled.has(r.id));

  const text = decode(input);
  const lines = normalize(text);
  const docs = reader.parse(lines);

  return docs.map((doc, index) => {
    const cleaned = clean(doc, rules);
    const decided: Partial<Record<MetaField, string | null>> = {};
    for (const extractor of extractors) {
      decided[extractor.id] = extractor.extract({ candidates: cleaned.candidates, doc, decided });
    }
    const body = cleaned.paragraphs.join('\n\n');
    const meta = Object.fromEntries(META_FIELDS.map((f) => [f, decided[f] ?? null])) as Record<MetaField, string | null>;
    return {
      ...meta,
      text: body,
      html: cleaned.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
      wordCount: countWords(body),
      truncated: cleaned.truncated,
      removed: cleaned.removed,
      notes: cleaned.notes,
      source: { path: options.path ?? null, format: reader.id, index },
    };
  });
}
