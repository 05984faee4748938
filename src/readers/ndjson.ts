import type { Doc } from '../doc.js';
import { normalizeLine } from '../normalize.js';
import type { ReadOptions, Reader } from '../reader.js';
import { keepDifferentHeading, unescapeLines } from './envelope.js';
import { htmlDoc } from './html-doc.js';
import { DECLARED, declared, type Field } from './record.js';
import { textDoc } from './text.js';

/**
 * JSON lines: one article per line, `{"title": ..., "content": ..., "author": ..., "date": ...,
 * "url": ...}` or the keys of NewsAPI, JSON Feed and schema.org (see KEYS and CONTENT_KEYS);
 * --field text=body_markdown names other keys. Keys that declare no field go to
 * `extra`, so an id a pipeline joins on comes through.
 *
 * Records are read one line at a time (recordDoc), never as one parse of the whole input, so that
 * a stream can feed them in; a broken line is an error in its place and the others go on.
 */

const FROM = 'ndjson';
/** Keys that hold the body, the first non-empty one winning; README and --help list them. */
export const CONTENT_KEYS = ['content', 'html', 'body', 'text', 'content_html', 'content_text', 'article_body', 'articleBody', 'description', 'summary'];
// Content that is markup, not text with an angle bracket in it: an element a body is made of.
const MARKUP = /<\/?(?:p|div|br|span|a|b|i|em|strong|ul|ol|li|h[1-6]|blockquote|img|figure|figcaption|table|pre|code|section|article)\b[^>]*>/i;
const BREAK = /\r\n|\r|\n|\u2028|\u2029|\f/;
/** Where a record ends: CR, LF or CRLF only, since a JSON string may hold U+2028, U+2029 and form feeds as they are (the streaming path splits on it too). */
export const RECORD_BREAK = /\r\n|\r|\n/;

/**
 * --field names: the Article's own (text, published, site...) and the record's usual ones (content,
 * date), each to the declared field it stands for; `content`/`text` name the body.
 */
export const FIELD_NAMES: Readonly<Record<string, Field | 'content'>> = {
  title: 'title',
  content: 'content',
  text: 'content',
  author: 'author',
  date: 'published',
  published: 'published',
  url: 'url',
  site: 'site',
  language: 'language',
  tags: 'tags',
};

function fieldKeys(fields: Readonly<Record<string, string>>): { body: string | undefined; keys: Partial<Record<Field, string>> } {
  const keys: Partial<Record<Field, string>> = {};
  let body: string | undefined;
  for (const [name, key] of Object.entries(fields)) {
    const field = FIELD_NAMES[name];
    if (field === 'content') body = key;
    else if (field) keys[field] = key;
  }
  return { body, keys };
}

function keyList(record: Readonly<Record<string, unknown>>): string {
  const seen = Object.keys(record);
  return seen.slice(0, 8).join(', ') + (seen.length > 8 ? `, and ${seen.length - 8} more` : '');
}

/** Said once per input when records carry none of the keys feedscrub reads. */
function unknownKeys(record: Readonly<Record<string, unknown>>): string {
  return `records with no text or title: their keys (${keyList(record)}) are none that feedscrub reads; name them with --field, e.g. --field text=<key> --field title=<key>`;
}

/** A record read for its title alone: an empty body the user should hear of, not find later. */
function noBody(record: Readonly<Record<string, unknown>>): string {
  return `record with a title and no text: none of its keys (${keyList(record)}) holds a body; name the one that does with --field text=<key>`;
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function errorDoc(message: string, line: number): Doc {
  return { title: null, lines: [], candidates: [], removed: [], notes: [], error: { message, line } };
}

/**
 * The body Doc of a record's content: markup read as HTML, anything else as a text dump, whose
 * first line may be its title unless the record declares one.
 */
function contentDoc(content: string, baseUrl: string | null, title: string | null, domRules: ReadOptions['domRules']): Doc {
  if (MARKUP.test(content)) {
    const doc = htmlDoc(content, { baseUrl, page: false, domRules });
    if (title === null) return doc;
    // Under a declared title, a heading atop the content is that title again or a subheading.
    const own: Doc = { ...doc, lines: [...doc.lines], removed: [...doc.removed], candidates: [...doc.candidates] };
    keepDifferentHeading(own, title);
    return own;
  }
  const titled = title !== null;
  // Text escaped once without tags ("It&#8217;s"), as APIs hand a plain description on.
  const lines = unescapeLines(content.split(BREAK).map((text, i) => ({ n: i + 1, text: normalizeLine(text) })));
  return titled ? { title: null, lines, candidates: [], removed: [], notes: [] } : textDoc(lines);
}

function renumbered(lines: Doc['lines']): Doc['lines'] {
  lines.forEach((l, i) => (l.n = i + 1));
  return lines;
}

/** One input line as a Doc: an article, or an error saying why the line is not a record. */
export function recordDoc(source: string, line: number, options: ReadOptions): Doc {
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return errorDoc(`not valid JSON: ${(error as Error).message}`, line);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return errorDoc(`not a JSON object but ${kindOf(value)}`, line);
  const record = value as Record<string, unknown>;

  const byName = new Map(Object.keys(record).map((k) => [k.toLowerCase(), k]));
  const named = fieldKeys(options.fields);
  const contentKeys = [named.body, ...CONTENT_KEYS].flatMap((k) => (k && byName.has(k.toLowerCase()) ? [byName.get(k.toLowerCase()) ?? k] : []));
  const contentKey = contentKeys.find((k) => typeof record[k] === 'string' && (record[k] as string).trim() !== '');
  // The other texts are the same body in another form (a record with both html and text): not extra.
  const taken = contentKeys.filter((k) => typeof record[k] === 'string');
  const meta = declared(record, { from: FROM, keys: named.keys, taken, lineOf: () => line });
  const url = meta.candidates.find((c) => c.field === 'url')?.value ?? null;
  const titled = meta.title !== null;
  const body = contentKey === undefined ? textDoc([]) : contentDoc(record[contentKey] as string, url, meta.title?.value ?? null, options.domRules);

  // Rules tell lines apart by number, and the whole record is one input line: its lines get
  // stand-ins (their order, the title first), and inputLine reports each at the record's line.
  const title = meta.title ? { n: 0, text: meta.title.value } : body.title && { ...body.title, n: 0 };
  const doc: Doc = {
    title,
    // Renumbered in place: the body's lines are this record's own, and a copy of each doubled what
    // a long record held.
    lines: renumbered(body.lines),
    candidates: [...(meta.title ? [{ field: 'title' as const, value: meta.title.value, from: FROM, line, weight: DECLARED }] : []), ...meta.candidates, ...body.candidates],
    removed: body.removed,
    notes: [...meta.notes, ...body.notes, ...(contentKey === undefined ? [{ rule: 'read', line, message: titled ? noBody(record) : unknownKeys(record) }] : [])],
    inputLine: () => line,
  };
  if (body.titleFromBody) doc.titleFromBody = body.titleFromBody;
  if (body.repairs) doc.repairs = body.repairs.map((r) => ({ ...r, line }));
  if (meta.tags.length > 0) doc.tags = meta.tags;
  if (Object.keys(meta.extra).length > 0) doc.extra = meta.extra;
  return doc;
}

/** The records of an input: its non-blank lines, numbered as normalize() numbers lines. */
function* records(text: string): Generator<{ source: string; line: number }> {
  let line = 1;
  for (const source of text.replace(/^\uFEFF/, '').split(RECORD_BREAK)) {
    if (source.trim() !== '') yield { source, line };
    // A JSON string may hold U+2028 and U+2029 as they are; normalize() breaks lines there too.
    line += 1 + (source.match(/[\u2028\u2029\f]/g)?.length ?? 0);
  }
}

// How much of an input chooseReader() shows a sniff (src/readers/index.ts).
const SAMPLE = 4096;

/**
 * A JSON object with keys, on one line ("{}" says nothing about records); a line the sample cut
 * short (a long record) needs only to start as one.
 */
function objectLine(text: string, cut: boolean): boolean {
  // Both tests below need a "{" first; most inputs are not JSON, and a failed parse throws.
  if (!/^\s*\{/.test(text)) return false;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0;
  } catch {
    return cut && /^\s*\{\s*"/.test(text);
  }
}

const reader: Reader = {
  id: 'ndjson',
  description: 'JSON lines: one object per line (title/headline, content/html/body/text/description..., author/byline, date/publishedAt..., url; --field for other keys).',
  extensions: ['ndjson', 'jsonl'],
  sniff(head) {
    // The first line with text must open an object: an input that starts otherwise (most do) is
    // not split into lines only to learn that.
    if (!/^\s*\{/.test(head)) return false;
    const lines = head.replace(/^\uFEFF/, '').split(RECORD_BREAK);
    const cut = head.length >= SAMPLE;
    const found = lines.flatMap((l, i) => (l.trim() ? [{ text: l, cut: cut && i === lines.length - 1 }] : [])).slice(0, 2);
    return found.length > 0 && found.every((l) => objectLine(l.text, l.cut));
  },
  parse: (text, options) => [...records(text)].map((r) => recordDoc(r.source, r.line, options)),
};
export default reader;
