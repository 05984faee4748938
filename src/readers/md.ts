import type { Removal } from '../article.js';
import type { Doc } from '../doc.js';
import { normalize, type Line } from '../normalize.js';
import type { ReadOptions, Reader } from '../reader.js';
import { htmlDoc } from './html-doc.js';
import { mostlyMarkup } from './html.js';
import { parseDate } from '../metadata/dates/dates.js';
import { key } from '../text/fold.js';
import { markdownBlocks, markdownText, type MdBlock } from '../markdown/blocks.js';
import { frontMatterSpan, looksLikeFrontMatter, parseFrontMatter, tomlDateText, type FrontMatterFormat } from './front-matter.js';
import { DECLARED, declared, isoOfDate } from './record.js';
import { findTitle } from './text.js';
import { opensWithKicker } from './title-line.js';
import { loadGrayMatter as grayMatter } from './deps.js';

/**
 * Markdown, with or without front matter (Jekyll, Hugo, Eleventy posts): YAML, TOML or JSON.
 *
 * Round trip: a line's text stays the Markdown the user wrote (`**bold**`, `[a](b)`), so the rules
 * read the lines as written and --to text shows them; each block also carries its HTML
 * (Line.html), which the html output uses, and the md renderer writes a block's text back as it
 * was whenever that text still renders to the block's HTML, instead of escaping it as plain text.
 */

const FROM = 'md';
const BREAK = /\r\n|\r|\n|\u2028|\u2029|\f/;
// What YAML front matter is made of: `key: value` lines, and indented, list, comment or blank
// lines under them. A text dump between two rules has sentences, which this keeps out.
const YAML_KEY = /^(?:"[^"]*"|'[^']*'|[^\s#:'"-][^:#]*?):(?:[ \t]|$)/;
const YAML_OTHER = /^(?:[ \t]|#|-(?:[ \t]|$)|$)/;

/**
 * Index of the front matter's closing line (YAML, TOML or JSON; see front-matter.ts).
 * `feedscrub check` finds front matter with this too, so it sees what the reader sees.
 */
export function closingFence(lines: readonly string[]): number | null {
  return frontMatterSpan(lines)?.end ?? null;
}

// An HTML comment above the front matter (an exporter's fingerprint, a licence note).
const COMMENT_LINE = /^\s*<!--.*-->\s*$/;

/** How many lines (comments, blank lines) come before the front matter's opening fence. */
function preamble(lines: readonly string[]): number {
  let i = 0;
  while (i < lines.length && (COMMENT_LINE.test(lines[i] ?? '') || (lines[i] ?? '').trim() === '')) i++;
  return i > 0 && lines.slice(0, i).some((l) => COMMENT_LINE.test(l)) && frontMatterSpan(lines.slice(i)) !== null ? i : 0;
}

function sniff(head: string): boolean {
  const all = head.replace(/^\uFEFF/, '').split(BREAK);
  const lines = all.slice(preamble(all));
  const span = frontMatterSpan(lines);
  const yamlLike = (yaml: readonly string[]) => yaml.some((l) => YAML_KEY.test(l)) && yaml.every((l) => YAML_KEY.test(l) || YAML_OTHER.test(l));
  return span !== null && looksLikeFrontMatter(span, lines, yamlLike);
}

function errorDoc(message: string, line: number | null): Doc {
  return { title: null, lines: [], candidates: [], removed: [], notes: [], error: { message, line } };
}

/** A YAML date as the file wrote it, so that "2021-07-04" stays a date and no offset is invented. */
function dateTexts(yaml: readonly string[]): (name: string, date: Date) => string {
  return (name, date) => {
    const line = yaml.find((l) => l.startsWith(`${name}:`));
    const raw = line?.slice(name.length + 1).replace(/\s#.*$/, '').trim() ?? '';
    return parseDate(raw) || impossibleDay(raw) ? raw : isoOfDate(date);
  };
}

/** js-yaml rolls "2031-02-30" over to March 2: such a date is reported as unreadable, not moved. */
function impossibleDay(raw: string): boolean {
  const m = /^(\d{4})-(\d\d?)-(\d\d?)/.exec(raw);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d;
}

/** Body lines, each block's lines together (blank lines inside a block dropped) with its markup. */
function bodyLines(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const block of markdownBlocks(lines.map((l) => l.text))) {
    const first = lines[block.start];
    // Blocks need not be blank-line separated in Markdown ("# Heading" then text): the cleaner
    // tells blocks apart by blank lines, so one goes between any two.
    if (out.length > 0 && first) out.push({ n: first.n, text: '' });
    for (const l of lines.slice(block.start, block.end)) if (l.text.trim() !== '') out.push({ ...l, html: block.html });
  }
  return out;
}

function heading(block: MdBlock | undefined): string | null {
  return block?.kind === 'h' && block.level === 1 ? block.text || null : null;
}

/**
 * `title: Tools: A Guide` is not YAML (a second ": " in a plain value), but every static site
 * generator's users write it: such values are read as quoted, and only when that makes it parse.
 */
function quoteColonValues(yaml: readonly string[]): string[] | null {
  let changed = false;
  const out = yaml.map((l) => {
    const m = /^([A-Za-z_][\w-]*):[ \t]+([^"'[{|>&*!#\s].*:\s.*)$/.exec(l);
    if (!m) return l;
    changed = true;
    return `${m[1]}: ${JSON.stringify(m[2]?.trim())}`;
  });
  return changed ? out : null;
}

function readYaml(yaml: readonly string[]): unknown {
  const matter = grayMatter();
  try {
    return matter(`---\n${yaml.join('\n')}\n---\n`, {}).data;
  } catch (error) {
    const quoted = quoteColonValues(yaml);
    if (!quoted) throw error;
    try {
      return matter(`---\n${quoted.join('\n')}\n---\n`, {}).data;
    } catch {
      throw error;
    }
  }
}

interface FrontRecord {
  data: Record<string, unknown>;
  lineOf: (name: string) => number | null;
  dateText: (name: string, date: Date) => string;
}

const NOT_KEYS = 'invalid front matter: keys and values expected (title: ..., date: ...)';

function yamlRecord(yaml: readonly string[], skip: number): FrontRecord | { error: Doc } {
  let data: unknown;
  try {
    data = readYaml(yaml);
  } catch (error) {
    const e = error as { reason?: string; mark?: { line?: number }; message?: string };
    // The YAML handed over starts on the fence's line: its line numbers are the file's, less one.
    let line = (e.mark?.line === undefined ? 1 : e.mark.line + 1) + skip;
    let reason = e.reason ?? e.message ?? String(error);
    // js-yaml notices an unclosed quote where the front matter ends: the user needs where it opened.
    const quote = /within a (double|single) quoted scalar/.exec(reason)?.[1];
    const opened = yaml.findIndex((l) => (l.split(quote === 'double' ? '"' : "'").length - 1) % 2 === 1);
    if (quote && opened !== -1) {
      line = opened + 2 + skip;
      reason = `the ${quote}-quoted value is never closed`;
    }
    return { error: errorDoc(`invalid YAML front matter at line ${line}: ${reason}`, line) };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { error: errorDoc('invalid front matter: YAML keys and values expected (title: ..., date: ...)', 2 + skip) };
  }
  const lineOf = (name: string) => {
    const i = yaml.findIndex((l) => l.startsWith(`${name}:`) || l.startsWith(`"${name}":`) || l.startsWith(`'${name}':`));
    return i === -1 ? null : i + 2 + skip;
  };
  return { data: data as Record<string, unknown>, lineOf, dateText: dateTexts(yaml) };
}

/** TOML (`+++`) or JSON (`{ ... }`) front matter, Hugo's other two. */
function otherRecord(format: Exclude<FrontMatterFormat, 'yaml'>, lines: readonly string[], end: number, skip: number): FrontRecord | { error: Doc } {
  const read = parseFrontMatter(format, lines, end);
  if ('error' in read) {
    // The parser counts from the line after the opening fence.
    const line = (read.error.line ?? 0) + 1 + skip;
    return { error: errorDoc(`invalid TOML front matter at line ${line}: ${read.error.message}`, line) };
  }
  if (read.data === null || typeof read.data !== 'object' || Array.isArray(read.data)) return { error: errorDoc(NOT_KEYS, 1 + skip) };
  const data = read.data as Record<string, unknown>;
  const sep = format === 'toml' ? '[ \\t]*=' : '[ \\t]*:';
  const lineOf = (name: string) => {
    const quoted = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^[ \\t]*(?:${quoted}|"${quoted}"|'${quoted}')${sep}`);
    const i = lines.slice(1, end).findIndex((l) => pattern.test(l));
    return i === -1 ? null : i + 2 + skip;
  };
  return { data, lineOf, dateText: (_name, date) => tomlDateText(date) ?? isoOfDate(date) };
}

// Knowledge bases and crawlers wrap a page that had its own front matter: the inner block sits in
// the body ("## Content" / "---" / "title: …" / "---"), a few lines down. Its keys are read after
// the outer ones (an outer key wins) and its lines leave the body.
const NESTED_WITHIN = 40;
const YAML_LINE = /^(?:[A-Za-z_][\w-]*:(?:\s|$)|\s*- )/;
const MIN_NESTED_KEYS = 3;

function nestedFrontMatter(body: Line[], removed: Removal[], candidates: Doc['candidates']): Line[] {
  const open = body.findIndex((l, i) => i < NESTED_WITHIN && l.text.trim() === '---');
  if (open === -1) return body;
  const close = body.findIndex((l, i) => i > open && l.text.trim() === '---');
  const inner = body.slice(open + 1, close);
  if (close === -1 || inner.length < MIN_NESTED_KEYS || !inner.every((l) => YAML_LINE.test(l.text))) return body;
  const read = yamlRecord(inner.map((l) => l.text), (body[open] as Line).n - 1);
  if ('error' in read) return body;
  const meta = declared(read.data, { from: FROM, lineOf: read.lineOf, dateText: read.dateText });
  for (const c of meta.candidates) candidates.push({ ...c, weight: c.weight - 10 });
  for (const l of body.slice(open, close + 1)) removed.push({ rule: 'front-matter', line: l.n, text: l.text.trim() });
  return [...body.slice(0, open), ...body.slice(close + 1)];
}

function parse(text: string, options?: ReadOptions): Doc {
  const whole = text.replace(/^\uFEFF/, '').split(BREAK);
  const skip = preamble(whole);
  const raw = whole.slice(skip);
  const numbered = normalize(text);
  const all = numbered.slice(skip);
  const span = frontMatterSpan(raw);
  const end = span?.end ?? null;
  const removed: Removal[] = [];
  for (const l of numbered.slice(0, skip)) if (l.text.trim()) removed.push({ rule: 'front-matter', line: l.n, text: l.text.trim() });
  let meta = declared({}, { from: FROM, lineOf: () => null });
  let frontMatter: Doc['frontMatter'];

  if (span !== null) {
    const read = span.format === 'yaml' ? yamlRecord(raw.slice(1, span.end), skip) : otherRecord(span.format, raw, span.end, skip);
    if ('error' in read) return read.error;
    const { data, lineOf, dateText } = read;
    meta = declared(data, { from: FROM, lineOf, dateText });
    frontMatter = { format: span.format, keys: Object.keys(data) };
    // The front matter is not body: --explain lists its lines like any other taken out.
    for (const l of all.slice(0, span.end + 1)) if (l.text.trim()) removed.push({ rule: 'front-matter', line: l.n, text: l.text.trim() });
  }

  let body = all.slice(end === null ? 0 : end + 1);
  // A feed item imported as a post keeps the feed's HTML below the front matter: site generators
  // pass that markup through, so it is read as HTML, not as Markdown showing tags as text.
  const markup = end === null ? null : htmlBody(body, options);
  if (markup) {
    const title = meta.title ? { n: meta.title.line ?? 1, text: meta.title.value } : markup.title;
    const candidates = [...(meta.title ? [{ field: 'title' as const, value: meta.title.value, from: FROM, line: meta.title.line, weight: DECLARED }] : []), ...meta.candidates, ...markup.candidates];
    const doc: Doc = { ...markup, format: 'md+html', title, candidates, removed: [...removed, ...markup.removed], notes: [...meta.notes, ...markup.notes] };
    if (meta.tags.length > 0) doc.tags = meta.tags;
    if (Object.keys(meta.extra).length > 0) doc.extra = meta.extra;
    if (frontMatter) doc.frontMatter = frontMatter;
    return doc;
  }
  let title: Line | null = null;
  let weight = DECLARED;
  const first = markdownBlocks(body.map((l) => l.text))[0];
  const firstLines = first ? body.slice(first.start, first.end).filter((l) => l.text.trim()) : [];
  const h1 = heading(first);
  const take = (lines: readonly Line[]) => {
    for (const l of lines) removed.push({ rule: 'title', line: l.n, text: l.text.trim() });
    body = body.filter((l) => !lines.includes(l));
  };
  if (meta.title) {
    title = { n: meta.title.line ?? 1, text: meta.title.value };
    if (h1 !== null && key(h1) === key(meta.title.value)) take(firstLines);
  } else if (h1 !== null && firstLines[0]) {
    title = { n: firstLines[0].n, text: h1 };
    take(firstLines);
  } else if (end === null && first?.kind === 'p') {
    // No front matter and no heading: a text dump saved as .md, whose first line may be its title.
    const line = opensWithKicker(body) ? null : findTitle(body);
    if (line && firstLines.includes(line)) {
      title = { n: line.n, text: markdownText(line.text.trim()) };
      weight = 30;
      take([line]);
    }
  }

  const nested: Doc['candidates'] = [];
  if (span !== null) body = nestedFrontMatter(body, removed, nested);
  const doc: Doc = {
    title,
    lines: bodyLines(body),
    candidates: [...(title ? [{ field: 'title' as const, value: title.text, from: FROM, line: title.n, weight }] : []), ...meta.candidates, ...nested],
    removed,
    notes: meta.notes,
  };
  if (meta.tags.length > 0) doc.tags = meta.tags;
  if (Object.keys(meta.extra).length > 0) doc.extra = meta.extra;
  if (frontMatter) doc.frontMatter = frontMatter;
  return doc;
}

function htmlBody(body: readonly Line[], options: ReadOptions | undefined): Doc | null {
  const start = body.findIndex((l) => l.text.trim() !== '');
  const first = body[start];
  if (!first) return null;
  const text = body.slice(start).map((l) => l.text).join('\n');
  if (!mostlyMarkup(text.slice(0, 4096))) return null;
  return htmlDoc(text, { firstLine: first.n, page: false, ...(options && { domRules: options.domRules }) });
}

const reader: Reader = {
  id: 'md',
  description: 'Markdown, with optional front matter: YAML (---), TOML (+++) or JSON (title, author, date, url, tags...; other keys kept in extra).',
  extensions: ['md', 'markdown'],
  sniff,
  parse: (text, options) => [parse(text, options)],
};
export default reader;
