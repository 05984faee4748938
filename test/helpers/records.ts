import { cutOut } from './cut-out.js';
import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { isArticle, type Item } from '../../src/article.js';
import { normalizeLine } from '../../src/normalize.js';
import { decode } from '../../src/read.js';
import { decodeHTMLStrict } from '../../src/text/fold.js';
import { repairText } from '../../src/text/mojibake.js';

/** Inputs of one record per line (NDJSON): conservation is checked per record, not per line of JSON. */
export const RECORD_INPUT = /\.(?:ndjson|jsonl)$/i;

const CONTENT_KEYS = ['content', 'html', 'body', 'text'];
const collapse = (text: string) => normalizeLine(text.replace(/\s+/g, ' ').trim());

/** The text runs of a record's content, read here independently of the reader under test. */
function pieces(content: string): string[] {
  // Text without tags is text escaped once when it carries references ("it&#8217;s"): read decoded.
  if (!/<\/?[a-z][a-z0-9]*\b[^>]*>/i.test(content)) return content.split(/\r\n|\r|\n|\u2028|\u2029|\f/).map((l) => collapse(decodeHTMLStrict(l))).filter(Boolean);
  const out: string[] = [];
  const walk = (nodes: AnyNode[]) => {
    for (const n of nodes) {
      if (n.type === 'text') out.push(collapse(n.data));
      else if (n.type === 'tag') walk(n.children);
    }
  };
  walk(parseDocument(content).children);
  return out.filter(Boolean);
}

/**
 * The conservation invariant for NDJSON: every text run of a record's content is in its article's
 * body, or in its `removed` (all at the record's line), or split between the two. Items are in
 * record order, one per non-blank line; a line that is no record must be an error in its place.
 */
export function unaccountedRecords(input: string | Uint8Array, items: readonly Item[], fields: Readonly<Record<string, string>>): string[] {
  const problems: string[] = [];
  const lines = repairText(decode(input).text).text.split(/\r\n|\r|\n/);
  let index = 0;
  lines.forEach((source, i) => {
    if (!source.trim()) return;
    const item = items[index++];
    let record: Record<string, unknown> | null = null;
    try {
      const value: unknown = JSON.parse(source);
      if (value && typeof value === 'object' && !Array.isArray(value)) record = value as Record<string, unknown>;
    } catch {
      // Not a record: checked below.
    }
    if (!item || !record || !isArticle(item)) {
      if (record || !item || isArticle(item)) problems.push(`line ${i + 1}: ${record ? 'a record' : 'not a record'} but ${item ? JSON.stringify(item).slice(0, 80) : 'no item'}`);
      return;
    }
    const key = [fields.content, ...CONTENT_KEYS].find((k) => k !== undefined && typeof record[k] === 'string' && (record[k] as string).trim() !== '');
    const content = key === undefined ? '' : (record[key] as string);
    for (const r of item.removed) if (r.line !== i + 1) problems.push(`line ${i + 1}: a removal points at line ${r.line}`);
    // Longest removals first: a removed title can be part of a removed footer that names it.
    const removed = item.removed.map((r) => r.text).sort((a, b) => b.length - a.length);
    for (const piece of pieces(content)) {
      if (item.text.includes(piece) || removed.includes(piece)) continue;
      let rest = piece;
      for (const r of removed) if (rest.includes(r)) rest = cutOut(rest, r, item.text);
      if (rest && !item.text.includes(rest)) problems.push(`line ${i + 1}: ${JSON.stringify(piece)} is neither in the body nor in removed`);
    }
  });
  if (index !== items.length) problems.push(`${items.length} items for ${index} records`);
  return problems;
}
