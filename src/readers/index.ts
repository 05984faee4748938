import type { Reader } from '../reader.js';
import feed from './feed.js';
import html from './html.js';
import md from './md.js';
import ndjson from './ndjson.js';
import text from './text.js';

/** Every input format. */
export const readers = { text, html, md, feed, ndjson } as const satisfies Record<string, Reader>;
export type ReaderName = keyof typeof readers;

/**
 * The order `--from auto` asks readers whether the content is theirs: the most specific shapes
 * first (an XML or JSON feed, JSON lines, front matter, markup), plain text last.
 */
const SNIFF_ORDER: readonly ReaderName[] = ['feed', 'ndjson', 'md', 'html'];

export function readerName(name: string): ReaderName | null {
  return Object.hasOwn(readers, name) ? (name as ReaderName) : null;
}

/** The reader for an input: named, or found from the content first and the extension second. */
export function chooseReader(content: string, path: string | null, from: ReaderName | 'auto' = 'auto'): Reader {
  if (from !== 'auto') return readers[from];
  const head = content.slice(0, 4096);
  for (const name of SNIFF_ORDER) if (readers[name].sniff(head)) return readers[name];
  const extension = path ? /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() : undefined;
  const byExtension = extension ? Object.values(readers).find((r) => r.extensions.includes(extension)) : undefined;
  return byExtension ?? readers.text;
}
