import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { loadMarkdownIt } from './deps.js';

/**
 * Markdown blocks with their source line ranges, and their HTML, from markdown-it. The md reader
 * hangs each block's markup on its lines (Line.html), so that the cleaner keeps it for a block that
 * survives whole and the renderers see structure instead of escaped syntax.
 *
 * Safety: the html output writes this markup as is, so raw HTML stays text (html: false) and
 * markdown-it's validateLink keeps script, file and non-image data URLs from becoming links.
 * Reference definitions are off: the cleaner may drop a definition's line on its own, and a
 * definition renders to nothing, so its line would belong to no block; `[a][b]` stays text.
 *
 * Markup never holds a newline followed by "<" (see the renderer rules below), so an article's
 * HTML, one block per line, splits back into its blocks at /\n(?=<)/.
 */
export interface MdBlock {
  /** Index of the block's first line, and one past its last (blank lines inside included). */
  start: number;
  end: number;
  kind: 'p' | 'h' | 'hr' | 'code' | 'quote' | 'item' | 'table';
  html: string;
  /** Heading level, or the inline HTML of a paragraph (lists show tight paragraphs bare). */
  level?: number;
  inline?: string;
  /** The visible text of a heading or paragraph. */
  text?: string;
  /** List items: the list they belong to ("-", "*", "+", "." or ")") and the first number. */
  list?: { marker: string; start: number | null };
}

// markdown-it loads on first use (src/markdown/deps.ts).
let parser: MarkdownIt | null = null;

function markdownIt(): MarkdownIt {
  if (parser) return parser;
  const create = loadMarkdownIt();
  const md = create({ html: false, linkify: false, typographer: false });
  md.disable('reference');
  const rules = md.renderer.rules;
  // The cleaner joins a block's lines with a space, and the md renderer compares a paragraph's
  // text rendered again with its markup: a soft break has to render as that space. A hard break
  // loses its newline for the reason below.
  rules.softbreak = () => ' ';
  rules.hardbreak = () => '<br>';
  // Block tags come with newlines around them, and code ends in its last newline: any of them
  // would put a newline before a "<" inside one block's markup.
  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.renderToken = (tokens, i, options) => {
    const html = renderToken(tokens, i, options);
    return tokens[i]?.block ? html.replace(/^\n|\n$/g, '') : html;
  };
  for (const name of ['fence', 'code_block'] as const) {
    const rule = rules[name];
    if (!rule) continue;
    rules[name] = (tokens, i, options, env, self) => {
      const token = tokens[i];
      if (token) token.content = token.content.replace(/\n+$/, '');
      return rule(tokens, i, options, env, self).trimEnd();
    };
  }
  return (parser = md);
}

const KIND: Record<string, MdBlock['kind']> = {
  paragraph_open: 'p',
  heading_open: 'h',
  hr: 'hr',
  fence: 'code',
  code_block: 'code',
  blockquote_open: 'quote',
  table_open: 'table',
};

/** The index one past the token closing the one at `i` (itself, for a token that opens nothing). */
function closing(tokens: readonly Token[], i: number): number {
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    depth += tokens[k]?.nesting ?? 0;
    if (depth <= 0) return k + 1;
  }
  return tokens.length;
}

/** The visible text of an inline token's children: text, code, and an image's alt text. */
function visibleText(children: readonly Token[] | null): string {
  let text = '';
  for (const t of children ?? []) {
    if (t.type === 'text' || t.type === 'code_inline') text += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') text += ' ';
    else if (t.type === 'image') text += visibleText(t.children);
  }
  return text;
}

/** The top-level blocks of `lines`: each list item is a block of its own. */
export function markdownBlocks(lines: readonly string[]): MdBlock[] {
  const md = markdownIt();
  const env = {};
  const tokens = md.parse(lines.join('\n'), env);
  const render = (ts: Token[]) => md.renderer.render(ts, md.options, env);
  const blocks: MdBlock[] = [];
  const push = (kind: MdBlock['kind'], opener: Token, html: string, extra: Partial<MdBlock> = {}) => {
    const [start, last] = opener.map ?? [0, 0];
    // An item's or an unclosed fence's range runs on over the blank lines after it.
    let end = last;
    while (end > start + 1 && (lines[end - 1] ?? '').trim() === '') end--;
    blocks.push({ start, end, kind, html, ...extra });
  };
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    const next = closing(tokens, i);
    if (!token) break;
    if (token.type === 'bullet_list_open' || token.type === 'ordered_list_open') {
      for (let k = i + 1; k < next - 1; ) {
        const item = tokens[k];
        const after = closing(tokens, k);
        if (!item) break;
        const number = token.type === 'ordered_list_open' ? Number(item.info) : null;
        // A list of its own for each item, numbered where the item was, so that cleaning can take one.
        const open = Object.assign(Object.create(Object.getPrototypeOf(token) as object) as Token, token, {
          attrs: number === null || number === 1 ? null : [['start', String(number)]],
        });
        const close = tokens[next - 1] ?? token;
        const html = render([open, ...tokens.slice(k, after), close]);
        push('item', item, html, { list: { marker: token.markup, start: number } });
        k = after;
      }
    } else {
      const kind = KIND[token.type];
      const inline = token.nesting === 1 ? tokens[i + 1] : undefined;
      const extra: Partial<MdBlock> = {};
      if ((kind === 'p' || kind === 'h') && inline?.type === 'inline') {
        extra.inline = md.renderer.renderInline(inline.children ?? [], md.options, env);
        extra.text = visibleText(inline.children);
        if (kind === 'h') extra.level = Number(token.tag.slice(1));
      }
      if (kind) push(kind, token, render(tokens.slice(i, next)), extra);
    }
    i = next;
  }
  return blocks;
}

/** A Markdown fragment as HTML, its blocks on lines of their own: the md reader's markup for it. */
export function markdownToHtml(markdown: string): string {
  return markdownBlocks(markdown.split('\n'))
    .map((b) => b.html)
    .join('\n');
}

/** The text a reader sees of one line of inline Markdown ("**Big** [news](…)" -> "Big news"). */
export function markdownText(markdown: string): string {
  const md = markdownIt();
  return md.parseInline(markdown, {}).reduce((text, t) => text + visibleText(t.children), '');
}

// Reads Markdown as a site generator may: raw HTML on, reference definitions on, every URL a link.
let permissive: MarkdownIt | null = null;

/**
 * Whether a block's Markdown can be written back as is, safe under any renderer as it is under
 * this one: no raw HTML (shown as text here, run by a generator with HTML on), and no link, image
 * or reference definition whose URL markdown-it refuses (javascript:, vbscript:, file:, data: but
 * images). A block that is not goes back through its markup, which holds all that as text.
 */
export function inert(markdown: string): boolean {
  if (!/[<[\]]/.test(markdown)) return true;
  // Anything that looks like a tag, even one CommonMark reads as text (`<img onerror=alert('x')>`
  // has a quote where an unquoted value may not): a looser renderer would take it for one.
  if (/<[a-z!?/]/i.test(markdown)) return false;
  const safe = markdownIt();
  if (!permissive) {
    permissive = new (safe.constructor as typeof MarkdownIt)({ html: true, linkify: false, typographer: false });
    permissive.validateLink = () => true;
  }
  const env: { references?: Record<string, { href: string }> } = {};
  const tokens = permissive.parse(markdown, env);
  const fine = (t: Token): boolean => {
    if (t.type === 'html_block' || t.type === 'html_inline') return false;
    const url = t.type === 'link_open' ? t.attrGet('href') : t.type === 'image' ? t.attrGet('src') : null;
    if (url !== null && !safe.validateLink(url)) return false;
    return (t.children ?? []).every(fine);
  };
  return tokens.every(fine) && Object.values(env.references ?? {}).every((r) => safe.validateLink(r.href));
}
