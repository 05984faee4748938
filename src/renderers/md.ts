import type { Article } from '../article.js';
import type { RenderOptions, Renderer } from '../renderer.js';
import { joined, PIECE, slices } from './pieces.js';
import { bylineParts } from './byline.js';
import { escapeHtml } from '../util/html.js';
import { escapeLongLine, escapeMarkdown } from '../markdown/escape.js';
import { inert, markdownToHtml } from '../markdown/blocks.js';
import { frontMatterData, writeFrontMatter, type KeyNames } from './md-front-matter.js';

// Plain paragraphs (all a text dump can give) are escaped here; anything with structure goes
// through turndown, which loads a DOM and so only when an article has markup.
const PLAIN = /^(?:<p>[^<]*(?:<br>[^<]*)*<\/p>\n?)*$/;
// A line break the writer made (an address, verse: see src/text/layout.ts) is a hard break, two
// spaces before the newline: CommonMark keeps it, and the md reader reads the lines back as lines.
const HARD_BREAK = '  \n';

type ToMarkdown = (html: string) => string;
/** HTML to Markdown, trimmed, a stretch of the body at a time (src/markdown/from-html.ts). */
type MarkdownPieces = (html: string) => Iterable<string>;
/** turndown, loaded only for an article with markup. */
interface Turndown {
  toMarkdown: ToMarkdown;
  inPieces: MarkdownPieces;
}

/**
 * A Markdown input's body: its text is the user's Markdown already, and is written back as it was
 * (`**bold**` stays `**bold**`, `\*` stays `\*`), block by block, wherever that text still renders
 * to the block's markup. A block whose line breaks mattered (a list with its sub-items, code, a
 * table: the cleaner joins a block's lines) comes back from its markup through turndown.
 */
function markdownBody(a: Article, toMarkdown: ToMarkdown | null): string {
  const paragraphs = a.text.split('\n\n').filter(Boolean);
  // The md reader's markup holds no newline before a "<" (see src/markdown/blocks.ts): one block a line.
  const markup = a.html.split(/\n(?=<)/);
  const aligned = markup.length === paragraphs.length;
  if (!aligned && toMarkdown && !paragraphs.every(inert)) return toMarkdown(a.html).trim();
  let out = '';
  paragraphs.forEach((p, i) => {
    const html = markup[i] ?? '';
    const same = html === markdownToHtml(p) || html === `<p>${escapeHtml(p)}</p>`;
    // Raw HTML and script links are text in the markup: written back as the user wrote them, a
    // renderer with HTML on would run them.
    const verbatim = !aligned || !toMarkdown || (same && inert(p));
    // Each list item is a block of its own (the reader's choice, so that cleaning can take one):
    // the items of one list go back together, one a line, as a list is usually written.
    const list = /^<(ul|ol)\b/.exec(html)?.[1];
    const sameList = aligned && list !== undefined && (markup[i - 1] ?? '').startsWith(`<${list}`);
    if (i > 0) out += sameList ? '\n' : '\n\n';
    out += verbatim ? p : (toMarkdown?.(html).trim() ?? p);
  });
  return out;
}

/**
 * A plain body's paragraphs (blank-line separated, empty ones dropped), escaped and joined with a
 * blank line, in pieces: no list of every paragraph, and no body-sized string but a paragraph that
 * big.
 */
function* plainBody(text: string): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  let first = true;
  for (let at = 0; at <= text.length; ) {
    let end = text.indexOf('\n\n', at);
    if (end === -1) end = text.length;
    const paragraph = text.slice(at, end);
    at = end + 2;
    if (!paragraph) continue;
    if (!first) batch.push('\n\n');
    first = false;
    if (paragraph.length > PIECE) {
      if (batch.length > 0) yield batch.join('');
      batch = [];
      size = 0;
      yield* bigParagraph(paragraph);
      continue;
    }
    const escaped = escapeMarkdown(paragraph).replaceAll('\n', HARD_BREAK);
    batch.push(escaped);
    size += escaped.length;
    if (size >= PIECE) {
      yield batch.join('');
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch.join('');
}

/**
 * A paragraph of many lines (a block that kept its line breaks) escaped a run of lines at a time:
 * escapeMarkdown() reads line by line (test/markdown-escape.test.ts checks it), and each of its
 * steps made a copy of the whole paragraph.
 */
function* bigParagraph(paragraph: string): Generator<string> {
  for (let start = 0; start < paragraph.length; ) {
    let end = paragraph.indexOf('\n', start + PIECE);
    if (end === -1) end = paragraph.length;
    if (start > 0) yield HARD_BREAK;
    // The run's last line may be most of it (a paragraph with no break at all): escaped a piece at a time.
    const last = Math.max(start, paragraph.lastIndexOf('\n', end - 1) + 1);
    if (end - last > 2 * PIECE) {
      if (last > start) {
        yield* slices(escapeMarkdown(paragraph.slice(start, last - 1)).replaceAll('\n', HARD_BREAK));
        yield HARD_BREAK;
      }
      yield* escapeLongLine(paragraph.slice(last, end), PIECE);
    } else yield* slices(escapeMarkdown(paragraph.slice(start, end)).replaceAll('\n', HARD_BREAK));
    start = end + 1;
  }
}

function* body(a: Article, turndown: Turndown | null): Generator<string> {
  if (a.source.format === 'md') yield* slices(markdownBody(a, turndown?.toMarkdown ?? null));
  else if (turndown && !PLAIN.test(a.html)) for (const piece of turndown.inPieces(a.html)) yield* slices(piece);
  else yield* plainBody(a.text);
}

/** Whether `pieces` gives any (none is empty), and all of them. */
function peek(pieces: Iterator<string>): { empty: boolean; all: Generator<string> } {
  const first = pieces.next();
  function* all(): Generator<string> {
    if (first.done) return;
    yield first.value;
    for (let next = pieces.next(); !next.done; next = pieces.next()) yield next.value;
  }
  return { empty: first.done === true, all: all() };
}

// Stands for the body while the front matter is written around it: front matter syntaxes escape a
// NUL, so it can only be the body's place (checked, else the front matter is written with the body).
const BODY_MARK = '\u0000body\u0000';

function* withFrontMatter(a: Article, turndown: Turndown | null, names: KeyNames): Generator<string> {
  const data = frontMatterData(a, names);
  const text = peek(body(a, turndown));
  if (Object.keys(data).length === 0) {
    if (text.empty) return;
    yield* text.all;
    yield '\n';
    return;
  }
  if (text.empty) {
    yield writeFrontMatter(a, data, '');
    return;
  }
  const marked = writeFrontMatter(a, data, BODY_MARK);
  const at = marked.indexOf(BODY_MARK);
  if (at === -1 || marked.indexOf(BODY_MARK, at + 1) !== -1) {
    yield writeFrontMatter(a, data, joined(text.all));
    return;
  }
  yield marked.slice(0, at);
  yield* text.all;
  yield marked.slice(at + BODY_MARK.length);
}

function* withHeading(a: Article, turndown: Turndown | null): Generator<string> {
  const { author, site, date } = bylineParts(a);
  const byline = [author ? `By ${author}` : null, site, date].filter(Boolean).join(' · ');
  const head = [a.title ? `# ${escapeMarkdown(a.title)}` : '', byline ? escapeMarkdown(byline) : ''].filter(Boolean).join('\n\n');
  const text = peek(body(a, turndown));
  if (head) yield head;
  if (!text.empty) {
    if (head) yield '\n\n';
    yield* text.all;
  }
  yield '\n';
}

async function markdown(articles: readonly Article[], options: RenderOptions): Promise<Iterable<string>> {
  const unsafe = (a: Article) => a.source.format === 'md' && !a.text.split('\n\n').every(inert);
  const structured = articles.some((a) => !PLAIN.test(a.html) || unsafe(a));
  const loaded = structured ? await import('../markdown/from-html.js') : null;
  const turndown = loaded && { toMarkdown: loaded.htmlToMarkdown, inPieces: (html: string) => loaded.htmlToMarkdownPieces(html) };
  const one = (a: Article) => (options.frontMatter === false ? withHeading(a, turndown) : withFrontMatter(a, turndown, options.keys ?? {}));
  return (function* () {
    for (const [i, a] of articles.entries()) {
      if (i > 0) yield '\n';
      yield* one(a);
    }
  })();
}

const renderer: Renderer = {
  id: 'md',
  description: 'Markdown with front matter, in the Markdown input\'s own syntax (YAML, TOML, JSON) and key names, else YAML (--no-front-matter: a "# Title" heading and a byline line).',
  extension: 'md',
  async render(articles, options) {
    return joined(await markdown(articles, options));
  },
  pieces: markdown,
};
export default renderer;
