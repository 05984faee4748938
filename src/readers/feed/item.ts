import type { Note, Repair } from '../../article.js';
import { withStandIns, type Candidate, type Doc } from '../../doc.js';
import { normalize, normalizeLine, type Line } from '../../normalize.js';
import type { ReadOptions } from '../../reader.js';
import { parseDate } from '../../metadata/dates/dates.js';
import { escapeHtml } from '../../util/html.js';
import type { LineIndex } from '../../text/line-index.js';
import { htmlDoc } from '../html-doc.js';
import { AUTHOR_SITE_WEIGHT, siteOfAuthor } from '../record.js';
import { singleSpaced } from '../../text/fold.js';
import { repairReferences, repairText } from '../../text/mojibake.js';

/** A value read from the feed, and the offset in the file where it is written. */
export interface Located {
  value: string;
  offset: number;
}

/** What one feed format says about one item, before any cleaning: every kind maps to this. */
export interface FeedItem {
  title: Located | null;
  /** Best first: the link, then a permalink id. */
  urls: Located[];
  authors: Located[];
  /** Best first: published, then updated. */
  dates: Located[];
  body: Body | null;
  tags: string[];
  language: Located | null;
  /** Fields with no column of their own (enclosures), kept as data in the article's `extra`. */
  extra?: Record<string, unknown>;
}

export interface Body extends Located {
  /** `html` is markup; `text` is plain text, one paragraph per blank-line-separated run. */
  kind: 'html' | 'text';
  /**
   * The value's line breaks are not the file's (a JSON string is written on one line, its breaks
   * escaped): every body line is the line where the value is.
   */
  oneLine: boolean;
  /** The `xml:base` in scope where the body is written, which its relative links resolve against. */
  base?: string | null;
}

/** What the whole feed says, which every item inherits. */
export interface FeedInfo {
  site: Located | null;
  language: Located | null;
}

const FROM = 'feed';
/** Declared by the format: beats every heuristic. */
const DECLARED = 100;

/** One article's Doc: the item's own fields as declared metadata, and its body read as HTML. */
export function itemDoc(raw: FeedItem, feed: FeedInfo, lines: LineIndex, domRules: ReadOptions['domRules']): Doc {
  const lineOf = (l: Located) => lines.lineAt(l.offset);
  const { item, repairs } = mended(raw, lineOf);
  const candidates: Candidate[] = [];
  const notes: Note[] = [];
  const declare = (field: Candidate['field'], value: string, at: Located) => {
    candidates.push({ field, value, from: FROM, line: lineOf(at), weight: DECLARED });
  };

  const title = item.title ? oneLineText(item.title.value) : '';
  const titleLine: Line | null = item.title && title ? { n: lineOf(item.title), text: title } : null;
  if (titleLine && item.title) declare('title', title, item.title);
  for (const url of item.urls) if (url.value.trim()) declare('url', url.value.trim(), url);
  const authors = [...new Set(item.authors.map((a) => oneLineText(a.value)).filter(Boolean))];
  if (authors.length > 0 && item.authors[0]) declare('author', authors.join(', '), item.authors[0]);
  // A blog, a team or an agency as the item's author names the site, as a record's author field does.
  const authorSite = authors.length === 1 && item.authors[0] ? siteOfAuthor(authors[0] as string) : null;
  if (authorSite && item.authors[0]) candidates.push({ field: 'site', value: authorSite, from: FROM, line: lineOf(item.authors[0]), weight: AUTHOR_SITE_WEIGHT });
  const date = item.dates.map((d) => ({ at: d, parsed: parseDate(d.value) })).find((d) => d.parsed);
  if (date?.parsed) {
    declare('published', date.parsed.iso, date.at);
    if (date.parsed.note) notes.push({ rule: FROM, line: lineOf(date.at), message: date.parsed.note });
  } else if (item.dates[0]) {
    const unread = item.dates[0];
    notes.push({ rule: FROM, line: lineOf(unread), message: `the item's date "${oneLineText(unread.value)}" is not a date feedscrub can read` });
  }
  const site = feed.site ? oneLineText(feed.site.value) : '';
  if (feed.site && site) declare('site', site, feed.site);
  const language = item.language ?? feed.language;
  if (language?.value.trim()) declare('language', language.value.trim(), language);

  const body = item.body ? bodyDoc(item.body, lines, item.body.base ?? item.urls[0]?.value ?? null, titleLine !== null, domRules) : null;
  const doc: Doc = {
    // An untitled item whose body opens with a heading has it for a title (htmlDoc took it).
    title: titleLine ?? body?.title ?? null,
    lines: body?.lines ?? [],
    candidates: [...candidates, ...(body?.candidates ?? [])],
    // The title line is taken out of the body like the text reader's, so the duplicate-title rule
    // sees it and --explain lists it.
    removed: [...(titleLine ? [{ rule: 'title', line: titleLine.n, text: titleLine.text }] : []), ...(body?.removed ?? [])],
    notes: [...notes, ...(body?.notes ?? [])],
    tags: [...new Set(item.tags.map(oneLineText).filter(Boolean))],
    ...(item.extra ? { extra: item.extra } : {}),
    ...(body?.repairs || repairs.length > 0 ? { repairs: [...repairs, ...(body?.repairs ?? [])] } : {}),
  };
  return withStandIns(doc, lines.count);
}

function bodyDoc(body: Body, lines: LineIndex, baseUrl: string | null, titled: boolean, domRules: ReadOptions['domRules']): Doc {
  const firstLine = lines.lineAt(body.offset);
  const doc = body.kind === 'html' ? htmlDoc(body.value, { baseUrl, firstLine, page: false, domRules }) : textDoc(body.value, firstLine);
  if (titled) keepHeading(doc, /<h([1-6])[\s>]/i.exec(body.value)?.[1] ?? '2');
  if (!body.oneLine) return doc;
  return {
    ...doc,
    lines: doc.lines.map((l) => ({ ...l, n: firstLine })),
    removed: doc.removed.map((r) => ({ ...r, line: firstLine })),
    notes: doc.notes.map((n) => ({ ...n, line: n.line === null ? null : firstLine })),
  };
}

function textDoc(text: string, firstLine: number): Doc {
  return { title: null, lines: normalize(text).map((l) => ({ ...l, n: l.n + firstLine - 1 })), candidates: [], removed: [], notes: [] };
}

/**
 * htmlDoc() takes a heading at the top of a body for its title. An item declares its own, so the
 * heading goes back to the body: the duplicate-title rule removes it if it repeats the title, and
 * a section heading ("What happened") stays.
 */
function keepHeading(doc: Doc, level: string): void {
  const taken = doc.removed.filter((r) => r.rule === 'title');
  const last = taken.at(-1);
  if (!doc.title || !last) return;
  const html = `<h${level}>${taken.map((r) => escapeHtml(r.text)).join('<br>')}</h${level}>`;
  const gap = doc.lines.length > 0 ? [{ n: last.line, text: '' }] : [];
  doc.lines = [...taken.map((r) => ({ n: r.line, text: r.text, html })), ...gap, ...doc.lines];
  doc.removed = doc.removed.filter((r) => r.rule !== 'title');
  doc.candidates = doc.candidates.filter((c) => c.field !== 'title');
  doc.title = null;
}

/**
 * Mojibake the whole input's repair could not see: a feed declared ISO-8859-1 whose writer pasted
 * UTF-8 bytes in, with one of the bytes escaped as a character reference ("\xE2&#8218;\xAC" for
 * "€"), reads as mojibake only once the XML layer has turned the reference into its character.
 * The item's values are repaired again as the XML gave them, with the same conservative test, so
 * correct Latin-1 ("château", "São Paulo") is left as it is.
 */
function mended(item: FeedItem, lineOf: (l: Located) => number): { item: FeedItem; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const mend = <T extends Located>(l: T, oneLine = false, markup = false): T => {
    const result = repairText(l.value);
    const first = lineOf(l);
    for (const r of result.repairs) repairs.push({ line: oneLine ? first : first + r.line - 1, from: r.from, to: r.to });
    if (!markup) return result.repairs.length === 0 ? l : { ...l, value: result.text };
    // Markup resolves its own references later: a reference inside a run is repaired here.
    const lines = result.text.split('\n');
    const mended = lines.map((text, i) => {
      const inner = repairReferences(text);
      for (const r of inner.repairs) repairs.push({ line: oneLine ? first : first + i, from: r.from, to: r.to });
      return inner.text;
    });
    return result.repairs.length === 0 && mended.every((t, i) => t === lines[i]) ? l : { ...l, value: mended.join('\n') };
  };
  const mended: FeedItem = {
    ...item,
    title: item.title && mend(item.title),
    authors: item.authors.map((a) => mend(a)),
    body: item.body && mend(item.body, item.body.oneLine, item.body.kind === 'html'),
  };
  return { item: mended, repairs };
}

/** A metadata value as one clean line. */
function oneLineText(text: string): string {
  return normalizeLine(singleSpaced(text).trim());
}
