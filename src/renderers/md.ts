import type { Article } from '../article.js';
import type { Renderer } from '../renderer.js';
import { bylineParts } from './byline.js';
import { escapeHtml } from '../util/html.js';
import { escapeMarkdown } from '../markdown/escape.js';
import { inert, markdownToHtml } from '../markdown/blocks.js';
import { frontMatterData, writeFrontMatter, type KeyNames } from './md-front-matter.js';

// Plain paragraphs (all a text dump can give) are escaped here; anything with structure goes
// through turndown, which loads a DOM and so only when an article has markup.
const PLAIN = /^(?:<p>[^<]*(?:<br>[^<]*)*<\/p>\n?)*$/;
// A line break the writer made (an address, verse: see src/text/layout.ts) is a hard break, two
// spaces before the newline: CommonMark keeps it, and the md reader reads the lines back as lines.
const HARD_BREAK = '  \n';

type ToMarkdown = (html: string) => string;

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

function body(a: Article, toMarkdown: ToMarkdown | null): string {
  if (a.source.format === 'md') return markdownBody(a, toMarkdown);
  if (toMarkdown && !PLAIN.test(a.html)) return toMarkdown(a.html).trim();
  return a.text
    .split('\n\n')
    .filter(Boolean)
    .map((p) => escapeMarkdown(p).replaceAll('\n', HARD_BREAK))
    .join('\n\n');
}

function withFrontMatter(a: Article, toMarkdown: ToMarkdown | null, names: KeyNames): string {
  const data = frontMatterData(a, names);
  const text = body(a, toMarkdown);
  if (Object.keys(data).length === 0) return text ? `${text}\n` : '';
  return writeFrontMatter(a, data, text);
}

function withHeading(a: Article, toMarkdown: ToMarkdown | null): string {
  const { author, site, date } = bylineParts(a);
  const byline = [author ? `By ${author}` : null, site, date].filter(Boolean).join(' · ');
  const parts = [a.title ? `# ${escapeMarkdown(a.title)}` : '', byline ? escapeMarkdown(byline) : '', body(a, toMarkdown)];
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

const renderer: Renderer = {
  id: 'md',
  description: 'Markdown with front matter, in the Markdown input\'s own syntax (YAML, TOML, JSON) and key names, else YAML (--no-front-matter: a "# Title" heading and a byline line).',
  extension: 'md',
  async render(articles, options) {
    const unsafe = (a: Article) => a.source.format === 'md' && !a.text.split('\n\n').every(inert);
    const structured = articles.some((a) => !PLAIN.test(a.html) || unsafe(a));
    const toMarkdown = structured ? (await import('../markdown/from-html.js')).htmlToMarkdown : null;
    const one = (a: Article) => (options.frontMatter === false ? withHeading(a, toMarkdown) : withFrontMatter(a, toMarkdown, options.keys ?? {}));
    return articles.map(one).join('\n');
  },
};
export default renderer;
