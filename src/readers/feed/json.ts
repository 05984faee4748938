import { decodeHTMLStrict } from '../../text/fold.js';
import type { Body, FeedInfo, FeedItem, Located } from './item.js';
import { resolveUrl } from './xml.js';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

/**
 * JSON Feed 1.0 and 1.1: the feed, then each item in order; null for JSON that has no list of
 * items to be a feed by. Throws what JSON.parse throws.
 */
export function readJsonFeed(text: string): { feed: FeedInfo; items: FeedItem[] } | null {
  const root: unknown = JSON.parse(text);
  if (!isObject(root) || !Array.isArray(root.items)) return null;
  const offsets = valueOffsets(text);
  // A value's place: its own offset, else its container's (an item given as a bare string).
  const at = (...path: (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const found = offsets.get(pointer(path.slice(0, n)));
      if (found !== undefined) return found;
    }
    return 0;
  };
  const feedJson = root;
  const title = str(feedJson.title);
  const language = str(feedJson.language);
  const base = str(feedJson.home_page_url);
  const feed: FeedInfo = {
    site: title ? { value: decodeHTMLStrict(title), offset: at('title') } : null,
    language: language ? { value: language, offset: at('language') } : null,
  };
  const feedAuthors = authors(feedJson, at);
  const items = (feedJson.items as unknown[]).map((raw, i): FeedItem => {
    const item = isObject(raw) ? raw : {};
    const here = (...p: (string | number)[]) => at('items', i, ...p);
    const itemTitle = str(item.title);
    const url = str(item.url);
    const id = typeof item.id === 'string' && /^https?:\/\//i.test(item.id.trim()) ? item.id.trim() : null;
    const urls: Located[] = [];
    if (url) urls.push({ value: resolveUrl(url, base), offset: here('url') });
    if (id) urls.push({ value: id, offset: here('id') });
    const own = authors(item, here);
    const html = str(item.content_html);
    const plain = str(item.content_text);
    const body: Body | null = html
      ? { value: html, offset: here('content_html'), kind: 'html', oneLine: true }
      : plain
        ? { value: plain, offset: here('content_text'), kind: 'text', oneLine: true }
        : null;
    const itemLanguage = str(item.language);
    return {
      title: itemTitle ? { value: decodeHTMLStrict(itemTitle), offset: here('title') } : null,
      urls,
      authors: own.length > 0 ? own : feedAuthors,
      dates: (['date_published', 'date_modified'] as const).flatMap((k) => {
        const v = str(item[k]);
        return v ? [{ value: v, offset: here(k) }] : [];
      }),
      body,
      tags: Array.isArray(item.tags) ? item.tags.flatMap((t) => (typeof t === 'string' ? [decodeHTMLStrict(t)] : [])) : [],
      language: itemLanguage ? { value: itemLanguage, offset: here('language') } : null,
    };
  });
  return { feed, items };
}

/** `authors[].name` (1.1), else `author.name` (1.0). */
function authors(obj: Json, at: (...path: (string | number)[]) => number): Located[] {
  if (Array.isArray(obj.authors)) {
    return obj.authors.flatMap((a, i) => {
      const name = isObject(a) ? str(a.name) : null;
      return name ? [{ value: decodeHTMLStrict(name), offset: at('authors', i, 'name') }] : [];
    });
  }
  const name = isObject(obj.author) ? str(obj.author.name) : null;
  return name ? [{ value: decodeHTMLStrict(name), offset: at('author', 'name') }] : [];
}

/** The offset where JSON.parse stopped, from its message, for an error's line. */
export function jsonErrorOffset(message: string, text: string): number {
  const m = /at position (\d+)/.exec(message);
  return m?.[1] ? Number(m[1]) : text.trimEnd().length;
}

const pointer = (path: readonly (string | number)[]) => path.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** JSON Feed values lie at most this deep (items/N/authors/M/name); deeper ones are skipped. */
const MAX_DEPTH = 5;

/**
 * Where each value of a valid JSON text starts, by JSON pointer (without the leading slash).
 * JSON.parse keeps no positions, and a line number is all --explain has to point with.
 */
function valueOffsets(text: string): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return text.slice(start, i);
  };
  // Skips a value without descending: brackets counted, strings jumped over.
  const skip = () => {
    let depth = 0;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        string();
        if (depth === 0) return;
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        if (depth === 0) return;
        if (--depth === 0) return void i++;
      } else if (depth === 0 && (c === ',' || ' \t\n\r'.includes(c))) return;
      i++;
    }
  };
  const value = (path: (string | number)[]) => {
    space();
    out.set(pointer(path), i);
    const open = text[i];
    if (path.length >= MAX_DEPTH || (open !== '{' && open !== '[')) return skip();
    i++;
    for (let k = 0; i < text.length; k++) {
      space();
      if (text[i] === '}' || text[i] === ']') return void i++;
      let key: string | number = k;
      if (open === '{') {
        key = JSON.parse(string()) as string;
        space();
        i++; // the colon
      }
      value([...path, key]);
      space();
      if (text[i] === ',') i++;
    }
  };
  value([]);
  return out;
}
